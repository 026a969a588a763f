import { defineConfig } from 'wxt';
import { manifestMatchPatterns } from './core/portals/registry';
import { SWITCH_TYPIST_COMMAND } from './core/session/accompanied';
import { FOCUS_OVERLAY_COMMAND } from './lib/commands';
import { sharedRuntimeForParts } from './build/shared-runtime';

// Host access comes from the official-portal data file, never from <all_urls>: the
// extension can only see the pages it is meant to help on.
const officialPatterns = manifestMatchPatterns();

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // No auto-imports: every import is written (auto-import added value imports next to
  // `import type` ones and dragged contexts and zod into lazy parts).
  imports: false,
  // CAC_OUT_DIR lets parallel work build side by side (default .output).
  outDir: process.env.CAC_OUT_DIR ?? '.output',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  manifest: ({ browser }) => ({
    name: 'Côte à côte',
    description: "Aide en mots simples sur les sites officiels (CAF, Ameli, impots.gouv…), pour les personnes et celles et ceux qui les accompagnent.",
    // activeTab (not tabs): the popup learns the current address only when clicked.
    // webNavigation: top-frame addresses go through the local look-alike check (G1), no host access.
    // downloads + browsingData: the clean desk (C4) deletes the session's files and the portals' site data.
    // scripting: lazy parts of the overlay are injected on demand into official pages only (host permissions).
    permissions: ['storage', 'activeTab', 'webNavigation', 'downloads', 'browsingData', 'scripting'],
    host_permissions: officialPatterns,
    action: { default_title: 'Côte à côte' },
    // C3: one shortcut for the privacy curtain; people can change it (chrome://extensions/shortcuts).
    commands: {
      'toggle-privacy-curtain': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Rideau de confidentialité : cacher ou montrer les champs sensibles' },
      // W1: in an accompanied session, the keyboard passes between the person and the worker.
      [SWITCH_TYPIST_COMMAND]: { suggested_key: { default: 'Alt+Shift+T' }, description: 'Session accompagnée : passer le clavier (qui tape ?)' },
      // Keyboard: into our launcher on the page, and back where you were (a command: the page cannot catch it).
      [FOCUS_OVERLAY_COMMAND]: { suggested_key: { default: 'Alt+Shift+O' }, description: 'Aller aux outils de Côte à côte sur la page, et revenir' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'cote-a-cote@cote-a-cote.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    // The content script runs on every official portal of the data file, and nowhere else.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.matches = officialPatterns;
    },
  },
  // The sources archive (for Firefox review) holds what builds the extension, not screenshots.
  zip: { excludeSources: ['demo-screenshots/**', 'docs/**', 'test-results/**', 'bench/out/**'] },
  vite: () => ({
    // Lazy parts (entrypoints/part-*.ts) share the content script's Preact and browser API.
    plugins: [sharedRuntimeForParts()],
    build: { target: 'es2022', sourcemap: process.env.CAC_SOURCEMAP === '1' },
  }),
});
