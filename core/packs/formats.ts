import type { FieldFormat } from './schema';

/**
 * Gentle format checks for known fields (G2), computed locally. The caller passes what
 * is typed and gets a verdict back; nothing here keeps, logs or returns the text itself.
 * Verdicts map to plain-language hints in locales/<lang>/guidance.json (`format.<verdict>`).
 */
export type FormatVerdict =
  | 'ok'
  | 'empty'
  | 'not-digits'
  | 'too-short'
  | 'too-long'
  | 'bad-key'
  | 'bad-iban'
  | 'bad-date'
  | 'minutes'
  | 'bad-amount';

const compact = (text: string) => text.replace(/[\s.\u00a0-]/g, '');

function digitsOfLength(text: string, length: number): FormatVerdict {
  if (!/^\d*$/.test(text)) return 'not-digits';
  if (text.length < length) return 'too-short';
  return text.length > length ? 'too-long' : 'ok';
}

/** NIR without its key: 13 characters, digits except Corsica's 2A / 2B department. */
function nir(text: string): FormatVerdict {
  const corsica = /^\d{5}2[ab]/i.test(text) ? `${text.slice(0, 5)}20${text.slice(7)}` : text;
  return digitsOfLength(corsica, 13);
}

function nirKey(text: string): FormatVerdict {
  const verdict = digitsOfLength(text, 2);
  if (verdict !== 'ok') return verdict;
  const key = Number(text);
  return key >= 1 && key <= 97 ? 'ok' : 'bad-key';
}

/** ISO 13616: move the first 4 characters to the end, letters → numbers, remainder 1 mod 97. */
function iban(text: string): FormatVerdict {
  const code = text.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(code)) return 'bad-iban';
  if (code.startsWith('FR') && code.length !== 27) return code.length < 27 ? 'too-short' : 'too-long';
  if (code.length < 15 || code.length > 34) return 'bad-iban';
  let rest = 0;
  for (const char of code.slice(4) + code.slice(0, 4)) {
    const n = Number.parseInt(char, 36);
    rest = (n > 9 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest === 1 ? 'ok' : 'bad-iban';
}

/** jj/mm/aaaa (also with - or . or spaces), a real calendar date. */
function date(text: string): FormatVerdict {
  const m = /^(\d{1,2})[/.\s-](\d{1,2})[/.\s-](\d{4})$/.exec(text.trim());
  if (!m) return 'bad-date';
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1]! ? 'ok' : 'bad-date';
}

/** Whole hours (France Travail: "sans les minutes"). */
function wholeNumber(text: string): FormatVerdict {
  if (/[h:,.]\s*\d/i.test(text)) return 'minutes';
  return /^\d+$/.test(compact(text)) ? 'ok' : 'not-digits';
}

function amount(text: string): FormatVerdict {
  return /^\d+([,.]\d{1,2})?$/.test(text.replace(/[\s\u00a0€]/g, '')) ? 'ok' : 'bad-amount';
}

/** The verdict for `typed` in a field of `format`. An empty field gets no hint. */
export function checkFormat(format: FieldFormat, typed: string): FormatVerdict {
  if (typed.trim() === '') return 'empty';
  const text = compact(typed);
  switch (format) {
    case 'nir': return nir(text);
    case 'nir-key': return nirKey(text);
    case 'tax-number': return digitsOfLength(text, 13);
    case 'iban': return iban(text);
    case 'date': return date(typed);
    case 'otp6': return digitsOfLength(text, 6);
    case 'postal-code': return digitsOfLength(text, 5);
    case 'whole-number': return wholeNumber(typed);
    case 'amount': return amount(typed);
  }
}
