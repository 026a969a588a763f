// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageReport } from '../core/protocol/page-report';
import { fieldElements } from './dom/collect-fields';
import { buildPageReport } from './page-report';
import { createTestPageContext } from './test-page-context';

let page: ReturnType<typeof createTestPageContext>;
beforeEach(() => {
  page = createTestPageContext('https://www.caf.fr/connexion');
});
afterEach(() => {
  page.abort();
  document.body.innerHTML = '';
});

const form = (count: number) =>
  Array.from({ length: count }, (_, i) => `<div><label for="f${i}">Champ ${i}</label><input id="f${i}"></div>`).join('');

describe('buildPageReport in slices', () => {
  it('gives the page its turn between slices and still lists every field once, in order', async () => {
    document.body.innerHTML = form(30);
    let clock = 0;
    let turns = 0;
    // Each reading of the clock moves it 1 ms: a 4 ms slice holds a few fields.
    const report = await buildPageReport(document, page.portal, page.services, undefined, {
      sliceMs: 4,
      now: () => clock++,
      yieldToPage: async () => void turns++,
    });
    expect(turns).toBeGreaterThan(3);
    expect(report.fields.map((f) => f.label)).toEqual(Array.from({ length: 30 }, (_, i) => `Champ ${i}`));
    expect(report.fields.map((f) => f.key)).toEqual(Array.from({ length: 30 }, (_, i) => `#f${i}`));
  });

  it('leaves out a field the page removed during a pause, and sees a label the page added (the index is rebuilt)', async () => {
    document.body.innerHTML = form(10);
    document.querySelector('label[for="f8"]')!.remove();
    let clock = 0;
    let first = true;
    const report = await buildPageReport(document, page.portal, page.services, undefined, {
      sliceMs: 2,
      now: () => clock++,
      yieldToPage: async () => {
        if (!first) return;
        first = false;
        document.getElementById('f9')!.parentElement!.remove();
        document.getElementById('f8')!.insertAdjacentHTML('beforebegin', '<label for="f8">Nouveau nom</label>');
        await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver is told
      },
    });
    expect(report.fields).toHaveLength(9);
    expect(report.fields.at(-1)!.label).toBe('Nouveau nom');
  });

  it('answers with the default pause (a macrotask) and matches the fields collected at once', async () => {
    document.body.innerHTML = `${form(40)}<div hidden><input id="cache"></div><input type="hidden"><button>Envoyer</button>`;
    const report = PageReport.parse(await buildPageReport(document, page.portal, page.services));
    expect(report.fields.map((f) => f.key)).toEqual(fieldElements(document).map((el) => `#${el.id}`));
    expect(report.official).toBe(true);
  });
});
