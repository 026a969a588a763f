import { describe, expect, it } from 'vitest';
import { fold, generatedTokensIn, isGeneratedToken, kindsOf, labelScore, pickTarget } from './anchoring';

describe('anchoring decisions', () => {
  it('folds accents, case, apostrophes and spacing', () => {
    expect(fold('  Numéro d’accès  EN LIGNE ')).toBe('numero d acces en ligne');
    expect(fold('Clé')).toBe(fold('CLE'));
  });

  it('scores an exact label above a label followed by DSFR hint text', () => {
    expect(labelScore('Numéro fiscal', 'numero fiscal')).toBe(2);
    expect(labelScore('Numéro fiscal Format attendu : 13 chiffres', 'Numéro fiscal')).toBe(1);
    expect(labelScore('Numéro fiscalité', 'Numéro fiscal')).toBe(0);
    expect(labelScore('Autre', '')).toBe(0);
  });

  it.each(['input-35', 'mat-input-3', 'j_idt45', ':r1:', 'ember123', 'css-1x2y3z', 'Button_root__a1B2c', 'sc-bdVaJa', 'a3f9c2e1', 'field-a3f9c2e1'])(
    'flags the generated token %s',
    (token) => expect(isGeneratedToken(token)).toBe(true),
  );

  it.each(['nir', 'password-caf-input', 'r-2026-08-vous-salaires', 'case-1AJ', 'employeur-1-nom', 'password2', 'fr-input', 'numOTP1', 'fr-password__input', 'v-text-field__slot'])(
    'keeps the stable token %s',
    (token) => expect(isGeneratedToken(token)).toBe(false),
  );

  it('finds generated ids and classes inside a CSS selector', () => {
    expect(generatedTokensIn('#input-35')).toEqual(['input-35']);
    expect(generatedTokensIn('form#login-caf .fr-btn[type=submit]')).toEqual([]);
    expect(generatedTokensIn('div.css-1x2y3z > input')).toEqual(['css-1x2y3z']);
  });

  it('lists the kinds a selector sets', () => {
    expect(kindsOf({ label: 'x', note: 'n' })).toEqual(['label']);
    expect(kindsOf({ css: 'a', name: 'b', note: 'n' })).toEqual(['css', 'name']);
  });

  it('takes the first selector whose best candidates are exactly one element', () => {
    const pick = pickTarget([
      { kind: 'label', found: [{ item: 'a', score: 1 }, { item: 'b', score: 1 }] },
      { kind: 'name', found: [{ item: 'c', score: 1 }] },
    ]);
    expect(pick).toEqual({ target: 'c', index: 1, reason: null });
  });

  it('breaks ties by score (an exact label beats a prefix)', () => {
    expect(pickTarget([{ kind: 'label', found: [{ item: 'a', score: 1 }, { item: 'b', score: 2 }] }]).target).toBe('b');
  });

  it('explains a miss in French for the health check', () => {
    const pick = pickTarget([
      { kind: 'label', found: [] },
      { kind: 'css', found: [{ item: 'a', score: 1 }, { item: 'b', score: 1 }] },
    ]);
    expect(pick.target).toBeNull();
    expect(pick.reason).toBe('aucun repère ne désigne un seul élément (label : aucun élément, css : 2 éléments)');
  });
});
