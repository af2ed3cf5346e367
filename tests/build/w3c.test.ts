import { describe, expect, inject, it } from 'vitest';
import { describeMessage, validateHtml } from '../support/vnu';

const distDir = inject('distDir');

describe('W3C Nu HTML checker', () => {
  it('finds no error on any page of the build', async () => {
    const messages = await validateHtml(distDir);
    expect(messages.map((m) => describeMessage(m, distDir))).toEqual([]);
  });
});
