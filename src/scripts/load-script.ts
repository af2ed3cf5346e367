/**
 * Loads a separately bundled script (a `?worker&url` import) with a script element. Not
 * `import()`: a dynamic import brings Vite's preload helper (1.7 KB) to every page, which would
 * break the 2 KiB JS budget of a reading page.
 */
export function loadScript(src: string | undefined): void {
  if (!src) return;
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}

/**
 * Links the stylesheet (a `?url` import) of the controls a lazily loaded script makes, so that
 * pages that never show them do not download their styles. Settles when the sheet has loaded or
 * failed, so the controls can wait to be shown styled.
 */
export function loadStylesheet(href: string | undefined): Promise<void> {
  if (!href) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const settled = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return settled;
}
