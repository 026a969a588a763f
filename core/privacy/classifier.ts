import type { FieldDescription } from './field-description';
import type { Rule, RuleSet } from './rule-set';
import type { Sensitivity } from './sensitivity';

// The classifier engine. It imports no word list (types only): the rules come in as a
// RuleSet — from the background in the content script, from classify-rules.ts elsewhere.

/** Folded texts already seen: a report folds the same labels, hints and placeholders many times. */
const folds = new Map<string, string>();
const FOLDS_KEPT = 4096;

/** Lowercase, strip accents, expand "n°"/"no."/"num." to "numero", punctuation → spaces, pad. */
export function fold(text: string): string {
  if (text === '') return '  ';
  const known = folds.get(text);
  if (known !== undefined) return known;
  if (folds.size >= FOLDS_KEPT) folds.clear();
  const folded = foldOnce(text);
  folds.set(text, folded);
  return folded;
}

function foldOnce(text: string): string {
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
export function isGeneratedId(value: string, frameworkWords: ReadonlySet<string>): boolean {
  if (/^[:«].*[:»]$/.test(value)) return true;
  if (/^[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}$/i.test(value)) return true;
  if (/^[a-z0-9]{5,}$/i.test(value) && (value.match(/\d+/g) ?? []).length >= 2) return true;
  const words = value.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => frameworkWords.has(w));
}

/** Words of an identifier: `numOTP1` → "num otp 1", `date_naissance` → "date naissance". */
export function attributeTokens(value: string, frameworkWords: ReadonlySet<string>): string {
  if (!value || isGeneratedId(value, frameworkWords)) return '';
  return value
    .replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ')
    .replace(/(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/g, ' ')
    .replace(/[^A-Za-z0-9]+/g, ' ');
}

/** One source of words about the field, folded; `label` is what `bareLabel` rules test. */
interface Layer {
  readonly label: string;
  readonly text: string;
  /** Words the person sees (label, placeholder, hints): an `unless` in the page's attributes does not cancel them. */
  readonly seen?: boolean;
}

interface Hit {
  readonly category: Sensitivity;
  /** Where the words start in the layer's text (bare labels: 0). */
  readonly index: number;
  /** Only a bare label ("Code") matched: weaker than words. */
  readonly bare: boolean;
}

function match(rule: Rule, layer: Layer, own: string): Hit | undefined {
  if (rule.unless?.test(own) || rule.unless?.test(layer.text)) return undefined;
  const words = rule.words?.exec(layer.text);
  if (words) return { category: rule.category, index: words.index, bare: false };
  if (rule.bareLabel?.test(layer.label)) return { category: rule.category, index: 0, bare: true };
  return undefined;
}

/** `own`: the words where an `unless` cancels the rule (all the field's own words, or per rule: unlessIn). */
function firstHit(rules: readonly Rule[], layer: Layer, own: string | ((rule: Rule) => string) = layer.text): Hit | undefined {
  for (const rule of rules) {
    const hit = match(rule, layer, typeof own === 'string' ? own : own(rule));
    if (hit) return hit;
  }
  return undefined;
}

const isSecret = (category: Sensitivity | undefined) => category === 'password' || category === 'one-time-code';

// Types whose content can never be a password or a code (the DSFR "Afficher" checkbox is
// labelled "Afficher le mot de passe" and must not become a secret itself).
const CHOICE_TYPES = new Set(['checkbox', 'radio']);
const NO_SECRET_TYPES = new Set([
  ...CHOICE_TYPES, 'select', 'file', 'range', 'color', 'date', 'month', 'week', 'time', 'datetime-local', 'email', 'url', 'search',
]);
const CHOICE_CATEGORIES = new Set<Sensitivity>(['health', 'income', 'identity']);

/** Signals that beat any label: the page itself says what the field holds. */
function strongSignal(d: FieldDescription): Sensitivity | undefined {
  const autocomplete = d.autocomplete.toLowerCase();
  if (d.type === 'password' || /\b(current|new)-password\b/.test(autocomplete)) return 'password';
  // DSFR's "Afficher" switches the input to type=text; its class stays.
  if (/(^|\s)fr-password__input(\s|$)/.test(d.classHints)) return 'password';
  if (/\bone-time-code\b/.test(autocomplete)) return 'one-time-code';
  if (/\bcc-(number|csc|exp|exp-month|exp-year)\b/.test(autocomplete)) return 'bank';
  return undefined;
}

/** The label without its hint ("Numéro fiscal Format attendu : 13 chiffres" → "Numéro fiscal"). */
function headOf(name: string, hint: string, marker: RegExp): string {
  const withoutHint = hint && name.endsWith(hint) ? name.slice(0, -hint.length) : name;
  return withoutHint.split(marker)[0] ?? withoutHint;
}

interface Layers {
  head: Layer;
  /** Words the person sees besides the label: placeholder, the text just before the field. */
  visible: Layer;
  /** Words only the page's code sees: name, id, framework attributes, autocomplete. */
  tokens: Layer;
  hint: Layer;
  /** The group's legend, else its question (radios and checkboxes). */
  legend: Layer;
  /** Heading and instructions around a field with no name. */
  context: Layer;
}

function layersOf(d: FieldDescription, r: RuleSet): Layers {
  // A field named only by its aria-describedby text or a spare title: that text is its name.
  const named = d.accessibleName || d.placeholder || d.nearbyText;
  const name = named || (d.hint ?? '');
  const hint = named ? (d.hint ?? '') : '';
  const headText = headOf(name, hint, r.patterns.hintMarker);
  const head = fold(headText);
  const tokens = [d.name, d.id, ...(d.attributes ?? '').split(/\s+/)].map((value) => attributeTokens(value, r.frameworkIdWords));
  // Folded one by one: the double space between sources stops phrases across them
  // (`name="dateExpiration" id="dateExp"` must not read "expiration date").
  const visible = [d.placeholder, d.nearbyText].map(fold).join('');
  const attributes = [...tokens, d.autocomplete.replace(/-/g, ' ')].map(fold).join('');
  const legend = fold(d.legend || (d.question ?? ''));
  const context = fold(d.context ?? '');
  return {
    head: { label: head, text: head, seen: true },
    visible: { label: '', text: visible, seen: true },
    tokens: { label: '', text: attributes },
    hint: { label: '', text: fold(`${name.slice(headText.length)} ${hint}`), seen: true },
    legend: { label: legend, text: legend },
    context: { label: '', text: context },
  };
}

interface Context {
  readonly r: RuleSet;
  readonly identifiers: readonly Rule[];
  readonly personal: readonly Rule[];
  /** The field's own words (label, hint, attributes), folded. */
  readonly own: string;
  /** The field's own words the person sees (label, placeholder, hint): the visible label wins over a `name`. */
  readonly seen: string;
  /** Everything, legend included. */
  readonly all: string;
  /** What the group's legend asks for, when it names something that is not a secret. */
  readonly legendOrdinary: boolean;
}

/**
 * A secret found in a layer yields to what the layer names first ("Numéro de mobile pour
 * recevoir le code par SMS" is a phone number), a one-time code read beside a card is the
 * card's security code, and a bare "Code" inside an address fieldset is not a secret.
 */
function settle(hit: Hit, layer: Layer, ctx: Context): Sensitivity | undefined {
  if (!isSecret(hit.category)) return hit.category;
  const earlier = firstHit(ctx.personal, layer, unlessIn(layer, ctx));
  if (earlier && earlier.index < hit.index) return earlier.category;
  const card = ctx.r.identifiers.find((rule) => rule.id === 'card');
  if (hit.category === 'one-time-code' && (card?.words?.test(ctx.all) || ctx.r.patterns.cardContext.test(ctx.all))) return 'bank';
  if (hit.bare && ctx.legendOrdinary) return undefined;
  return hit.category;
}

/**
 * Where an `unless` cancels a hit. Personal data in words the person sees is cancelled only
 * by other seen words ("Nom de famille d'usage" stays a name beside `name="preferred_username"`);
 * a secret is cancelled by an `unless` anywhere (label "Code" with `name="codePostal"`): no false secret.
 */
const unlessIn = (layer: Layer, ctx: Context) => (rule: Rule) => (layer.seen && !isSecret(rule.category) ? ctx.seen : ctx.own);

function fromLayer(layer: Layer, ctx: Context, identifiers = ctx.identifiers): Sensitivity | undefined {
  const hit = firstHit(identifiers, layer, unlessIn(layer, ctx));
  const settled = hit ? settle(hit, layer, ctx) : undefined;
  if (settled) return settled;
  return firstHit(ctx.personal, layer, unlessIn(layer, ctx))?.category;
}

function rulesFor(d: FieldDescription, r: RuleSet): { identifiers: readonly Rule[]; personal: readonly Rule[] } {
  const noSecret = NO_SECRET_TYPES.has(d.type) || r.patterns.notSecretAutocomplete.test(d.autocomplete.toLowerCase());
  const keep = (rule: Rule) =>
    (!CHOICE_TYPES.has(d.type) || CHOICE_CATEGORIES.has(rule.category)) && !(noSecret && isSecret(rule.category));
  // An upload's label names a document ("Justificatif de domicile"): only identifiers count.
  const personal = d.type === 'file' ? [] : r.personal.filter(keep);
  return { identifiers: r.identifiers.filter(keep), personal };
}

/** A text-like field beside a "Show password" toggle (or just an eye icon) is a password. */
function revealToggle(d: FieldDescription, ctx: Context, toggle: RegExp): boolean {
  return ctx.identifiers.some((rule) => rule.id === 'password') && toggle.test(fold(d.controls ?? ''));
}

/** One box per digit (France Travail, Ameli, most 2FA screens): nothing else has that shape. */
const digitBoxes = (d: FieldDescription) => d.maxLength === 1 && d.groupSize >= 4;

const numeric = (d: FieldDescription) =>
  d.inputmode === 'numeric' || d.type === 'tel' || d.type === 'number' || /\\d|\[0-9\]/.test(d.pattern);

/** One box per digit, or a short numeric input that speaks of a "code": a one-time code. */
function codeShape(d: FieldDescription, ctx: Context): boolean {
  if (!ctx.identifiers.some((r) => r.category === 'one-time-code') || ctx.legendOrdinary) return false;
  if (digitBoxes(d)) return true;
  const short = d.maxLength !== null && d.maxLength >= 4 && d.maxLength <= 8;
  return numeric(d) && short && ctx.r.patterns.codeWord.test(ctx.all) && !ctx.r.patterns.notACode.test(ctx.all);
}

/**
 * Signals that disagree are weighed: what the page's code calls the field (`name="email-code-0"`)
 * or the text just before an unnamed box ("envoyé sur votre téléphone") yields to a one-time
 * code that the shape of digit boxes, or the hints, heading and instructions the person sees
 * ask for — only for a box shaped like a code (4–8 characters, or named "code"/"otp"/"pin";
 * a phone number is longer or typed tel).
 */
function codeAround(d: FieldDescription, layers: Layers, ctx: Context): boolean {
  const code = ctx.identifiers.find((rule) => rule.category === 'one-time-code');
  if (!code || ctx.legendOrdinary) return false;
  const shown = [layers.hint, layers.context].some((layer) => firstHit([code], layer, ctx.own) !== undefined);
  const named = ctx.r.patterns.codeWord.test(layers.tokens.text);
  // Digit boxes named "dob-0"… with nothing about a code around stay what their name says.
  if (digitBoxes(d)) return shown || named;
  const shortBox = (d.maxLength !== null && d.maxLength >= 4 && d.maxLength <= 8) || named;
  return shortBox && d.type !== 'tel' && shown;
}

const weigh = (found: Sensitivity, d: FieldDescription, layers: Layers, ctx: Context): Sensitivity =>
  !isSecret(found) && codeAround(d, layers, ctx) ? 'one-time-code' : found;

/**
 * What kind of personal data a field asks for, from its description only (never its value).
 * Works on any official portal without a pack: strong page signals first (type, autocomplete,
 * DSFR password class, a reveal toggle), then the field's words layer by layer — its label
 * without the hint, its attributes and placeholder, its hints — then its group's legend,
 * the shape of one-time codes, and `type=email/tel`.
 */
export function createClassifier(r: RuleSet): (d: FieldDescription) => Sensitivity {
  return (d) => classify(d, r);
}

function classify(d: FieldDescription, r: RuleSet): Sensitivity {
  const { identifiers, personal } = rulesFor(d, r);
  const layers = layersOf(d, r);
  const seen = `${layers.head.text}${layers.visible.text}${layers.hint.text}`;
  const own = `${seen}${layers.tokens.text}`;
  const base = { r, identifiers, personal, own, seen, all: `${own}${layers.legend.text}${layers.context.text}` };
  const noPassword = identifiers.filter((rule) => rule.id !== 'password');
  if (!NO_SECRET_TYPES.has(d.type)) {
    const strong = strongSignal(d);
    // type=password labelled "Enter your 6-digit verification code": the label says which secret.
    if (strong === 'password' && fromLayer(layers.head, { ...base, legendOrdinary: false }) === 'one-time-code') return 'one-time-code';
    if (strong) return strong;
  }
  // "Comment souhaitez-vous indiquer la rémunération ?" asks about the form, not the person.
  const aboutForm = r.patterns.formQuestion.test(layers.legend.text);
  // A legend like "Identifiant et mot de passe" covers the username too: no password from legends.
  const legend = aboutForm ? undefined : fromLayer(layers.legend, { ...base, legendOrdinary: false }, noPassword);
  const ctx: Context = { ...base, legendOrdinary: aboutForm || (legend !== undefined && !isSecret(legend)) };
  if (revealToggle(d, ctx, r.patterns.passwordToggle)) return 'password';
  // A radio button's label is one answer ("Bail ou quittance de loyer", "En indiquant le
  // montant"): its legend, or the question before the group, says what the choice reveals.
  if (d.type === 'radio' && (d.legend || d.question)) return legend ?? 'none';
  // Below a label, every word source is weighed against a code the page shows around the
  // field (a field with no label is "named" by the text just before it: weighed too).
  const labelled = d.accessibleName !== '' || d.placeholder !== '';
  for (const layer of [layers.head, layers.visible]) {
    const found = fromLayer(layer, ctx);
    if (found) return labelled ? found : weigh(found, d, layers, ctx);
  }
  const fromTokens = fromLayer(layers.tokens, ctx);
  if (fromTokens) return weigh(fromTokens, d, layers, ctx);
  const fromHint = fromLayer(layers.hint, ctx);
  if (fromHint) return fromHint;
  if (revealToggle(d, ctx, r.patterns.eyeIcon)) return 'password';
  if (legend && !personal.some((rule) => rule.category === legend)) return legend;
  if (codeShape(d, ctx)) return 'one-time-code';
  const fromContext = fromContextLayer(d, layers, ctx, noPassword);
  if (fromContext) return fromContext;
  if (r.patterns.taxBox.test(`${d.accessibleName} ${d.name} ${d.id}`)) return 'income';
  if (legend) return legend;
  if (d.type === 'email' || d.type === 'tel') return 'contact';
  return 'none';
}

/**
 * An unnamed field takes its heading and instructions' words ("Validation en deux étapes",
 * "Coordonnées bancaires"); never a password (a "Mot de passe oublié" page asks for an
 * e-mail), and a one-time code only for a box shaped like one (codeAround).
 */
function fromContextLayer(d: FieldDescription, layers: Layers, ctx: Context, noPassword: readonly Rule[]): Sensitivity | undefined {
  if (codeAround(d, layers, ctx)) return 'one-time-code';
  const found = fromLayer(layers.context, ctx, noPassword);
  return found === 'one-time-code' ? undefined : found;
}
