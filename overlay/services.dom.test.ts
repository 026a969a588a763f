// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPageContext } from './test-page-context';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('services.sensitivityOf', () => {
  it('a field once read as a password stays one after a page script turns it into text', () => {
    const page = createTestPageContext('https://www.caf.fr/connexion');
    document.body.innerHTML = `<div><input id="pw" type="password"></div><button id="eye">👁</button><input id="other" type="text">`;
    const pw = document.getElementById('pw') as HTMLInputElement;
    expect(page.services.sensitivityOf(pw)).toBe('password');
    pw.setAttribute('type', 'text'); // no label, no toggle in its wrapper: only the memory knows
    expect(page.services.sensitivityOf(pw)).toBe('password');
    expect(page.services.sensitivityOf(document.getElementById('other') as HTMLInputElement)).toBe('none');
    page.abort();
  });

  it("answers 'none' until the classifier rules arrived, and the pack override first", () => {
    const page = createTestPageContext('https://www.caf.fr/connexion');
    document.body.innerHTML = `<label for="n">Numéro fiscal</label><input id="n">`;
    const field = document.getElementById('n') as HTMLInputElement;
    page.services.classifier.set(null);
    expect(page.services.sensitivityOf(field)).toBe('none');
    page.services.sensitivityOverride.set((el) => (el === field ? 'income' : null));
    expect(page.services.sensitivityOf(field)).toBe('income');
    page.abort();
  });
});
