// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeField, type FormField } from './describe-field';
import { createDomIndex, directLookups, FIRST_MAX } from './dom-index';
import { fieldKey } from './field-key';
import { safeText } from './accessible-name';
import { fieldElements } from './collect-fields';

afterEach(() => {
  document.body.innerHTML = '';
});

// Random forms from a small vocabulary of ids, names and shapes, so that ids repeat, labels
// point at missing or duplicated ids, buttons control several fields, wrappers nest.
// happy-dom's selector parser rejects some valid escapes (`#x\ y`, `#\31 st`, `[name="n\"q"]`) that
// browsers accept: the vocabulary avoids them here; the e2e checks keys in Chromium.
const id = fc.constantFrom('a', 'b', 'c', 'x.y', ':r1:', '_1', '');
const attrs = fc.record({ id, name: fc.constantFrom('', 'n', 'm', 'n:q'), type: fc.constantFrom('', 'text', 'radio', 'checkbox', 'Checkbox', 'password', 'hidden') });
const idAttr = (value: string) => (value ? ` id="${value}"` : '');
const leaf = fc.oneof(
  attrs.map(({ id, name, type }) => `<input${idAttr(id)}${name ? ` name='${name}'` : ''}${type ? ` type="${type}"` : ''}>`),
  id.map((v) => `<label for="${v}">Nom ${v} <span class="fr-hint-text">aide ${v}</span></label>`),
  fc.tuple(id, id).map(([a, b]) => `<button type="button" aria-controls="${a} ${b}">Afficher ${a}</button>`),
  id.map((v) => `<select${idAttr(v)}><option>Un</option></select>`),
  fc.constant('<textarea maxlength="1"></textarea><input maxlength="1"><input maxlength="1">'),
  fc.constant('Texte proche'),
  id.map((v) => `<p${idAttr(v)}>Description ${v}</p><input aria-describedby="${v}" aria-labelledby="${v}">`),
);
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.tuple(fc.constantFrom('div', 'fieldset', 'label', 'span', 'section'), id, fc.array(tie('node'), { maxLength: 4 })).map(
      ([tag, v, children]) => `<${tag}${idAttr(v)}>${tag === 'fieldset' ? '<legend>Groupe</legend>' : ''}${children.join('')}</${tag}>`,
    ),
  ),
})).node;
const form = fc.array(tree, { minLength: 1, maxLength: 6 }).map((parts) => `<form>${parts.join('')}</form>`);

describe('DomIndex', () => {
  it('describes every field exactly as the direct look-ups do', () => {
    fc.assert(
      fc.property(form, (html) => {
        document.body.innerHTML = html;
        const index = createDomIndex();
        for (const el of fieldElements(document)) expect(describeField(el, index)).toEqual(describeField(el, directLookups));
      }),
      { numRuns: 120 },
    );
  }, 30_000); // happy-dom is slow on a busy machine

  it('gives every field a key that finds it and nothing else', () => {
    fc.assert(
      fc.property(form, (html) => {
        document.body.innerHTML = html;
        const index = createDomIndex();
        for (const el of fieldElements(document)) {
          const key = fieldKey(el, document, index);
          const found = document.querySelectorAll(key);
          expect([key, found.length, found[0] === el]).toEqual([key, 1, true]);
        }
      }),
      { numRuns: 120 },
    );
  }, 30_000); // happy-dom is slow on a busy machine

  it('firstUnder answers the first matches in document order, whatever the nesting', () => {
    document.body.innerHTML = `<div id="top">${'<div><button>b</button></div>'.repeat(FIRST_MAX + 3)}<div id="deep">${'<span>'.repeat(50)}<button>z</button>${'</span>'.repeat(50)}</div></div>`;
    const index = createDomIndex();
    for (const node of Array.from(document.querySelectorAll('div, span'))) {
      for (const n of [1, 2, FIRST_MAX]) expect(index.firstUnder(node, 'button', n)).toEqual(directLookups.firstUnder(node, 'button', n));
    }
  });

  it('forgets everything on invalidate (the page changed between two slices)', () => {
    document.body.innerHTML = '<label for="a">Avant</label><input id="a">';
    const index = createDomIndex();
    const el = document.getElementById('a') as FormField;
    expect(describeField(el, index).accessibleName).toBe('Avant');
    document.querySelector('label')!.textContent = 'Après';
    index.invalidate();
    expect(describeField(el, index).accessibleName).toBe('Après');
  });
});

describe('safeText', () => {
  it('reads a label nested 10,000 elements deep without overflowing the stack', () => {
    const label = document.createElement('label');
    let node: Element = label;
    for (let i = 0; i < 10_000; i++) node = node.appendChild(document.createElement('span'));
    node.append('Numéro fiscal');
    expect(safeText(label)).toBe('Numéro fiscal');
  });

  it('keeps words apart at element boundaries, in document order', () => {
    document.body.innerHTML = '<p>Nom<span>Format</span><b>a<i>b</i>c</b><input value="SECRET">fin</p>';
    expect(safeText(document.body)).toBe('Nom Format a b c fin');
  });
});
