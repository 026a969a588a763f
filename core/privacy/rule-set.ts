import * as z from 'zod/mini';
import { Sensitivity } from './sensitivity';

/**
 * The classifier's word lists as data. They live in the background (core/privacy/
 * classify-rules.ts, ~3 KiB gzip) and reach the content script once per page as regex
 * sources (`privacy.rules`), so the 30 KiB content-script budget carries only the engine.
 * Regex sources from our own background are data, not code: no eval, no remote fetch.
 */
export interface Rule {
  /** Stable name, so the engine can find the rules it treats apart ('password', 'card'). */
  readonly id: string;
  readonly category: Sensitivity;
  /** Tested on all the field's own text (names, hints, attribute tokens). */
  readonly words?: RegExp;
  /** Tested on the label alone: for short labels ("Code", "Clé") that mean something only when bare. */
  readonly bareLabel?: RegExp;
  /** A hit is ignored when this also matches (e.g. "immatriculation du véhicule"). */
  readonly unless?: RegExp;
}

const PATTERN_NAMES = [
  'taxBox', 'eyeIcon', 'cardContext', 'codeWord', 'hintMarker', 'notACode', 'notSecretAutocomplete', 'passwordToggle', 'formQuestion',
] as const;
export type PatternName = (typeof PATTERN_NAMES)[number];

export interface RuleSet {
  /** Secrets, identifiers and bank, strongest first. */
  readonly identifiers: readonly Rule[];
  /** Health, income, identity, contact, in that order. */
  readonly personal: readonly Rule[];
  readonly patterns: Readonly<Record<PatternName, RegExp>>;
  /** Framework words that make up generated ids (`input-35`, `mat-input-2`). */
  readonly frameworkIdWords: ReadonlySet<string>;
}

const Pattern = z.object({ source: z.string(), flags: z.string() });
const SerializedRule = z.object({
  id: z.string(),
  category: Sensitivity,
  words: z.optional(Pattern),
  bareLabel: z.optional(Pattern),
  unless: z.optional(Pattern),
});

/** The wire form of a RuleSet (response of `privacy.rules`). */
export const SerializedRuleSet = z.object({
  identifiers: z.array(SerializedRule),
  personal: z.array(SerializedRule),
  patterns: z.record(z.string(), Pattern),
  frameworkIdWords: z.array(z.string()),
});
export type SerializedRuleSet = z.infer<typeof SerializedRuleSet>;

const out = (re: RegExp | undefined) => (re ? { source: re.source, flags: re.flags } : undefined);
const serializeRule = (r: Rule) => ({ id: r.id, category: r.category, words: out(r.words), bareLabel: out(r.bareLabel), unless: out(r.unless) });

/** RuleSet → plain data for a message. */
export function serializeRules(set: RuleSet): SerializedRuleSet {
  return {
    identifiers: set.identifiers.map(serializeRule),
    personal: set.personal.map(serializeRule),
    patterns: Object.fromEntries(PATTERN_NAMES.map((name) => [name, out(set.patterns[name])!])),
    frameworkIdWords: [...set.frameworkIdWords],
  };
}

const compile = (p: { source: string; flags: string } | undefined) => (p ? new RegExp(p.source, p.flags) : undefined);
const compileRule = (r: z.infer<typeof SerializedRule>): Rule => ({
  id: r.id, category: r.category, words: compile(r.words), bareLabel: compile(r.bareLabel), unless: compile(r.unless),
});

/** Plain data → RuleSet. Throws on a missing pattern or a source that is not a regex. */
export function compileRules(data: SerializedRuleSet): RuleSet {
  const patterns = Object.fromEntries(PATTERN_NAMES.map((name) => {
    const pattern = compile(data.patterns[name]);
    if (!pattern) throw new Error(`rule pattern ${name} missing`);
    return [name, pattern];
  })) as Record<PatternName, RegExp>;
  return {
    identifiers: data.identifiers.map(compileRule),
    personal: data.personal.map(compileRule),
    patterns,
    frameworkIdWords: new Set(data.frameworkIdWords),
  };
}
