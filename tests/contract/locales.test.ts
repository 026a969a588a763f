import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersOf } from '../../core/text/translate';
import { root, sourceFiles } from '../support/source-files';

const dir = join(root, 'locales');
const languages = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
const areaFiles = (lang: string) => readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json')).sort();
const load = (lang: string, file: string) => JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Record<string, string>;
const allKeys = (lang: string) => areaFiles(lang).flatMap((file) => Object.keys(load(lang, file)));

describe('locale parity', () => {
  it('ships French and English at least', () => expect(languages).toEqual(expect.arrayContaining(['fr', 'en'])));

  for (const lang of languages.filter((l) => l !== 'fr')) {
    it(`${lang} has the same area files as fr`, () => expect(areaFiles(lang)).toEqual(areaFiles('fr')));
    for (const file of areaFiles('fr')) {
      it(`${lang}/${file} has exactly the keys and placeholders of fr/${file}`, () => {
        const fr = load('fr', file);
        const other = load(lang, file);
        expect(Object.keys(other).sort()).toEqual(Object.keys(fr).sort());
        for (const key of Object.keys(fr)) expect([key, placeholdersOf(other[key] ?? '')]).toEqual([key, placeholdersOf(fr[key]!)]);
      });
    }
  }

  it('no key is defined in two area files', () => {
    const keys = allKeys('fr');
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('no empty string', () => {
    for (const lang of languages) for (const file of areaFiles(lang)) for (const [key, text] of Object.entries(load(lang, file))) expect([lang, key, text.trim().length > 0]).toEqual([lang, key, true]);
  });

  it('every key used in code with t(\'…\') exists in French', () => {
    const known = new Set(allKeys('fr'));
    const code = ['overlay', 'components', 'entrypoints', 'lib'].flatMap(sourceFiles).map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    const used = [...code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
