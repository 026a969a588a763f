import { describe, expect, it } from 'vitest';
import { backSteps, readTarget } from './target';

const W = 'chrome-extension://abc/warning.html';
const phish = encodeURIComponent('https://ameli-frconnect.fr/');

describe('warning page target', () => {
  it('reads an http(s) address from the fragment', () => {
    expect(readTarget(`#${phish}`)).toEqual({ url: 'https://ameli-frconnect.fr/', host: 'ameli-frconnect.fr' });
    expect(readTarget(`#${encodeURIComponent('http://xn--meli-43d.fr/a?b=1')}`)).toEqual({ url: 'http://xn--meli-43d.fr/a?b=1', host: 'xn--meli-43d.fr' });
  });
  it.each(['', '#', '#javascript%3Aalert(1)', `#${encodeURIComponent('data:text/html,x')}`, '#%E0%A4%A', `#${encodeURIComponent('file:///etc/passwd')}`])('refuses %s', (hash) => {
    expect(readTarget(hash)).toBeNull();
  });
});

describe('"Revenir en arrière" steps', () => {
  it('goes back one entry when the look-alike never got into the history', () => {
    expect(backSteps([`${W}#${phish}`])).toBe(1);
    expect(backSteps([`chrome-extension://abc/clean-desk.html`, `${W}#${phish}`])).toBe(1);
  });
  it('steps over the look-alike when it committed before the warning replaced it', () => {
    expect(backSteps([`${W}?back=2#${phish}`])).toBe(2);
  });
  it('steps over a second warning entry pushed by the race, and the look-alike behind', () => {
    expect(backSteps([`${W}#${phish}`, `${W}?back=2#${phish}`])).toBe(3);
    expect(backSteps([`${W}#${phish}`, `${W}#${phish}`])).toBe(2);
  });
});
