import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Both ends parse: extension pages ask the background with sendFromPage (replies parsed);
// only page code (the content script, overlay/, lazy parts) may use the unparsed
// sendToBackground, whose size exception is stated in lib/messaging.ts.
const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const EXTENSION_PAGES = ['popup', 'sidepanel', 'options', 'clean-desk', 'warning'].map((page) => join('entrypoints', page));

describe('extension pages parse every reply', () => {
  it('no extension page (nor a component they render) uses the unparsed sendToBackground', () => {
    const files = [...EXTENSION_PAGES, 'components', join('entrypoints', 'background')].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => /\bsendToBackground\b/.test(readFileSync(join(root, file), 'utf8')))).toEqual([]);
  });
});
