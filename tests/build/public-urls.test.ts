import { describe, expect, inject, it } from 'vitest';
import { isHtml, listFiles, urlPathOf } from '../support/dist-pages';
import { missingFromBuild, readPublicUrls } from '../support/public-urls';

const distDir = inject('distDir');

describe('the committed list of public URLs (tests/public-urls.txt)', () => {
  it('every listed page and anchor still exists in the build', async () => {
    const listed = await readPublicUrls();
    expect(await missingFromBuild(distDir, listed)).toEqual([]);
  });

  it('every HTML page of the build is listed, so a new page is recorded on purpose', async () => {
    const listed = new Set(await readPublicUrls());
    const pages = (await listFiles(distDir)).filter(isHtml).map(urlPathOf);
    expect(pages.filter((page) => !listed.has(page))).toEqual([]);
  });

  it('lists each URL once', async () => {
    const listed = await readPublicUrls();
    expect(listed.filter((url, i) => listed.indexOf(url) !== i)).toEqual([]);
  });
});
