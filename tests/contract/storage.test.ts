import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { storageItems } from '../../lib/storage-items';
import { extensionCode as shipped, readSource as read } from '../support/source-files';

// Storage is declared once (lib/storage-items.ts): the docs list the same items, and no
// other source file names a storage key or calls the storage API itself.
const extensionCode = shipped();

const DECLARATIONS = join('lib', 'storage-items.ts');
const MECHANISM = join('lib', 'stored-item.ts');
// The one documented exception (size): the content script reads the settings key through
// browser.storage (lib/settings.ts says why), so that file names that key and calls storage.local.
const SETTINGS = join('lib', 'settings.ts');

/** `area key` as ARCHITECTURE.md writes it; a family is `walkthrough:<tabId>`. */
const declared = storageItems.map((item) => `${item.area} ${'prefix' in item ? `${item.prefix}<${item.idName}>` : item.key}`);

describe('storage declared once', () => {
  it('ARCHITECTURE.md "State" lists exactly the declared items', () => {
    const doc = read('ARCHITECTURE.md');
    const state = doc.slice(doc.indexOf('\n## State'), doc.indexOf('\n## ', doc.indexOf('\n## State') + 1));
    const listed = [...state.matchAll(/^- `storage\.(local|session)` `([^`]+)`/gm)].map(([, area, key]) => `${area} ${key}`);
    expect(listed.sort()).toEqual([...declared].sort());
  });

  it('keys are unique', () => {
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('no other source file names a storage key', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A key as a whole string literal; a family's prefix at the start of one (`walkthrough:${id}`).
    const keys = storageItems.map((item) =>
      'prefix' in item ? { key: item.prefix, literal: new RegExp(`['"\`]${escape(item.prefix)}`) } : { key: item.key, literal: new RegExp(`(['"\`])${escape(item.key)}\\1`) },
    );
    const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = extensionCode
      .filter((file) => file !== DECLARATIONS)
      .flatMap((file) => keys.filter(({ key, literal }) => literal.test(code(file)) && !(file === SETTINGS && key === 'settings')).map(({ key }) => `${file}: ${key}`));
    expect(offenders).toEqual([]);
  });

  it('only the mechanism (and the settings exception) calls browser.storage.<area>', () => {
    const direct = /\b(browser|chrome)\.storage\.(local|session|sync)\b/;
    const offenders = extensionCode.filter((file) => file !== MECHANISM && file !== SETTINGS && direct.test(read(file)));
    expect(offenders).toEqual([]);
  });
});
