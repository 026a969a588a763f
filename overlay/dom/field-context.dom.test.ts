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

describe('cost on big pages: each block is read once per task, not once per field', () => {
  it('lists about as many fields as the page has, not fields × fields (1,000 radios, 1,000 unnamed boxes)', () => {
    const groups = Array.from({ length: 500 }, (_, i) => `<label>Question ${i} ?</label><div><div><input type="radio" name="q${i}"><label>Oui</label></div><div><input type="radio" name="q${i}"><label>Non</label></div></div>`).join('');
    const boxes = Array.from({ length: 1000 }, () => '<div><input></div>').join('');
    const text = Array.from({ length: 1000 }, (_, i) => `<p>Paragraphe ${i}</p>`).join('');
    document.body.innerHTML = `<main><section>${text}</section><form><div>${groups}</div></form><h2>Codes</h2><div>${boxes}</div></main>`;
    const fields = Array.from(document.querySelectorAll('input'));
    // Every element handed back by querySelectorAll while the surroundings are read: a walk
    // that listed a big block once per field would hand back millions.
    const original = Element.prototype.querySelectorAll;
    let listed = 0;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      const found = original.call(this, selector);
      listed += found.length;
      return found;
    } as typeof original;
    try {
      const questions = fields.filter((f) => f.type === 'radio').map(groupQuestion);
      const contexts = fields.filter((f) => f.type !== 'radio').map(fieldContext);
      expect(questions[999]).toBe('Question 499 ?');
      expect(contexts[0]).toBe('Codes');
      expect(contexts[10]).toBe('Codes');
    } finally {
      Element.prototype.querySelectorAll = original;
    }
    expect(listed).toBeLessThan(20 * fields.length);
  });
});
