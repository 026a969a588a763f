import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { REMINDER_TOPICS, reminderKeys, type TypistNow } from '../../core/privacy/reminders';
import { WORKER_REMINDERS } from '../../core/privacy/worker-reminders';
import { NOTICE_QUESTION, noticeLines } from '../../core/session/notice';
import { UI_TERMS, termVariantsIn, type UiLanguage } from '../../core/text/ui-terms';
import { addressesWorker, contradictsTypist } from '../../core/text/voice';
import { collectTexts } from './text-lint';

/**
 * One voice per audience (issue 9, item 2). Every string a person can see on their page
 * during a session speaks to the person, never to the worker, in French and English; no
 * line contradicts the "Qui tape ?" badge; our own UI words have one form each.
 *
 * Which keys a person can see is derived, not listed: the runtime imports of the code that
 * runs in portal pages (overlay/, the content script and the lazy parts), followed into
 * components/, core/ and lib/; every string literal there that is a locale key, and every
 * key under a `t(`prefix.${…}`)` prefix. A key added to the overlay is checked at once.
 */
const ROOT = join(import.meta.dirname, '../..');
const LANGS: readonly UiLanguage[] = ['fr', 'en'];

const catalog = (lang: string, pages: boolean) =>
  Object.assign(
    {},
    ...readdirSync(join(ROOT, 'locales', lang))
      .filter((f) => f.endsWith('.json') && f.endsWith('.pages.json') === pages)
      .map((f) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, f), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
const overlayCatalog = { fr: catalog('fr', false), en: catalog('en', false) };
const pagesCatalog = { fr: catalog('fr', true), en: catalog('en', true) };
const fill = (text: string) => text.replace(/\{(\w+)\}/g, 'Déclarer vos ressources à la CAF');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative runtime imports of a file (`import type` brings no string to the page). */
function importsOf(file: string): string[] {
  const code = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"?]+)['"]/gm), ...code.matchAll(/\bimport\(\s*['"](\.[^'"?]+)['"]\s*\)/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = join(dirname(file), spec);
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => /\.tsx?$/.test(p) && existsSync(join(ROOT, p)));
    return found ? [relative(ROOT, join(ROOT, found))] : [];
  });
}

/** Every file that runs in a portal page: overlay/, the content script, the lazy parts, and what they import. */
function pageCode(): Set<string> {
  const start = [...sourceFiles('overlay'), ...sourceFiles('entrypoints/portal.content'), ...sourceFiles('entrypoints').filter((f) => /^entrypoints\/part-[\w-]+\.ts$/.test(f))];
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importsOf(file));
  }
  return seen;
}

const PAGE_CODE = pageCode();
const allKeys = new Set([...Object.keys(overlayCatalog.fr), ...Object.keys(pagesCatalog.fr)]);

/** The locale keys the page code names: literals that are keys, and keys under a template prefix. */
function keysNamedBy(files: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    for (const m of code.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)) if (allKeys.has(m[1]!)) keys.add(m[1]!);
    for (const m of code.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) for (const key of allKeys) if (key.startsWith(m[1]!)) keys.add(key);
  }
  return keys;
}

const PERSON_KEYS = keysNamedBy(PAGE_CODE);
const TYPISTS: readonly TypistNow[] = [null, 'person', 'worker'];

/** Every line of the reminders, for each typist it can be shown with (a secret field's focus gives the keyboard to the person). */
const reminderSituations = REMINDER_TOPICS.flatMap((topic) =>
  TYPISTS.filter((typist) => topic.kind !== 'secret' || typist !== 'worker').map((typist) => ({ topic, typist, keys: reminderKeys(topic, typist) })),
);

describe('the strings a person sees on their page', () => {
  it('are derived from the page code: enough of them, every phase of a session among them', () => {
    expect(PAGE_CODE.has('overlay/features/session-cues.tsx')).toBe(true);
    expect(PAGE_CODE.has('core/session/notice.ts')).toBe(true);
    expect(PERSON_KEYS.size).toBeGreaterThan(80);
    const phases = [
      'session.badge.notice', 'session.badge.scope', 'session.typist.person', 'session.typist.worker', 'session.cue.yourTurn',
      'session.cue.pointer', 'session.stopped', 'guidance.walk.papers', 'guidance.walk.confidential', 'guidance.help.what', 'guidance.format.too-short',
      NOTICE_QUESTION, ...noticeLines('x').map((l) => l.key), ...reminderSituations.flatMap((s) => s.keys),
    ];
    expect(phases.filter((key) => !PERSON_KEYS.has(key))).toEqual([]);
  });

  it('never include the worker\'s strings: no side-panel key, no worker reminder is reachable from the page code', () => {
    expect(PAGE_CODE.has('core/privacy/worker-reminders.ts')).toBe(false);
    expect([...PERSON_KEYS].filter((key) => key in pagesCatalog.fr)).toEqual([]);
    expect(WORKER_REMINDERS.filter(({ key }) => !(key in pagesCatalog.fr) || PERSON_KEYS.has(key))).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`speak to the person, never to the worker (${lang})`, () => {
      const offenders = [...PERSON_KEYS].flatMap((key) => {
        const rule = addressesWorker(fill(overlayCatalog[lang][key] ?? ''), lang);
        return rule ? [`${key}: ${rule.id} « ${overlayCatalog[lang][key]} »`] : [];
      });
      expect(offenders).toEqual([]);
    });

    it(`never contradict the "Qui tape ?" badge (${lang})`, () => {
      const offenders: string[] = [];
      for (const typist of ['person', 'worker'] as const) {
        const badge = [`session.typist.${typist}`, `session.typist.switch.${typist === 'person' ? 'toWorker' : 'toPerson'}`];
        // The badge itself, and the cue "C'est à vous" that comes when the keyboard comes to the person.
        const shown = [...(typist === 'person' ? ['session.cue.yourTurn'] : []), ...reminderSituations.filter((s) => s.typist === typist).flatMap((s) => s.keys)];
        for (const key of shown) if (contradictsTypist(overlayCatalog[lang][key]!, typist, lang)) offenders.push(`${typist}: ${key}`);
        if (contradictsTypist(overlayCatalog[lang][badge[0]!]!, typist, lang)) offenders.push(`${typist}: ${badge[0]}`);
      }
      expect(offenders).toEqual([]);
    });
  }

  it('from the guide packs and the glossary (step card, field help, word cards) speak to the person too, and never say who types', () => {
    const texts = collectTexts().texts.filter((t) => t.kind !== 'locale' && !t.where.endsWith('.workerNote'));
    expect(texts.length).toBeGreaterThan(300);
    const worker = texts.flatMap((t) => (addressesWorker(t.text, 'fr') ? [`${t.where}: ${addressesWorker(t.text, 'fr')!.id} « ${t.text} »`] : []));
    expect(worker).toEqual([]);
    // A step card is on screen whoever types: its confidentiality note must suit both.
    const notes = texts.filter((t) => t.where.endsWith('.confidentiality'));
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.filter((t) => contradictsTypist(t.text, 'person', 'fr') || contradictsTypist(t.text, 'worker', 'fr')).map((t) => t.where)).toEqual([]);
  });

  it('the worker\'s step notes (workerNote) are worker lines indeed, kept off the person\'s card', () => {
    const notes = collectTexts().texts.filter((t) => t.where.endsWith('.workerNote'));
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.filter((t) => !addressesWorker(t.text, 'fr')).map((t) => t.where)).toEqual([]);
  });
});

describe('the voice rules can fail', () => {
  it.each([
    ['fr', 'Vous accompagnez la personne ? Regardez ailleurs pendant la saisie.'],
    ['fr', "C'est la personne qui tape son numéro."],
    ['fr', "La personne tape seule son mot de passe. Si quelqu'un l'aide, il regarde ailleurs."],
    ['fr', 'Accompagnant : regardez ailleurs.'],
    ['fr', 'Laissez la personne taper ses codes.'],
    ['en', 'Are you helping this person? Please look away while this is typed.'],
    ['en', 'The person types their password alone.'],
  ] as const)('%s: %s', (lang, text) => expect(addressesWorker(text, lang)).not.toBeNull());

  it.each([
    ['fr', 'Votre accompagnant vous montre ce champ.'],
    ['fr', 'Vous pouvez demander à votre accompagnant de regarder ailleurs.'],
    ['fr', "L'attestation d'hébergement est une lettre signée par la personne qui vous loge."],
    ['fr', 'Personne d\'autre ne doit voir votre mot de passe.'],
    ['en', 'You can ask your helper to look away.'],
    ['en', 'Your helper is showing you this field.'],
  ] as const)('allowed, %s: %s', (lang, text) => expect(addressesWorker(text, lang)).toBeNull());

  it('finds a contradiction with the badge', () => {
    expect(contradictsTypist("C'est la personne qui tape son numéro.", 'worker', 'fr')).toBe(true);
    expect(contradictsTypist('À vous de taper.', 'worker', 'fr')).toBe(true);
    expect(contradictsTypist('Votre accompagnant tape ce numéro pour vous.', 'person', 'fr')).toBe(true);
    expect(contradictsTypist('Your helper types this number for you.', 'person', 'en')).toBe(true);
    expect(contradictsTypist('It is your turn to type.', 'worker', 'en')).toBe(true);
    expect(contradictsTypist('Votre accompagnant tape ce numéro pour vous.', 'worker', 'fr')).toBe(false);
  });
});

describe('one word for one thing (core/text/ui-terms.ts)', () => {
  const texts: Record<UiLanguage, { where: string; text: string }[]> = {
    fr: [
      ...Object.entries({ ...overlayCatalog.fr, ...pagesCatalog.fr }).map(([key, text]) => ({ where: key, text })),
      // Pack and glossary texts people read, and the worker's step notes; not the glossary's forms to find (a portal's own words).
      ...collectTexts().texts.filter((t) => t.kind !== 'locale'),
    ],
    en: Object.entries({ ...overlayCatalog.en, ...pagesCatalog.en }).map(([key, text]) => ({ where: key, text })),
  };

  for (const lang of LANGS) {
    it(`no other form of our UI words in any string (${lang})`, () => {
      const found = texts[lang].flatMap((t) => termVariantsIn(t.text, lang).map((v) => `${t.where}: « ${v.variant} » → « ${UI_TERMS.find((u) => u.id === v.id)!.term[lang]} »`));
      expect(found).toEqual([]);
    });

    it(`each UI word is in use, in its one form (${lang})`, () => {
      const all = texts[lang].map((t) => t.text.toLowerCase()).join('\n');
      expect(UI_TERMS.filter((u) => !all.includes(u.term[lang].toLowerCase())).map((u) => u.id)).toEqual([]);
    });
  }

  it('catches a variant whatever its case and accents', () => {
    expect(termVariantsIn('PIECES A PREPARER', 'fr')).toEqual([{ id: 'papers', variant: 'pièces à préparer' }]);
    expect(termVariantsIn('Pièce d\'identité', 'fr')).toEqual([]);
    expect(termVariantsIn('Only give it on the official website.', 'en').map((v) => v.id)).toEqual(['official-site']);
  });
});
