/**
 * Runs before `npm test`: the browser and validator tests need Debian's Chromium and a Java
 * runtime (for the W3C Nu checker), and the PDF tests read the edition's PDFs back with
 * Poppler's tools (pdftotext, pdfinfo, pdffonts). Installs whichever is missing with apt, never
 * a download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { what: 'Chromium', present: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { what: 'Java', present: () => hasCommand('java'), packages: ['default-jre-headless'] },
  {
    what: 'Poppler',
    present: () => ['pdftotext', 'pdfinfo', 'pdffonts'].every(hasCommand),
    packages: ['poppler-utils'],
  },
];

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = needs.filter((need) => !need.present());
if (missing.length) {
  const packages = missing.flatMap((need) => need.packages);
  console.log(
    `Installing ${missing.map((m) => m.what).join(' and ')} from Debian: ${packages.join(' ')}`,
  );
  if (process.getuid?.() !== 0) {
    console.error(`Not root: install them with "sudo apt-get install -y ${packages.join(' ')}"`);
    process.exit(1);
  }
  const apt = {
    stdio: 'inherit' as const,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  execFileSync('apt-get', ['-qq', 'update'], apt);
  execFileSync('apt-get', ['-qq', 'install', '-y', '--no-install-recommends', ...packages], apt);
}
