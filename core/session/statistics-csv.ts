import type { Breakdown, Cell, StatTable } from './statistics-disclosure';

/**
 * W3, the export: the published tables (already through statistics-disclosure.ts) as a CSV
 * file for French spreadsheets. Hidden numbers stay hidden: "<5" or the masked label.
 */

export interface CsvLabels {
  /** Heading of the first column (e.g. "Démarche"). */
  corner: string;
  row: (key: string) => string;
  col: (key: string) => string;
  total: string;
  /** Written for a masked number (5 or more, hidden to protect another). */
  masked: string;
}

/** Written for a number under 5. */
export const UNDER_5 = '<5';

/** One CSV cell: quoted when needed, and a leading = + - @ (or tab / return) defused with '. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const cellText = (cell: Cell, labels: CsvLabels) => (cell.kind === 'shown' ? String(cell.value) : cell.kind === 'under-5' ? UNDER_5 : labels.masked);

/** Lines (no BOM) of one table: header, one line per row, the totals line. */
export function csvLines(table: StatTable, labels: CsvLabels): string[][] {
  return [
    [labels.corner, ...table.cols.map(labels.col), labels.total],
    ...table.rows.map((key, i) => [labels.row(key), ...table.cells[i]!.map((c) => cellText(c, labels)), cellText(table.rowTotals[i]!, labels)]),
    [labels.total, ...table.colTotals.map((c) => cellText(c, labels)), cellText(table.total, labels)],
  ];
}

/** Lines of a breakdown: a heading line, then one line per key, then the total. */
export function breakdownCsvLines(b: Breakdown, labels: { heading: string; key: (key: string) => string; count: string; total: string; masked: string }): string[][] {
  const l = { ...labels, corner: '', row: labels.key, col: labels.key };
  return [[labels.heading, labels.count], ...b.keys.map((k, j) => [labels.key(k), cellText(b.cells[j]!, l)]), [labels.total, cellText(b.total, l)]];
}

/**
 * The CSV file for French spreadsheets: UTF-8 with a BOM, semicolons, CRLF; blocks of lines
 * separated by an empty line.
 */
export function toCsv(blocks: string[][][]): string {
  const body = blocks.map((lines) => lines.map((line) => line.map(csvCell).join(';')).join('\r\n')).join('\r\n\r\n');
  return `\uFEFF${body}\r\n`;
}
