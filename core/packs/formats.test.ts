import { describe, expect, it } from 'vitest';
import { checkFormat } from './formats';

describe('local format checks (verdicts only)', () => {
  it.each([
    ['nir', '1850575999999', 'ok'],
    ['nir', '1 85 05 75 999 999', 'ok'],
    ['nir', '18505 2A 999999', 'ok'],
    ['nir', '185057599999', 'too-short'],
    ['nir', '18505759999999', 'too-long'],
    ['nir', '18505759999X9', 'not-digits'],
    ['nir-key', '42', 'ok'],
    ['nir-key', '98', 'bad-key'],
    ['nir-key', '4', 'too-short'],
    ['tax-number', '3000000000000', 'ok'],
    ['tax-number', '30 00 000 000 000', 'ok'],
    ['tax-number', '300000000000', 'too-short'],
    ['iban', 'FR76 3000 6000 0112 3456 7890 189', 'ok'],
    ['iban', 'fr7630006000011234567890189', 'ok'],
    ['iban', 'FR76 3000 6000 0112 3456 7890 188', 'bad-iban'],
    ['iban', 'FR76 3000 6000 0112 3456 7890', 'too-short'],
    ['iban', 'DE89 3704 0044 0532 0130 00', 'ok'],
    ['iban', 'bonjour', 'bad-iban'],
    ['date', '29/02/2024', 'ok'],
    ['date', '29/02/2023', 'bad-date'],
    ['date', '31/04/2026', 'bad-date'],
    ['date', '2026-04-01', 'bad-date'],
    ['otp6', '123456', 'ok'],
    ['otp6', '12345', 'too-short'],
    ['postal-code', '34000', 'ok'],
    ['whole-number', '35', 'ok'],
    ['whole-number', '35h30', 'minutes'],
    ['whole-number', '35,5', 'minutes'],
    ['whole-number', 'trente', 'not-digits'],
    ['amount', '1 180,50 €', 'ok'],
    ['amount', '1180.5', 'ok'],
    ['amount', '12,345', 'bad-amount'],
    ['nir', '   ', 'empty'],
  ] as const)('%s "%s" → %s', (format, typed, verdict) => {
    expect(checkFormat(format, typed)).toBe(verdict);
  });

  it('returns a verdict word, never the text it was given', () => {
    expect(checkFormat('iban', 'FR7630006000011234567890189')).not.toContain('FR76');
  });
});
