import { checkFormat, type FormatVerdict } from '../../core/packs/formats';
import type { FieldFormat } from '../../core/packs/schema';

/**
 * THE ONE PLACE in page code that reads what a person typed, for a gentle format hint
 * on blur ("il manque des chiffres"). The text goes straight into a pure local check and
 * only a verdict word comes out: nothing is kept, logged, rendered or sent.
 * tests/contract/conventions.test.ts allows this file, and only this file, to do so.
 */
export function formatVerdict(field: Element, format: FieldFormat): FormatVerdict {
  const typed: unknown = (field as HTMLInputElement).value;
  return typeof typed === 'string' ? checkFormat(format, typed) : 'empty';
}
