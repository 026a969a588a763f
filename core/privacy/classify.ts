import type { FieldDescription } from './field-description';
import type { Sensitivity } from './sensitivity';
import {
  FRAMEWORK_ID_WORDS,
  IDENTIFIER_RULES,
  PASSWORD,
  PERSONAL_RULES,
  TAX_BOX,
  type Rule,
} from './classify-rules';

/** Lowercase, strip accents, expand "n°"/"no."/"num." to "numero", punctuation → spaces, pad. */
export function fold(text: string): string {
  const expanded = text
    .replace(/\S+@\S+\.\w+/g, ' email ') // "Format attendu : nom@domaine.fr" means an e-mail field, not a name
    .replace(/\bn\s*[°º]\s*/gi, ' numero ')
    .replace(/\b(no|num|nr)\.\s*/gi, ' numero ');
  const folded = expanded
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(no|num) (de|d|du)\b/g, 'numero $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${folded} `;
}

/**
 * True for ids that frameworks generate (`input-35`, `mat-input-2`, `:r1:`, hashes): their
 * letters are noise ("cp9f2" would otherwise read as "code postal").
 */
export function isGeneratedId(value: string): boolean {
  if (/^[:«].*[:»]$/.test(value)) return true;
  if (/^[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}$/i.test(value)) return true;
  if (/^[a-z0-9]{5,}$/i.test(value) && (value.match(/\d+/g) ?? []).length >= 2) return true;
  const words = value.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => FRAMEWORK_ID_WORDS.has(w));
}

/** Words of an identifier: `numOTP1` → "num otp 1", `date_naissance` → "date naissance". */
export function attributeTokens(value: string): string {
  if (!value || isGeneratedId(value)) return '';
  return value
    .replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ')
    .replace(/(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/g, ' ')
    .replace(/[^A-Za-z0-9]+/g, ' ');
}

interface Pass {
  readonly label: string; // folded bare label, for `bareLabel` rules
  readonly text: string; // folded label + hints + attribute tokens
}

function matches(rule: Rule, pass: Pass): boolean {
  const hit = (rule.words?.test(pass.text) ?? false) || (rule.bareLabel?.test(pass.label) ?? false);
  return hit && !(rule.unless?.test(pass.text) ?? false);
}

function firstMatch(rules: readonly Rule[], pass: Pass): Sensitivity | undefined {
  return rules.find((rule) => matches(rule, pass))?.category;
}

// Types whose content can never be a password or a code (the DSFR "Afficher" checkbox is
// labelled "Afficher le mot de passe" and must not become a secret itself).
const CHOICE_TYPES = new Set(['checkbox', 'radio']);
const NO_SECRET_TYPES = new Set([...CHOICE_TYPES, 'select', 'file', 'range', 'color', 'date', 'month', 'week', 'time', 'datetime-local']);
const CHOICE_CATEGORIES = new Set<Sensitivity>(['health', 'income', 'identity']);

/** Signals that beat any label: the page itself says the field holds a secret. */
function strongSignal(d: FieldDescription): Sensitivity | undefined {
  const autocomplete = d.autocomplete.toLowerCase();
  if (d.type === 'password' || /\b(current|new)-password\b/.test(autocomplete)) return 'password';
  // DSFR's "Afficher" switches the input to type=text; its class stays.
  if (/(^|\s)fr-password__input(\s|$)/.test(d.classHints)) return 'password';
  if (/\bone-time-code\b/.test(autocomplete)) return 'one-time-code';
  return undefined;
}

function ownPass(d: FieldDescription): Pass {
  const label = d.accessibleName || d.placeholder || d.nearbyText;
  const tokens = [d.name, d.id].map(attributeTokens).join(' ');
  const words = [d.accessibleName, d.placeholder, d.nearbyText, tokens, d.autocomplete.replace(/-/g, ' ')];
  return { label: fold(label), text: fold(words.join(' ')) };
}

function isDigitBoxGroup(d: FieldDescription): boolean {
  return d.maxLength === 1 && d.groupSize >= 4;
}

function classifyPass(d: FieldDescription, pass: Pass, rules: readonly Rule[]): Sensitivity | undefined {
  const identifiers = rules.filter((r) => IDENTIFIER_RULES.includes(r));
  const found = firstMatch(identifiers, pass);
  if (found) return found;
  if (!NO_SECRET_TYPES.has(d.type) && isDigitBoxGroup(d)) return 'one-time-code';
  if (TAX_BOX.test(`${d.accessibleName} ${d.name} ${d.id}`)) return 'income';
  return firstMatch(rules.filter((r) => PERSONAL_RULES.includes(r)), pass);
}

function rulesFor(type: string): readonly Rule[] {
  const all = [...IDENTIFIER_RULES, ...PERSONAL_RULES];
  if (CHOICE_TYPES.has(type)) return all.filter((r) => CHOICE_CATEGORIES.has(r.category));
  if (NO_SECRET_TYPES.has(type)) return all.filter((r) => r !== PASSWORD && r.category !== 'one-time-code');
  return all;
}

/**
 * What kind of personal data a field asks for, from its description only (never its value).
 * Works on any official portal without a pack: strong page signals first (type, autocomplete,
 * DSFR password class), then the field's own words (secrets, identifiers, bank, health,
 * income, identity, contact), then its fieldset legend, then `type=email/tel`.
 */
export function classifyField(d: FieldDescription): Sensitivity {
  if (!NO_SECRET_TYPES.has(d.type)) {
    const strong = strongSignal(d);
    if (strong) return strong;
  }
  const rules = rulesFor(d.type);
  const own = classifyPass(d, ownPass(d), rules);
  if (own) return own;
  // A legend like "Identifiant et mot de passe" covers the username too: no password from legends.
  const legend = fold(d.legend);
  const fromLegend = firstMatch(rules.filter((r) => r !== PASSWORD), { label: legend, text: legend });
  if (fromLegend) return fromLegend;
  if (d.type === 'email' || d.type === 'tel') return 'contact';
  return 'none';
}
