// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fieldKey } from './field-key';

function page(html: string): void {
  document.body.innerHTML = html;
}
function expectUnique(el: Element): string {
  const key = fieldKey(el, document);
  const found = document.querySelectorAll(key);
  expect(found.length, key).toBe(1);
  expect(found[0], key).toBe(el);
  return key;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fieldKey', () => {
  it('uses a unique id, escaped', () => {
    page(`<input id="password-7720-input"><input id=":r1:">`);
    expect(expectUnique(document.querySelectorAll('input')[0]!)).toBe('#password-7720-input');
    expect(expectUnique(document.querySelectorAll('input')[1]!)).toBe('#\\:r1\\:');
  });

  it('skips a duplicated id and uses the name', () => {
    page(`<input id="dup" name="nom"><input id="dup" name="prenom">`);
    expect(expectUnique(document.querySelectorAll('input')[1]!)).toBe('input[name="prenom"]');
  });

  it('adds the type when the name is shared (radio pairs, hidden twins)', () => {
    page(`<input type="hidden" name="cgu"><input type="checkbox" name="cgu">`);
    expect(expectUnique(document.querySelectorAll('input')[1]!)).toBe('input[name="cgu"][type="checkbox"]');
  });

  it('falls back to an nth-of-type path from the nearest ancestor with a unique id', () => {
    page(`<form id="login"><div><input></div><div><input><input></div></form>`);
    const key = expectUnique(document.querySelectorAll('input')[2]!);
    expect(key).toBe('#login > div:nth-of-type(2) > input:nth-of-type(2)');
  });

  it('builds a path from the document when no ancestor has an id', () => {
    page(`<main><p><input type="radio" name="r"><input type="radio" name="r"></p></main>`);
    const key = expectUnique(document.querySelectorAll('input')[1]!);
    expect(key.startsWith('html')).toBe(true);
  });

  it('never returns a selector matching another element', () => {
    page(`<div id="a"><input name="x"></div><div id="a"><input name="x"></div>`);
    for (const input of Array.from(document.querySelectorAll('input'))) expectUnique(input);
  });
});
