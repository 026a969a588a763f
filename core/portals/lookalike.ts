import { parse } from 'tldts';
import { editDistance, foldLabel, mixesScripts, skeleton, toUnicodeHost } from './host-text';
import {
  BRAND_WORDS,
  FOREIGN_GOUV_DOMAINS,
  GOUV_WORDS,
  NEAR_MISS_WORDS,
  RELATED_OFFICIAL_DOMAINS,
  SCAM_VOCABULARY,
  SHARED_PARENTS,
} from './lookalike-words';
import { hostMatches, normalizeHostname, officialRegistry } from './registry';
import type { PortalRegistry } from './registry-schema';

export type LookalikeReason = 'brand-word' | 'gouv-outside-gouv-fr' | 'edit-distance' | 'punycode' | 'mixed-script' | 'official-as-subdomain';

export interface HostAssessment {
  verdict: 'official' | 'lookalike' | 'unknown';
  /** The signals that fired, in a fixed order; empty unless `lookalike`. */
  reasons: LookalikeReason[];
  /** The registry portal the host imitates, when one can be named. */
  imitates: string | null;
}

const UNKNOWN: HostAssessment = { verdict: 'unknown', reasons: [], imitates: null };
const REASON_ORDER: LookalikeReason[] = ['official-as-subdomain', 'brand-word', 'gouv-outside-gouv-fr', 'edit-distance', 'punycode', 'mixed-script'];

/**
 * Is this host an official portal, a site that imitates one, or just another site?
 * Pure and local: the hostname is looked at, never stored or sent.
 *
 * Decisions (see ARCHITECTURE.md "Look-alike guard"):
 * - hosts under the real `gouv.fr` suffix are never flagged: only State bodies can register
 *   there, and prefectures or ministries (not on our list) must not raise alarms;
 * - brand words are matched on whole words of the label (split on `-` and on a small
 *   scam vocabulary), never as bare substrings: `cafe`, `restaurants`, `ameliorer` are fine;
 * - edit distance (1 for labels of 5–9 letters, 2 from 10) compares with official labels
 *   of at least 5 letters; `caf`, `msa`, `ants` are too short to compare safely.
 */
export function assessHost(hostname: string, registry: PortalRegistry = officialRegistry): HostAssessment {
  const host = normalizeHostname(bareHost(hostname.trim()));
  if (!host) return UNKNOWN;
  if (registry.portals.some((portal) => portal.hosts.some((pattern) => hostMatches(pattern, host)))) {
    return { verdict: 'official', reasons: [], imitates: null };
  }
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp || !parsed.domain || !parsed.publicSuffix || parsed.domainWithoutSuffix === null) return UNKNOWN;
  if (isUnder(parsed.domain, 'gouv.fr') || RELATED_OFFICIAL_DOMAINS.includes(parsed.domain)) return UNKNOWN;
  if (FOREIGN_GOUV_DOMAINS.includes(parsed.domain) || /(^|\.)(gouv|gov)(\.|$)/.test(parsed.publicSuffix)) return UNKNOWN;

  const found = new Findings();
  const unicodeLabels = toUnicodeHost(host).split('.');
  const ownLabels = unicodeLabels.slice(0, unicodeLabels.length - parsed.publicSuffix.split('.').length);
  if (host.split('.').some((label) => label.startsWith('xn--')) || /[^\x00-\x7f]/.test(host)) found.add('punycode');
  if (ownLabels.some(mixesScripts)) found.add('mixed-script');

  const tables = tablesFor(registry);
  checkOfficialAsSubdomain(host, tables, found);
  ownLabels.forEach((label) => checkGouv(label, found));
  // A brand word standing alone is suspect on .fr, or next to a fake "gouv" (impots.gouv.org).
  const fakeGouv = found.has('gouv-outside-gouv-fr');
  const onFr = /(^|\.)fr$/.test(parsed.publicSuffix);
  ownLabels.forEach((label, index) => {
    const isRegistrable = index === ownLabels.length - 1;
    checkBrandWords(label, fakeGouv || (isRegistrable && onFr), found);
    checkEditDistance(label, isRegistrable, tables, found);
  });
  return found.verdict();
}

/** Accepts a full address too (`https://ameli-frconnect.fr/x`, `host:443`): its host name only. */
function bareHost(input: string): string {
  if (!/[/:@]/.test(input)) return input;
  try {
    return new URL(input.includes('://') ? input : `https://${input}`).hostname;
  } catch {
    return '';
  }
}

/** Collects the signals; `punycode` alone (an accented name like café.fr) is not a look-alike. */
class Findings {
  private reasons = new Set<LookalikeReason>();
  private portals: Array<[number, string]> = [];

  add(reason: LookalikeReason, portal: string | null = null, priority = 9): void {
    this.reasons.add(reason);
    if (portal) this.portals.push([priority, portal]);
  }

  has(reason: LookalikeReason): boolean {
    return this.reasons.has(reason);
  }

  verdict(): HostAssessment {
    const strong = [...this.reasons].some((r) => r !== 'punycode');
    if (!strong) return UNKNOWN;
    const reasons = REASON_ORDER.filter((r) => this.reasons.has(r));
    const imitates = [...this.portals].sort((a, b) => a[0] - b[0])[0]?.[1] ?? null;
    return { verdict: 'lookalike', reasons, imitates };
  }
}

function isUnder(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

// ---- official host used as a subdomain: www.caf.fr.example.com, ants.gouv.fr-dossier.com

function checkOfficialAsSubdomain(host: string, tables: Tables, found: Findings): void {
  for (const [domain, portal] of tables.officialDomains) {
    const at = host.indexOf(domain);
    if (at < 0 || (at > 0 && host[at - 1] !== '.')) continue;
    const next = host[at + domain.length];
    if (next === '.' || next === '-') found.add('official-as-subdomain', portal, 0);
  }
}

// ---- words of a label: brand words, gouv, scam vocabulary

type WordKind = 'strong' | 'weak' | 'gouv' | 'vocab' | 'digits';
interface Word {
  kind: WordKind;
  portal: string | null;
}

const LEXICONS = buildLexicons();
/** Longer pieces cannot be words; digit runs longer than this are not worth a glance. */
const LONGEST_WORD = Math.max(...[...LEXICONS.fold.keys()].map((w) => w.length));

function buildLexicons(): { fold: Map<string, Word>; look: Map<string, Word> } {
  const fold = new Map<string, Word>();
  for (const word of SCAM_VOCABULARY) fold.set(word, { kind: 'vocab', portal: null });
  for (const word of GOUV_WORDS) fold.set(word, { kind: 'gouv', portal: null });
  for (const [word, info] of Object.entries(BRAND_WORDS)) fold.set(word, { kind: info.strength, portal: info.portal });
  const look = new Map<string, Word>();
  for (const [word, info] of fold) look.set(skeleton(word), info);
  return { fold, look };
}

/**
 * Splits `tokens` (a label cut on hyphens, joined) into lexicon words, preferring the split
 * with the most brand and gouv words. Words of ≤ 2 letters must sit between hyphens, except
 * "fr". Returns null when the text cannot be covered entirely.
 */
function segment(tokens: string[], lexicon: Map<string, Word>): Word[] | null {
  const text = tokens.join('');
  const bounds = new Set<number>([0]);
  tokens.reduce((at, token) => (bounds.add(at + token.length), at + token.length), 0);
  const best: Array<Word[] | null> = [[], ...Array<null>(text.length).fill(null)];
  const score = (words: Word[]) => words.filter((w) => w.kind !== 'vocab' && w.kind !== 'digits').length;
  for (let i = 0; i < text.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i + 1; j <= Math.min(text.length, i + LONGEST_WORD); j++) {
      const piece = text.slice(i, j);
      const word = /^\d+$/.test(piece) ? { kind: 'digits' as const, portal: null } : lexicon.get(piece);
      if (!word || (piece.length <= 2 && piece !== 'fr' && word.kind !== 'digits' && !(bounds.has(i) && bounds.has(j)))) continue;
      const candidate = [...before, word];
      const current = best[j];
      if (!current || score(candidate) > score(current)) best[j] = candidate;
    }
  }
  return best[text.length] ?? null;
}

/**
 * Segments the label as written (accents and confusable letters folded) and, only when
 * that finds nothing `wanted`, as a skeleton (0→o, rn→m, q→g): a match that needs the
 * skeleton is a visual imitation, reported as edit distance too.
 */
function segmentFor(tokens: string[], wanted: (w: Word) => boolean): { words: Word[]; lookalike: boolean } | null {
  const plain = segment(tokens.map(foldLabel), LEXICONS.fold);
  if (plain?.some(wanted)) return { words: plain, lookalike: false };
  const look = segment(tokens.map(skeleton), LEXICONS.look);
  return look?.some(wanted) ? { words: look, lookalike: true } : null;
}

const isBrand = (w: Word) => w.kind === 'strong' || w.kind === 'weak';

function checkBrandWords(label: string, aloneOnFr: boolean, found: Findings): void {
  const tokens = label.split(/[-_]+/).filter(Boolean);
  // Strong brand words: any run of tokens made of words, one of them the brand.
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const hit = segmentFor(tokens.slice(i, j), (w) => w.kind === 'strong');
      if (hit) reportBrand(hit.words.find((w) => w.kind === 'strong')!, hit.lookalike, found);
    }
  }
  // Weak brand words: the whole label is the brand plus scam vocabulary (or alone on .fr).
  const hit = segmentFor(tokens, isBrand);
  if (hit && (hit.words.length > 1 || aloneOnFr)) reportBrand(hit.words.find(isBrand)!, hit.lookalike, found);
}

function reportBrand(brand: Word, lookalike: boolean, found: Findings): void {
  found.add('brand-word', brand.portal, 1);
  if (lookalike) found.add('edit-distance', brand.portal, 2);
}

function checkGouv(label: string, found: Findings): void {
  for (const token of label.split(/[-_]+/).filter(Boolean)) {
    const hit = segmentFor([token], (w) => w.kind === 'gouv');
    if (!hit) continue;
    found.add('gouv-outside-gouv-fr');
    if (hit.lookalike) found.add('edit-distance');
  }
}

// ---- edit distance to official labels: amelli.fr, franceconect.com, urssaff.fr

function checkEditDistance(label: string, isRegistrable: boolean, tables: Tables, found: Findings): void {
  const tokens = label.split(/[-_]+/).filter(Boolean).map(foldLabel);
  const candidates = new Set([tokens.join('')]);
  // A single word compares alone only when the rest of the label is scam vocabulary.
  if (tokens.length > 1) {
    tokens.forEach((token, i) => {
      const rest = tokens.filter((_, k) => k !== i);
      const plainRest = segment(rest, LEXICONS.fold);
      if (plainRest?.every((w) => w.kind === 'vocab' || w.kind === 'digits')) candidates.add(token);
    });
  }
  for (const candidate of candidates) {
    if (candidate.length < 4 || NEAR_MISS_WORDS.includes(candidate)) continue;
    const candidateSkeleton = skeleton(candidate);
    for (const [official, portal, officialSkeleton] of tables.officialLabels) {
      const max = official.length >= 10 ? 2 : 1;
      if (candidate === official) {
        if (isRegistrable) found.add('brand-word', portal, 1);
        continue;
      }
      const distance = Math.min(editDistance(candidate, official, max), editDistance(candidateSkeleton, officialSkeleton, max));
      if (distance <= max) found.add('edit-distance', portal, 2);
    }
  }
}

// ---- tables derived from the registry (cached per registry object)

interface Tables {
  /** Official registrable names (`caf.fr`, `ants.gouv.fr`, `service-public.fr`) → portal id. */
  officialDomains: Array<[string, string]>;
  /** Official labels of ≥ 5 letters, hyphens removed (`ameli`, `poleemploi`) → portal id, skeleton. */
  officialLabels: Array<[string, string, string]>;
}

const tableCache = new WeakMap<PortalRegistry, Tables>();

function tablesFor(registry: PortalRegistry): Tables {
  const cached = tableCache.get(registry);
  if (cached) return cached;
  const domains = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const portal of registry.portals) {
    for (const pattern of portal.hosts) {
      const host = pattern.replace(/^\*\./, '').replace(/^www\./, '');
      const parsed = parse(host);
      if (!parsed.domain || parsed.domainWithoutSuffix === null || SHARED_PARENTS.includes(host)) continue;
      domains.set(host, portal.id);
      // Labels of shared parents (`interieur`, `laposte`) say nothing about one portal.
      if (SHARED_PARENTS.includes(parsed.domain)) continue;
      const label = parsed.domainWithoutSuffix.replace(/-/g, '');
      if (label.length >= 5) labels.set(label, portal.id);
    }
  }
  const tables: Tables = { officialDomains: [...domains], officialLabels: [...labels].map(([label, id]) => [label, id, skeleton(label)]) };
  tableCache.set(registry, tables);
  return tables;
}
