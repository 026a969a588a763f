import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { extensionCode as shipped, readSource as read, root, sourceFiles } from '../support/source-files';

const extensionCode = shipped();

describe('conventions', () => {
  it('core/ stays pure: no browser APIs, DOM globals, fetch, clocks or randomness', () => {
    const impure = /\b(browser|chrome)\.[a-z]|\bdocument\.|\bwindow\.|\bfetch\(|Date\.now\(|Math\.random\(|from 'wxt/;
    const offenders = sourceFiles('core').filter((file) => impure.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('no HTML injection APIs in extension code (pack and page text are rendered as text)', () => {
    const html = /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/;
    expect(extensionCode.filter((file) => html.test(read(file)))).toEqual([]);
  });

  it('no eval-like code', () => {
    expect(extensionCode.filter((file) => /\beval\(|new Function\(/.test(read(file)))).toEqual([]);
  });

  it('page code never reads a field value', () => {
    // One exception: overlay/dom/format-check.ts hands what is typed straight to a pure
    // format check (G2 "13 chiffres" hints on blur) and keeps only the verdict. Any other
    // read, anywhere else in page code, still fails here.
    const FORMAT_CHECK = join('overlay', 'dom', 'format-check.ts');
    const pageCode = extensionCode.filter((f) => (f.startsWith('overlay') || f.includes('.content')) && f !== FORMAT_CHECK);
    const valueRead = /\.(value|defaultValue|checked|selectedOptions|files)\b(?!\s*=[^=])/;
    const offenders = pageCode.filter((file) => valueRead.test(read(file).replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(offenders.map((f) => relative(root, join(root, f)))).toEqual([]);
  });

  it('bundled code imports zod/mini, never the full zod (93 KB gzip in a page)', () => {
    expect(extensionCode.filter((file) => /from 'zod'/.test(read(file)))).toEqual([]);
  });
});
