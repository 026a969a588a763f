import * as z from 'zod/mini';

/**
 * The glossary (packs/glossary/<lang>.json): words of the administration explained in plain
 * French. Public content only. The background holds it; the page gets the compact list of
 * forms to find (`GlossaryTerm`) and asks for one explanation at a time.
 */
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const text = z.string().check(z.minLength(1));

export const GlossaryEntry = z.object({
  /** Stable id, kebab-case (what "Je connais ce mot" remembers). */
  id,
  /** The word as shown on the card. */
  term: text,
  /** Other ways portals write it (long form, old name, acronym). */
  aliases: z.array(text),
  /** Ambiguous acronyms (ARE, ASS, AF, CSS…) that match only as written, in capitals. */
  caps: z.optional(z.array(text)),
  /** The explanation: short sentences, "vous", no unexplained acronym (checked by the text linter). */
  plain: text,
  example: z.optional(text),
  /** The word names personal data (a number, a paper): the card adds a confidentiality line. */
  sensitive: z.boolean(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Glossary = z.object({
  version: z.literal(1),
  lang: z.string(),
  /** Where the words come from and how they were written (for maintainers). */
  source: z.string(),
  terms: z.array(GlossaryEntry),
});
export type Glossary = z.infer<typeof Glossary>;

/** What the page needs to find terms: no explanation text (it stays in the background). */
export const GlossaryTerm = z.object({
  id: z.string(),
  term: z.string(),
  aliases: z.array(z.string()),
  caps: z.array(z.string()),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

/** One card: what "glossary.entry" answers. */
export const GlossaryCard = z.object({
  id: z.string(),
  term: z.string(),
  plain: z.string(),
  example: z.nullable(z.string()),
  sensitive: z.boolean(),
});
export type GlossaryCard = z.infer<typeof GlossaryCard>;

/** The compact list for the page. */
export function compactTerms(glossary: Glossary): GlossaryTerm[] {
  return glossary.terms.map(({ id, term, aliases, caps }) => ({ id, term, aliases, caps: caps ?? [] }));
}

/** The card of one term, or null. */
export function cardOf(glossary: Glossary, termId: string): GlossaryCard | null {
  const entry = glossary.terms.find((t) => t.id === termId);
  return entry ? { id: entry.id, term: entry.term, plain: entry.plain, example: entry.example ?? null, sensitive: entry.sensitive } : null;
}
