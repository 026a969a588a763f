// @vitest-environment happy-dom
// Fuzzing of page.report's inputs (issue 12, item 4): random pages made of odd labels (bidi
// controls, invisible characters, 10,000-character texts, odd ids and `for`s), deep trees,
// and every kind of control nested in labels and pointed at by aria-labelledby. Every field
// holds a canary (value attribute, typed value, option, textarea text, editable text):
// the report must always answer a valid PageReport, list every field once, and carry no canary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PageReport } from '../core/protocol/page-report';
import { fieldElements } from './dom/collect-fields';
import { buildPageReport } from './page-report';
import { createTestPageContext } from './test-page-context';

let page: ReturnType<typeof createTestPageContext>;
beforeEach(() => {
  page = createTestPageContext('https://www.caf.fr/espace');
});
afterEach(() => {
  page.abort();
  document.body.innerHTML = '';
});

const CANARY = 'CANARYQX';
let canaries = 0;
const canary = () => `${CANARY}${++canaries}`;

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const ODD = [...BIDI, '\u200B', '\uFEFF', '\u00A0', '\u0301', '\t', '\n', '\r', '\u2028', '<', '>', '"', "'", '\\', '#', '.', ':', ' ', 'é', '😀', '\uD800'];
const oddText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...ODD, 'a', 'N', '°', '1'), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('Mot de passe', 'Numéro fiscal', 'Code', 'IBAN', '\u202Eessap ed toM', ''),
  fc.integer({ min: 1000, max: 10_000 }).map((n) => 'Nom très long '.repeat(Math.ceil(n / 14)).slice(0, n)),
);
const oddId = fc.oneof(oddText.map((t) => t.slice(0, 12)), fc.constantFrom('a', 'b', ':r1:', '1st', 'x y', ''));

const INPUT_TYPES = [
  'text', 'password', 'email', 'tel', 'number', 'date', 'checkbox', 'radio', 'file', 'hidden', 'search', 'url', 'range', 'color',
  'month', 'week', 'time', 'datetime-local', 'submit', 'button', 'reset', 'image', 'WEIRD', '',
];

type Spec =
  | { kind: 'text'; text: string }
  | { kind: 'input'; type: string; id: string }
  | { kind: 'select' | 'textarea' | 'output' | 'datalist' | 'editable' | 'button'; id: string }
  | { kind: 'element'; tag: string; id: string; forId: string; labelledBy: string; children: Spec[] };

const spec: fc.Arbitrary<Spec> = fc.letrec<{ node: Spec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddText.map((text): Spec => ({ kind: 'text', text })),
    fc.record({ kind: fc.constant('input' as const), type: fc.constantFrom(...INPUT_TYPES), id: oddId }),
    fc.record({ kind: fc.constantFrom('select' as const, 'textarea' as const, 'output' as const, 'datalist' as const, 'editable' as const, 'button' as const), id: oddId }),
    fc.record({
      kind: fc.constant('element' as const),
      tag: fc.constantFrom('label', 'label', 'div', 'span', 'fieldset', 'legend', 'p', 'small', 'form'),
      id: oddId,
      forId: oddId,
      labelledBy: oddId,
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
})).node;

function setAttr(el: Element, name: string, value: string): void {
  try {
    el.setAttribute(name, value);
  } catch {
    // a lone surrogate or an odd name the DOM refuses: the page could not have it either
  }
}

/** Builds the spec as DOM (not HTML text: odd characters stay as they are), canaries in every field. */
function build(node: Spec): Node {
  switch (node.kind) {
    case 'text':
      return document.createTextNode(node.text);
    case 'input': {
      const input = document.createElement('input');
      setAttr(input, 'type', node.type);
      setAttr(input, 'id', node.id);
      setAttr(input, 'value', canary());
      if (node.type !== 'file') input.value = canary();
      setAttr(input, 'placeholder', 'Votre réponse');
      return input;
    }
    case 'select': {
      const select = document.createElement('select');
      setAttr(select, 'id', node.id);
      select.innerHTML = `<option value="${canary()}">${canary()}</option><optgroup label="${canary()}"><option selected>${canary()}</option></optgroup>`;
      return select;
    }
    case 'textarea': {
      const area = document.createElement('textarea');
      setAttr(area, 'id', node.id);
      area.textContent = canary();
      area.value = canary();
      return area;
    }
    case 'output':
    case 'datalist':
    case 'button': {
      const el = document.createElement(node.kind);
      setAttr(el, 'id', node.id);
      el.innerHTML = node.kind === 'datalist' ? `<option value="${canary()}">${canary()}</option>` : canary();
      return el;
    }
    case 'editable': {
      const div = document.createElement('div');
      setAttr(div, 'contenteditable', 'true');
      setAttr(div, 'id', node.id);
      div.textContent = canary();
      return div;
    }
    case 'element': {
      const el = document.createElement(node.tag);
      setAttr(el, 'id', node.id);
      if (node.tag === 'label') setAttr(el, 'for', node.forId);
      else setAttr(el, 'aria-labelledby', node.labelledBy);
      for (const child of node.children) el.append(build(child));
      return el;
    }
  }
}

async function expectSafeReport(): Promise<void> {
  const report = PageReport.parse(await buildPageReport(document, page.portal, page.services));
  expect(report.fields).toHaveLength(fieldElements(document).length);
  expect(JSON.stringify(report)).not.toContain(CANARY);
}

describe('page.report fuzzing', () => {
  it('answers on random pages of odd labels and every control nested in labels, with no value in it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 8 }), async (specs) => {
        document.body.replaceChildren(...specs.map(build));
        // Labels pointing at fields and fields named by other fields' ids.
        for (const field of fieldElements(document).slice(0, 3)) setAttr(field, 'aria-labelledby', fieldElements(document).map((f) => f.id).join(' '));
        await expectSafeReport();
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  // happy-dom's own querySelectorAll and connect are recursive and overflow near 10,000
  // levels: 3,000 here; the e2e (page-report.e2e.ts) runs 10,000 levels in Chromium.
  it('answers on trees thousands of levels deep: a field in a label nested 3,000 elements down', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1_000, max: 3_000 }), fc.constantFrom(...INPUT_TYPES), oddText, async (depth, type, text) => {
        const label = document.createElement('label');
        document.body.replaceChildren(label); // attached first: happy-dom connects a detached subtree recursively
        let node: Element = label;
        for (let i = 0; i < depth; i++) node = node.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
        node.append(text, build({ kind: 'input', type, id: '' }), build({ kind: 'select', id: 'deep' }));
        await expectSafeReport();
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});
