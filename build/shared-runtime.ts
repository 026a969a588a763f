import type { Plugin } from 'vite';
import { SHARED_EXPORTS } from '../overlay/lazy/shared-names';

/**
 * Lazy parts (entrypoints/part-*.ts) are injected into the content script's isolated world
 * later, on demand. They must use the content script's own Preact and browser API, not
 * copies: this plugin resolves those imports, in part builds only, to modules that read
 * them from `globalThis.__cacShared` (set by overlay/lazy/share-runtime.ts).
 */
const SHARED = Object.keys(SHARED_EXPORTS);
const PREFIX = '\0cac-shared:';

export function sharedRuntimeForParts(): Plugin {
  let isPart = false;
  return {
    name: 'cac-shared-runtime',
    enforce: 'pre',
    config(config) {
      const entry = JSON.stringify(config.build?.lib && typeof config.build.lib === 'object' ? config.build.lib.entry : '');
      isPart = /part-[a-z-]+\.tsx?/.test(entry);
    },
    resolveId(id) {
      if (!isPart) return null;
      if (SHARED.includes(id) || id === 'webextension-polyfill') return PREFIX + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      if (name === 'webextension-polyfill') return 'export default globalThis.__cacShared.browser;';
      const names: readonly string[] = SHARED_EXPORTS[name as keyof typeof SHARED_EXPORTS];
      return `const m = globalThis.__cacShared[${JSON.stringify(name)}];\n` + names.map((n) => `export const ${n} = m.${n};`).join('\n');
    },
  };
}
