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
