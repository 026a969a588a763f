// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTargetFinder } from './find-target';
import type { SelectorSet } from '../../core/packs/schema';

const sites = join(import.meta.dirname, '../../practice/sites');
/** The body of a practice page (its HTML fragment, scripts left out: happy-dom does not need them). */
function loadPractice(file: string) {
  document.body.textContent = '';
  const template = document.createElement('template');
  template.innerHTML = readFileSync(join(sites, file), 'utf8').replace(/<script[\s\S]*?<\/script>/g, ''); // test fixture only
  document.body.append(template.content);
}
const find = (set: SelectorSet, exclude?: Element) => createTargetFinder(document, exclude).find(set);
const n = (note = 'n') => ({ note });

afterEach(() => {
  document.body.textContent = '';
});

describe('findTarget: ranked strategies on practice markup', () => {
  it('finds a DSFR field by its label, accent- and case-folded, despite the hint text in the label', () => {
    loadPractice('www.caf.fr/connexion.html');
    expect(find([{ label: 'NUMERO DE SECURITE SOCIALE', ...n() }]).target?.id).toBe('nir');
  });

  it('prefers the exact name over a prefix ("Se connecter" button, not the "Se connecter avec…" fieldset)', () => {
    loadPractice('www.caf.fr/connexion.html');
    const pick = find([{ label: 'Se connecter', ...n() }]);
    expect(pick.target?.tagName).toBe('BUTTON');
    expect(pick.target?.textContent?.trim()).toBe('Se connecter');
  });

  it('finds by name, autocomplete token, aria text and stable id', () => {
    loadPractice('assure.ameli.fr/connexion/code.html');
    expect(find([{ aria: 'Code de sécurité', ...n() }]).target?.className).toBe('otp-boxes');
    expect(find([{ name: 'numOTP3', ...n() }]).target?.getAttribute('aria-label')).toBe('Chiffre 3 du code');
    loadPractice('www.caf.fr/connexion.html');
    expect(find([{ autocomplete: 'current-password', ...n() }]).target?.id).toBe('password-caf-input');
    expect(find([{ id: 'remember-caf', ...n() }]).target?.getAttribute('name')).toBe('remember');
  });

  it('names a group of radio buttons by its legend', () => {
    loadPractice('candidat.francetravail.fr/actualisation.html');
    expect(find([{ label: 'Avez-vous travaillé', ...n() }]).target?.id).toBe('q-travail');
  });

  it('falls back in pack order when a selector finds nothing or several elements', () => {
    loadPractice('assure.ameli.fr/connexion.html');
    // Ameli's code personnel has no label and no name: the first selectors miss, the structure one wins.
    const pick = find([{ label: 'Mot de passe', ...n() }, { name: 'password', ...n() }, { css: '.v-form input[type=password]', ...n() }]);
    expect(pick.index).toBe(2);
    expect(pick.target?.getAttribute('type')).toBe('password');
  });

  it('never throws: a bad CSS selector or no match is a miss with a French reason', () => {
    loadPractice('www.caf.fr/connexion.html');
    const pick = find([{ css: 'input[[', ...n() }, { label: 'Numéro allocataire', ...n() }, { css: 'input[type=checkbox]', ...n() }]);
    expect(pick.target).toBeNull();
    expect(pick.reason).toBe('aucun repère ne désigne un seul élément (invalide : aucun élément, label : aucun élément, css : 2 éléments)');
  });

  it('skips our own overlay', () => {
    loadPractice('www.caf.fr/connexion.html');
    const ours = document.createElement('cote-a-cote-overlay');
    const fake = document.createElement('input');
    fake.setAttribute('name', 'nir');
    ours.append(fake);
    document.body.append(ours);
    expect(find([{ name: 'nir', ...n() }], ours).target?.id).toBe('nir');
  });

  it('reads labels and attributes only, never what is typed', () => {
    loadPractice('www.caf.fr/connexion.html');
    const nir = document.getElementById('nir') as HTMLInputElement;
    nir.value = 'Numéro de sécurité sociale';
    expect(find([{ label: 'Numéro de sécurité sociale', ...n() }]).target).toBe(nir);
    nir.value = 'Se connecter';
    expect(find([{ label: 'Se connecter', ...n() }]).target?.tagName).toBe('BUTTON');
  });
});
