// Finds Firefox for the Firefox smoke test; installs Debian's firefox-esr when possible.
import { existsSync } from 'node:fs';
import { aptInstall } from './chromium.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Firefox path or null (the Firefox smoke test is then reported as skipped, with a reason). */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  try {
    if (aptInstall(['firefox-esr'], 'No Firefox found for the Firefox smoke test, installing Debian\'s firefox-esr')) return findFirefox();
  } catch (error) {
    console.warn(`[côte à côte] could not install firefox-esr: ${error.message}`);
  }
  console.warn('[côte à côte] No Firefox: the Firefox smoke test will be skipped. Install firefox-esr (Debian) or set FIREFOX_PATH.');
  return null;
}
