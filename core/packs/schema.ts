import * as z from 'zod/mini';
import { Sensitivity } from '../privacy/sensitivity';

/**
 * The shape of a guide pack (`packs/<portal>/<id>.json`): public guidance for one
 * procedure. This file is only the structure — it is also the response schema of
 * `pack.forPage`, so it ships in the content script and stays small. The cross-checks
 * (links on official hosts, page references, generated ids…) and the French error
 * messages for pack authors live in `validate.ts` / `errors.ts`, background only.
 */

const text = z.string().check(z.trim(), z.minLength(1));
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** One way to find an element. Exactly one of the kinds is set (checked by validate.ts). */
export const Selector = z.strictObject({
  css: z.optional(text),
  /** Accessible name / label text, compared accent- and case-folded (prefix of the name). */
  label: z.optional(text),
  name: z.optional(text),
  autocomplete: z.optional(text),
  /** aria-label or aria-labelledby text, compared folded and whole. */
  aria: z.optional(text),
  /** A stable, human-made id (generated ids like `input-35` are refused). */
  id: z.optional(text),
  /** Why this selector, for the next pack author. */
  note: text,
});

/** Ordered: the first selector that finds exactly one element wins. */
export const SelectorSet = z.array(Selector).check(z.minLength(1), z.maxLength(6));

export const FieldFormat = z.enum(['nir', 'nir-key', 'tax-number', 'iban', 'date', 'otp6', 'postal-code', 'whole-number', 'amount']);

export const PackPage = z.strictObject({
  id: slug,
  /** `https://host/path` globs; `*` = any characters; `?k=v` and `#route` parts optional. */
  urlPatterns: z.array(text).check(z.minLength(1)),
  note: text,
});

export const FieldHelp = z.strictObject({
  what: text,
  example: z.optional(text),
  /** "Où trouver ce numéro ?": where it is on the person's papers. */
  where: z.optional(text),
  why: z.optional(text),
});

export const PackField = z.strictObject({
  id: slug,
  page: slug,
  selectors: SelectorSet,
  help: FieldHelp,
  format: z.optional(FieldFormat),
  /** Wins over the classifier for this field (services.sensitivityOverride). */
  sensitivity: z.optional(Sensitivity),
});

export const Advance = z.strictObject({
  /** click: the person clicks the target; input: fills it; navigation: the page changes; manual: "Suivant". */
  on: z.enum(['click', 'input', 'navigation', 'manual']),
});

export const PackStep = z.strictObject({
  id: slug,
  page: slug,
  title: text,
  body: text,
  target: z.optional(SelectorSet),
  advance: Advance,
  /**
   * A confidentiality note for the person, on their step card: it speaks to them ("vous")
   * and never says who types (the reminders derive that from the session, core/privacy/reminders.ts).
   */
  confidentiality: z.optional(text),
  /** What the worker keeps in mind at this step (who types, where to look): the side panel only, never the person's page. */
  workerNote: z.optional(text),
});

export const Link = z.strictObject({ url: text, label: text });

export const Pack = z.strictObject({
  schemaVersion: z.literal(1),
  id: slug,
  stage: z.enum(['draft', 'ready']),
  portal: slug,
  title: text,
  /** The procedure in plain words (shown on "Commencer le guide"). */
  procedure: text,
  pages: z.array(PackPage).check(z.minLength(1)),
  /** Papiers à préparer, plain text. */
  papers: z.array(text),
  fields: z.array(PackField),
  steps: z.array(PackStep).check(z.maxLength(12)),
  /** How to leave the portal cleanly (clean desk), or null. */
  logout: z.nullable(Link),
});

export type Selector = z.infer<typeof Selector>;
export type SelectorSet = z.infer<typeof SelectorSet>;
export type FieldFormat = z.infer<typeof FieldFormat>;
export type PackPage = z.infer<typeof PackPage>;
export type PackField = z.infer<typeof PackField>;
export type PackStep = z.infer<typeof PackStep>;
export type Pack = z.infer<typeof Pack>;
