import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspDirectives,
  headersFile,
  permissionsPolicy,
  redirectsFile,
  securityHeaders,
} from '../../src/lib/security-headers';
import { headersFor, parseHeadersFile } from '../../src/server/headers-file';

/** The public data files, under a language's home (`''` or `fr/`), as a reader requests them. */
const dataFiles = (home: string) => [
  `${home}declaration.json`,
  `${home}declaration.akn.xml`,
  `${home}cite.bib`,
  `${home}cite.ris`,
  `${home}cite.json`,
  `${home}recommendations/r3/cite.bib`,
  `${home}recommendations/r6/cite.ris`,
  `${home}recommendations/r1/cite.json`,
  `${home}changes/feed.atom`,
];

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('security headers', () => {
  it('allows scripts only from the site itself, never inline or evaluated', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const policy = directivesOf(contentSecurityPolicy(delivery));
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(contentSecurityPolicy(delivery)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:/);
      expect(policy.get('style-src')).toEqual(["'self'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
    }
  });

  it('lets workers, the search’s and the offline service worker, come only from the site', () => {
    for (const delivery of ['header', 'meta'] as const) {
      expect(directivesOf(contentSecurityPolicy(delivery)).get('worker-src')).toEqual(["'self'"]);
      // The service worker fetches the edition's files from the site, under connect-src.
      expect(directivesOf(contentSecurityPolicy(delivery)).get('connect-src')).toEqual(["'self'"]);
    }
  });

  it('keeps frame-ancestors out of the meta policy, where browsers ignore it, and in the header', () => {
    expect(directivesOf(contentSecurityPolicy('header')).get('frame-ancestors')).toEqual([
      "'none'",
    ]);
    expect(directivesOf(contentSecurityPolicy('meta')).has('frame-ancestors')).toBe(false);
    expect(contentSecurityPolicy('meta')).toContain('upgrade-insecure-requests');
  });

  it('writes a directive without sources bare and separates directives with semicolons', () => {
    expect(contentSecurityPolicy('header', { 'default-src': ["'none'"], 'block-all': [] })).toBe(
      "default-src 'none'; block-all",
    );
    expect(contentSecurityPolicy('header').split('; ')).toHaveLength(
      Object.keys(cspDirectives).length,
    );
  });

  it('denies camera, microphone, geolocation and cohort tracking but lets the site copy links', () => {
    const policy = permissionsPolicy().split(', ');
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'payment']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toContain('clipboard-write=(self)');
  });

  it('sends nosniff, no referrer, no framing and the policies with every response', () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': contentSecurityPolicy('header'),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': permissionsPolicy(),
    });
  });

  it('writes a _headers file with the security headers for every path', () => {
    const lines = headersFile('/').split('\n');
    expect(lines[0]).toBe('/*');
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(lines).toContain(`  ${name}: ${value}`);
    }
    expect(lines).toContain('/_astro/*');
    expect(lines).toContain('  Cache-Control: public, max-age=31536000, immutable');
  });

  it('matches the hashed assets under the base path too', () => {
    const lines = headersFile('/brussels-declaration/').split('\n');
    expect(lines).toContain('/*');
    expect(lines).toContain('/_astro/*');
    expect(lines).toContain('/brussels-declaration/_astro/*');
  });

  it('lets code on other sites fetch the public data files, and nothing else', () => {
    for (const base of ['/', '/brussels-declaration/']) {
      const rules = parseHeadersFile(headersFile(base));
      const cors = (file: string) =>
        headersFor(rules, `${base}${file}`)['Access-Control-Allow-Origin'];
      for (const file of [...dataFiles(''), ...dataFiles('fr/'), 'declaration.schema.json']) {
        expect(cors(file), `${base}${file}`).toBe('*');
      }
      for (const file of [
        '',
        'fr/',
        'recommendations/r3/',
        'fr/about/',
        'changes/',
        'sw.js',
        'pagefind/pagefind.js',
        '_astro/site.css',
        'brussels-declaration-2013.en.pdf',
        'og/site.png',
        'sitemap-index.xml',
        'recommendations/r3/extra/cite.bib',
      ]) {
        expect(cors(file), `${base}${file}`).toBeUndefined();
      }
    }
  });

  it('names the media type and charset of each data file a host might guess wrong', () => {
    for (const base of ['/', '/brussels-declaration/']) {
      const rules = parseHeadersFile(headersFile(base));
      for (const home of ['', 'fr/']) {
        const type = (file: string) => headersFor(rules, `${base}${home}${file}`)['Content-Type'];
        expect(type('cite.bib')).toBe('application/x-bibtex; charset=utf-8');
        expect(type('recommendations/r3/cite.bib')).toBe('application/x-bibtex; charset=utf-8');
        expect(type('cite.ris')).toBe('application/x-research-info-systems; charset=utf-8');
        expect(type('recommendations/r3/cite.ris')).toBe(
          'application/x-research-info-systems; charset=utf-8',
        );
        expect(type('cite.json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
        expect(type('recommendations/r3/cite.json')).toBe(
          'application/vnd.citationstyles.csl+json; charset=utf-8',
        );
        expect(type('declaration.akn.xml')).toBe('application/akn+xml; charset=utf-8');
        expect(type('changes/feed.atom')).toBe('application/atom+xml; charset=utf-8');
        // Pages keep the type the host gives HTML: a rule here would override it.
        expect(type('')).toBeUndefined();
      }
    }
  });

  it('keeps the _headers file within Cloudflare Pages’ 100 rules, under a base path too', () => {
    for (const base of ['/', '/brussels-declaration/']) {
      expect(parseHeadersFile(headersFile(base)).length).toBeLessThanOrEqual(100);
    }
  });

  it('writes a _redirects file only under a base path, serving it from the upload root', () => {
    expect(redirectsFile('/')).toBeUndefined();
    expect(redirectsFile('/brussels-declaration/')).toBe('/brussels-declaration/*  /:splat  200\n');
    expect(redirectsFile('/brussels-declaration')).toBe('/brussels-declaration/*  /:splat  200\n');
  });

  it('gives each translation its own 404 page at a domain root, as Netlify needs', () => {
    expect(redirectsFile('/', ['fr'])).toBe('/fr/*  /fr/404.html  404\n');
    expect(redirectsFile('/', ['fr', 'de'])).toBe(
      '/fr/*  /fr/404.html  404\n/de/*  /de/404.html  404\n',
    );
  });

  it('sends each short link to its page with a 301, forced past the stub page where the host needs it', () => {
    const shortLinks = [
      { from: '/r/3/', to: '/recommendations/r3/' },
      { from: '/fr/r/3/', to: '/fr/recommendations/r3/' },
    ];
    // Netlify serves an existing file before a rule unless the rule is forced with `!`.
    expect(redirectsFile('/', ['fr'], { shortLinks })).toBe(
      [
        '/r/3/  /recommendations/r3/  301!',
        '/fr/r/3/  /fr/recommendations/r3/  301!',
        '/fr/*  /fr/404.html  404',
        '',
      ].join('\n'),
    );
    // Cloudflare Pages always applies its rules first, and knows no `!`.
    expect(redirectsFile('/', [], { shortLinks, force: false })).toBe(
      '/r/3/  /recommendations/r3/  301\n/fr/r/3/  /fr/recommendations/r3/  301\n',
    );
    // It matches a rule only with the slash the rule has: `/r/3` gets its own, one hop.
    expect(redirectsFile('/', [], { shortLinks, force: false, withoutSlash: true })).toBe(
      [
        '/r/3/  /recommendations/r3/  301',
        '/r/3  /recommendations/r3/  301',
        '/fr/r/3/  /fr/recommendations/r3/  301',
        '/fr/r/3  /fr/recommendations/r3/  301',
        '',
      ].join('\n'),
    );
    // Under a base path, before the rewrite that would otherwise serve the stub.
    expect(redirectsFile('/brussels-declaration/', ['fr'], { shortLinks })).toBe(
      [
        '/brussels-declaration/r/3/  /brussels-declaration/recommendations/r3/  301!',
        '/brussels-declaration/fr/r/3/  /brussels-declaration/fr/recommendations/r3/  301!',
        '/brussels-declaration/*  /:splat  200',
        '',
      ].join('\n'),
    );
  });

  it('adds no 404 rule under a base path, where it would hide every translated page', () => {
    expect(redirectsFile('/brussels-declaration/', ['fr'])).toBe(
      '/brussels-declaration/*  /:splat  200\n',
    );
  });
});

describe('the _headers rules', () => {
  it('never set one header twice for a path, which hosts would join into one value', () => {
    const paths = [
      '/',
      '/fr/',
      '/recommendations/r3/',
      '/_astro/site.css',
      '/declaration.json',
      '/declaration.schema.json',
      '/fr/declaration.akn.xml',
      '/cite.bib',
      '/recommendations/r3/cite.bib',
      '/fr/recommendations/r3/cite.ris',
      '/fr/recommendations/r3/cite.json',
      '/changes/feed.atom',
    ];
    for (const base of ['/', '/bd/']) {
      const rules = parseHeadersFile(headersFile(base));
      for (const path of paths.map((p) => (base === '/' ? p : `/bd${p}`))) {
        const names = rules.flatMap((rule) => Object.keys(headersFor([rule], path)));
        const twice = names.filter((name, i) => names.indexOf(name) !== i);
        expect(twice, `${base}: ${path}`).toEqual([]);
      }
    }
  });
});
