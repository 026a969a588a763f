// Finds a Chromium-family browser for the demo and the end-to-end tests. When none is
// installed and the machine is Debian/Ubuntu with root, installs Debian's `chromium`
// package (saying so); otherwise explains exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** Installs Debian packages when missing (root on Debian/Ubuntu only). */
export function aptInstall(packages, why) {
  if (!isDebianLike() || process.getuid?.() !== 0) return false;
  console.log(`[côte à côte] ${why}: apt-get install ${packages.join(' ')} (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  return true;
}

/** The browser path, installing Debian's chromium when that is possible. Throws with advice otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (aptInstall(['chromium'], 'No Chromium-family browser found, installing Debian\'s chromium')) {
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium-family browser found. Install one, e.g. `sudo apt-get install chromium` (Debian), ' +
      '`sudo apt-get install chromium-browser` (Ubuntu), or set CHROMIUM_PATH=/path/to/chrome.',
  );
}

/** The practice portals need openssl to make their throw-away certificate. */
export function ensureOpenssl() {
  if (spawnSync('openssl', ['version']).status === 0) return;
  if (aptInstall(['openssl'], 'openssl is missing, installing it')) return;
  throw new Error('openssl is needed for the practice portals\' local certificate: install it (e.g. `sudo apt-get install openssl`).');
}

/** Flags that keep Chromium quiet and offline on this kind of machine (see engineering notes). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
