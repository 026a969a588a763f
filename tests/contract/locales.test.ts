import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersOf } from '../../core/text/translate';

const dir = join(import.meta.dirname, '../../locales');
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
const fr = load('fr.json');
const others = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'fr.json');

describe('locale parity', () => {
  it('ships at least English beside French', () => expect(others).toContain('en.json'));

  for (const file of others) {
    it(`${file} has exactly the keys of fr.json`, () => {
      expect(Object.keys(load(file)).sort()).toEqual(Object.keys(fr).sort());
    });
    it(`${file} keeps the same placeholders`, () => {
      const other = load(file);
      for (const key of Object.keys(fr)) expect([key, placeholdersOf(other[key] ?? '')]).toEqual([key, placeholdersOf(fr[key]!)]);
    });
  }

  it('has no empty string', () => {
    for (const file of ['fr.json', ...others]) for (const [key, text] of Object.entries(load(file))) expect([file, key, text.trim().length > 0]).toEqual([file, key, true]);
  });
});
