import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { manifestMatchPatterns } from '../../core/portals/registry';
import { OUTPUT_DIR } from './harness';

const chromeDir = resolve(OUTPUT_DIR, 'chrome-mv3');
const firefoxDir = resolve(OUTPUT_DIR, 'firefox-mv2');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const CONTENT_BUDGET = 30 * 1024;

describe('built extension', () => {
  for (const [name, dir] of [['chrome', chromeDir], ['firefox', firefoxDir]] as const) {
    it(`${name}: host access is exactly the official-portal list (no <all_urls>, no localhost)`, () => {
      const manifest = manifestOf(dir);
      const hosts: string[] = manifest.host_permissions ?? manifest.permissions.filter((p: string) => p.includes('://'));
      expect([...hosts].sort()).toEqual(manifestMatchPatterns());
      expect(manifest.content_scripts[0].matches.sort()).toEqual(manifestMatchPatterns());
      const text = JSON.stringify(manifest);
      expect(text).not.toMatch(/<all_urls>|localhost|127\.0\.0\.1|\*:\/\/\*\//);
    });
  }

  it('chrome: the content script stays within 30 KiB gzip', () => {
    const dir = join(chromeDir, 'content-scripts');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const gzip = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
      expect([file, gzip <= CONTENT_BUDGET, gzip]).toEqual([file, true, gzip]);
    }
  });

  it('accompanied mode: Chrome side panel, Firefox sidebar (not opened at install), statistics page, who-types shortcut', () => {
    const chrome = manifestOf(chromeDir);
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.permissions).toContain('sidePanel');
    expect(chrome.commands['switch-typist'].suggested_key.default).toBe('Alt+Shift+T');
    expect(chrome.commands['focus-overlay'].suggested_key.default).toBe('Alt+Shift+O');
    expect(chrome.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    const firefox = manifestOf(firefoxDir);
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.options_ui).toMatchObject({ page: 'options.html' });
  });

  it('ships no remote code: no http(s) script URLs, no eval', () => {
    const scripts = [join(chromeDir, 'background.js'), ...readdirSync(join(chromeDir, 'content-scripts')).map((f) => join(chromeDir, 'content-scripts', f))];
    for (const file of scripts.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect([file, /\beval\(|new Function\(/.test(code)]).toEqual([file, false]);
      expect([file, /importScripts\(\s*['"]https?:/.test(code)]).toEqual([file, false]);
    }
  });
});
