import { describe, expect, it } from 'vitest';
import type { StoredStatistics } from './statistics';
import { breakdownCsvLines, csvCell, csvLines, toCsv } from './statistics-csv';
import { breakdownOf, tableOf } from './statistics-disclosure';
import { count, statsOfGrid } from './statistics.test-rows';

describe('CSV', () => {
  const labels = { corner: 'Démarche', row: (k: string) => (k === 'p0' ? '=HYPERLINK("x")' : k), col: (k: string) => `mois ${k}`, total: 'Total', masked: 'masqué' };

  it('semicolons, a BOM, a header, <5 and masked cells, never a number under 5', () => {
    const t = tableOf(statsOfGrid([[10, 3], [8, 12]]), { rows: 'procedure', cols: 'month' });
    const csv = toCsv([csvLines(t, labels)]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Démarche;mois 2026-01;mois 2026-02;Total',
      `"'=HYPERLINK(""x"")";masqué;<5;13`,
      'p1;masqué;masqué;20',
      'Total;18;15;33',
    ]);
    const numbers = lines.flatMap((l) => l.split(';')).filter((cell) => /^\d+$/.test(cell)).map(Number);
    expect(numbers).toEqual([13, 20, 18, 15, 33]);
  });

  it('defuses formulas and quotes separators', () => {
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('Envoyer un document')).toBe('Envoyer un document');
  });

  it('writes breakdown blocks after the table, separated by an empty line', () => {
    const stats: StoredStatistics = { v: 1, rows: [{ ...count({ completed: true }), count: 12 }, { ...count({ completed: false }), count: 1 }] };
    const b = breakdownOf(stats, 'completed');
    const csv = toCsv([[['a']], breakdownCsvLines(b, { heading: 'Démarche terminée', key: (k) => (k === 'yes' ? 'Oui' : 'Non'), count: 'Sessions', total: 'Total', masked: 'masqué' })]);
    expect(csv).toBe('\uFEFFa\r\n\r\nDémarche terminée;Sessions\r\nOui;masqué\r\nNon;<5\r\nTotal;13\r\n');
  });
});
