import { describe, expect, it } from 'vitest';
import { directionOf, placeholdersOf, translate } from './translate';

describe('translate', () => {
  const fr = { hello: 'Bonjour {name}', only: 'seulement en français' };
  const en = { hello: 'Hello {name}' };
  it('fills placeholders', () => expect(translate(en, fr, 'hello', { name: 'Ana' })).toBe('Hello Ana'));
  it('falls back to French, then to the key', () => {
    expect(translate(en, fr, 'only')).toBe('seulement en français');
    expect(translate(en, fr, 'missing.key')).toBe('missing.key');
  });
  it('leaves an unknown placeholder visible', () => expect(translate(fr, fr, 'hello')).toBe('Bonjour {name}'));
});

describe('directionOf', () => {
  it.each([['ar', 'rtl'], ['ar-MA', 'rtl'], ['fr', 'ltr'], ['en-GB', 'ltr'], ['', 'ltr']])('%s → %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
});

describe('placeholdersOf', () => {
  it('lists names sorted', () => expect(placeholdersOf('{b} et {a}')).toEqual(['a', 'b']));
});
