// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldContext, groupQuestion } from './field-context';

const $ = (selector: string) => document.querySelector(selector)!;

describe('fieldContext: heading and instructions over a field with no name', () => {
  it('reads the instruction then the heading, stepping over the other boxes of the group', () => {
    document.body.innerHTML = `<h5>Verification Required</h5><h6>Enter the code we've emailed</h6>
      <div><div><input id="a" maxlength="1"></div><div><input id="b" maxlength="1"></div></div>`;
    expect(fieldContext($('#b'))).toBe("Enter the code we've emailed");
    document.body.innerHTML = `<h3>Two-Factor</h3><div class="alert">Your second factor is required.</div><form><div><input id="k"></div></form>`;
    expect(fieldContext($('#k'))).toBe('Your second factor is required. — Two-Factor');
  });

  it('never takes another field\'s label nor any field\'s content', () => {
    document.body.innerHTML = `<h2>Compte</h2><label for="n">Nom</label><input id="n" value="CANARY-1">
      <textarea>CANARY-2</textarea><select><option>CANARY-3</option></select><input id="x">`;
    const text = fieldContext($('#x'));
    expect(text).toBe('Compte');
    expect(text).not.toMatch(/CANARY|Nom/);
  });

  it('stays bounded on a deep page (no recursion, no throw)', () => {
    let html = '<input id="deep">';
    for (let i = 0; i < 3000; i++) html = `<div>${html}</div>`;
    document.body.innerHTML = `<h1>Titre</h1>${html}`;
    expect(() => fieldContext($('#deep'))).not.toThrow();
  });
});

describe('groupQuestion: what a radio or checkbox group answers', () => {
  it('finds the question before radios that each sit in their own wrapper', () => {
    document.body.innerHTML = `<div><label><span>Le salarié est-il reconnu travailleur handicapé ?</span></label>
      <div class="c3"><div><input type="radio" id="o" name="h"><label for="o">Oui</label></div>
      <div><input type="radio" id="n" name="h"><label for="n">Non</label></div></div></div>`;
    expect(groupQuestion($('#o'))).toBe('Le salarié est-il reconnu travailleur handicapé ?');
    expect(groupQuestion($('#n'))).toBe('Le salarié est-il reconnu travailleur handicapé ?');
  });

  it('stops at another field: the text before it is that field\'s', () => {
    document.body.innerHTML = `<label for="t">Ville</label><input id="t"><div><input type="radio" id="r" name="g"><input type="radio" name="g"></div>`;
    expect(groupQuestion($('#r'))).toBe('');
  });

  it('a lone checkbox has no question; a group of checkboxes has one', () => {
    document.body.innerHTML = `<p>Quelles aides percevez-vous ?</p><div><label><input type="checkbox" id="c1"> RSA</label><label><input type="checkbox"> APL</label></div>
      <p>Conditions</p><p><label><input type="checkbox" id="lone"> J'accepte</label></p>`;
    expect(groupQuestion($('#c1'))).toBe('Quelles aides percevez-vous ?');
    expect(groupQuestion($('#lone'))).toBe('');
  });
});
