// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { trustedClick } from '../../tests/support/trusted-events';
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import type { SessionCount } from '../../core/session/accompanied';
import type { StoredStatistics } from '../../core/session/statistics';
import { createPageTranslator } from '../../lib/i18n-pages';
import type { Translator } from '../../lib/i18n';
import { CSV_FILENAME, statisticsCsv } from './csv';
import { createStatisticsPageStore } from './page-store';
import { PACK_TITLES } from './pack-titles';
import { StatisticsPage } from './StatisticsPage';

afterEach(cleanup);
/** French typography puts no-break spaces before : ? ! — compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replaceAll('\u00a0', ' ');
const fr = createPageTranslator('fr');

const row = (count: number, over: Partial<SessionCount> = {}) => ({
  procedure: 'caf-declaration-trimestrielle', category: 'social' as const, month: '2026-10', duration: '15-30-min' as const, completed: true, level: null, ...over, count,
});

// CAF declaration: 12 in October, 3 in November; ANTS identity card: 9 in October, 7 in November;
// a procedure whose pack is gone: 6 in November.
const stats: StoredStatistics = {
  v: 1,
  rows: [
    row(12),
    row(3, { month: '2026-11', completed: false, level: 2 }),
    row(9, { procedure: 'ants-carte-identite', category: 'papiers', duration: 'under-15-min' }),
    row(7, { procedure: 'ants-carte-identite', category: 'papiers', month: '2026-11', level: 4 }),
    row(6, { procedure: 'ancienne-demarche', month: '2026-11', duration: 'over-60-min' }),
  ],
};


function renderPage(over: { stats?: StoredStatistics; i18n?: Translator } = {}) {
  const exported: Array<{ csv: string; filename: string }> = [];
  let clears = 0;
  const i18n = over.i18n ?? fr;
  const store = createStatisticsPageStore({
    read: async () => over.stats ?? stats,
    watch: () => () => undefined,
    clear: async () => void clears++,
    csv: (view) => statisticsCsv(view, i18n),
    download: (csv, filename) => exported.push({ csv, filename }),
  });
  // Already read (the store's own reading is tested in page-store.test.ts).
  store.state.set({ ...store.state.get(), stats: over.stats ?? stats });
  const result = render(<StatisticsPage i18n={i18n} store={store} />);
  return { ...result, exported, clears: () => clears };
}

/** Every whole number written in a data cell of the page's tables and in the chart. */
function numbersShown(container: Element): number[] {
  const texts = [...container.querySelectorAll('td, .stats__bar-value, .stats__chart-words li')].map((e) => e.textContent ?? '');
  // Years and the "moins de 5" marker are not counts.
  return texts.flatMap((text) => [...text.replace(/\b(19|20)\d\d\b/g, '').replaceAll('moins de 5', '').matchAll(/\d+/g)].map((m) => Number(m[0])));
}

describe('StatisticsPage (options page)', () => {
  it('explains what is counted, in plain words, under the title', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Statistiques des accompagnements');
    expect(screen.getByText(/seulement des nombres/)).toBeTruthy();
    expect(screen.getByText(/restent sur cet ordinateur/)).toBeTruthy();
    expect(screen.getByText(/pas de nom, pas d'heure, pas de note/)).toBeTruthy();
    expect(screen.getByText(/plus petit que 5 est caché/)).toBeTruthy();
  });

  it('shows the procedures × months table with French months, titles, row and column headers', () => {
    renderPage();
    const table = screen.getByRole('table', { name: 'Nombre de sessions terminées, par démarche et par mois' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Démarche', 'octobre 2026', 'novembre 2026', 'Total']);
    const rowHeaders = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowHeaders).toEqual(['ancienne-demarche', PACK_TITLES['ants-carte-identite'], PACK_TITLES['caf-declaration-trimestrielle'], 'Total']);
    expect(PACK_TITLES['caf-declaration-trimestrielle']).toBe('Déclarer vos ressources à la CAF');
    for (const th of table.querySelectorAll('th')) expect(th.getAttribute('scope')).toMatch(/^(row|col)$/);
    // The CAF November 3 is "moins de 5"; cells that would give it back are "caché".
    const caf = within(table).getByRole('rowheader', { name: 'Déclarer vos ressources à la CAF' }).closest('tr')!;
    expect([...caf.querySelectorAll('td')].map((td) => td.textContent)).toContain('moins de 5');
    expect(table.textContent).toContain('caché');
  });

  it('never shows a number under 5, in the tables or the chart', () => {
    const { container } = renderPage();
    const numbers = numbersShown(container);
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.filter((n) => n < 5)).toEqual([]);
    const legend = container.querySelector('.stats__legend')!.textContent!;
    expect(container.textContent!.replace(legend, '')).not.toMatch(/\b[0-4] sessions?\b/);
  });

  it('draws one bar per month whose total is shown, with the same numbers in words', () => {
    const { container } = renderPage();
    const svg = screen.getByRole('img', { name: 'Graphique en barres des sessions par mois.' });
    const bars = svg.querySelectorAll('rect');
    const words = [...container.querySelectorAll('.stats__chart-words li')].map((li) => plain(li.textContent));
    expect(words).toEqual(['octobre 2026 : 21 sessions', 'novembre 2026 : 16 sessions']);
    expect(bars.length).toBe(2);
    expect([...svg.querySelectorAll('.stats__bar-value')].map((t) => t.textContent)).toEqual(['21', '16']);
  });

  it('shows the breakdowns: duration, finished or not, autonomy level', () => {
    renderPage();
    for (const name of ['Durée de la session', 'Démarche terminée pendant la session', "Niveau d'autonomie numérique"]) {
      expect(screen.getByRole('table', { name })).toBeTruthy();
    }
    const done = screen.getByRole('table', { name: 'Démarche terminée pendant la session' });
    // 34 yes, 3 no: "no" is under 5, so "yes" is hidden too; the total stays.
    expect([...done.querySelectorAll('td.stats__cell')].map((td) => td.textContent)).toEqual(['caché', 'moins de 5', '37']);
  });

  it('exports a CSV: BOM, semicolons, the file name, <5 for small numbers, no small number', () => {
    const { exported } = renderPage();
    trustedClick(screen.getByRole('button', { name: 'Exporter en CSV (fichier pour tableur)' }));
    expect(exported.length).toBe(1);
    const { csv, filename } = exported[0]!;
    expect(filename).toBe(CSV_FILENAME);
    expect(filename).toBe('statistiques-cote-a-cote.csv');
    expect(csv.startsWith('\uFEFFDémarche;octobre 2026;novembre 2026;Total\r\n')).toBe(true);
    expect(csv).toContain('<5');
    expect(csv).toContain('Déclarer vos ressources à la CAF;');
    const cells = csv.slice(1).split(/\r\n/).flatMap((line) => line.split(';'));
    const numbers = cells.filter((c) => /^\d+$/.test(c)).map(Number);
    expect(numbers.filter((n) => n < 5)).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Le fichier est dans vos téléchargements.');
  });

  it('ignores a synthetic click (our UI acts on real clicks only)', () => {
    const { exported } = renderPage();
    act(() => void screen.getByRole('button', { name: 'Exporter en CSV (fichier pour tableur)' }).dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(exported).toEqual([]);
  });

  it('asks before erasing: the question takes the focus, "Non" comes first and cancels', async () => {
    const page = renderPage();
    trustedClick(screen.getByRole('button', { name: 'Effacer les statistiques' }));
    const group = screen.getByRole('group');
    expect(plain(document.activeElement?.textContent)).toBe('Voulez-vous vraiment effacer tous les nombres ? Vous ne pourrez pas les récupérer.');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Non, annuler', 'Oui, tout effacer']);
    trustedClick(within(group).getByRole('button', { name: 'Non, annuler' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(page.clears()).toBe(0);
    trustedClick(screen.getByRole('button', { name: 'Effacer les statistiques' }));
    trustedClick(screen.getByRole('button', { name: 'Oui, tout effacer' }));
    await act(async () => undefined);
    expect(page.clears()).toBe(1);
    expect(await screen.findByText('Les statistiques sont effacées.')).toBeTruthy();
  });

  it('empty: says there is no finished session yet, no table, no export', () => {
    renderPage({ stats: { v: 1, rows: [] } });
    expect(screen.getByText('Pas encore de session terminée.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: /Exporter en CSV/ })).toBeNull();
  });

  it('fewer than 5 sessions in all: everything hidden, no bar', () => {
    const { container } = renderPage({ stats: { v: 1, rows: [row(2), row(1, { month: '2026-11' })] } });
    expect(screen.getByText('Sessions terminées en tout : moins de 5')).toBeTruthy();
    expect(numbersShown(container)).toEqual([]);
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.getByText(/Pas de graphique/)).toBeTruthy();
  });

  it('reads in English too, with the same hiding', () => {
    const { container } = renderPage({ i18n: createPageTranslator('en') });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Accompanied sessions statistics');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent).slice(0, 4)).toEqual(['Procedure', 'October 2026', 'November 2026', 'Total']);
    expect(numbersShown(container).filter((n) => n < 5)).toEqual([]);
  });
});
