import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSource, sourceFiles } from '../support/source-files';

// Both ends parse: extension pages ask the background with sendFromPage (replies parsed);
// only page code (the content script, overlay/, lazy parts) may use the unparsed
// sendToBackground, whose size exception is stated in lib/messaging.ts.
const EXTENSION_PAGES = ['popup', 'sidepanel', 'options', 'clean-desk', 'warning'].map((page) => join('entrypoints', page));

describe('extension pages parse every reply', () => {
  it('no extension page (nor a component they render) uses the unparsed sendToBackground', () => {
    const files = [...EXTENSION_PAGES, 'components', join('entrypoints', 'background')].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => /\bsendToBackground\b/.test(readSource(file)))).toEqual([]);
  });
});
