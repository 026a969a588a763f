import { foldText } from './glossary-match';
import type { UiLanguage } from './ui-terms';

/**
 * One voice per audience. The person's page speaks to the person ("vous"); the worker's
 * lines ("Regardez ailleurs", "Laissez la personne taper…") belong to the side panel.
 * These rules find a person-facing string that speaks to, or about, the worker, and a line
 * that contradicts the "Qui tape ?" badge. Patterns run on folded text (lower case, no
 * accents, one kind of apostrophe). "Votre accompagnant …" stays allowed: it informs the
 * person ("Votre accompagnant vous montre ce champ.").
 */
export interface VoiceRule {
  id: string;
  pattern: RegExp;
  why: string;
}

const fold = (text: string) => foldText(text).replace(/\s+/g, ' ');

export const WORKER_ADDRESS_RULES: Readonly<Record<UiLanguage, readonly VoiceRule[]>> = {
  fr: [
    { id: 'vous-accompagnez', pattern: /\bvous (accompagnez|aidez) (la|cette|une) personne\b/, why: 'parle à l’accompagnant' },
    { id: 'accompagnant-regardez', pattern: /\baccompagn(ant|ante|ateur|atrice)s?\b[^.?!]*\bregardez\b/, why: 'donne un ordre à l’accompagnant' },
    { id: 'regardez-ailleurs', pattern: /\bregardez ailleurs\b/, why: 'sur l’écran de la personne, seul l’accompagnant doit regarder ailleurs' },
    // "la personne qui vous loge", "… avec qui vous vivez", "… qui la reçoit": another person than the reader (glossary).
    { id: 'la-personne', pattern: /\b(la|cette) personne\b(?! (qui vous|avec qui vous|inscrite|qui la recoit))/, why: 'parle de la personne à la troisième personne' },
    { id: 'personne-aidee', pattern: /\bpersonnes? (accompagnee|aidee|beneficiaire)s?\b/, why: 'parle de la personne à la troisième personne' },
    { id: 'beneficiaire', pattern: /\b(le|la|du|au|les|des) (beneficiaire|usager)s?\b/, why: 'parle de la personne à la troisième personne' },
    { id: 'elle-tape', pattern: /\b(elle|il) tape (seule?|son|sa|ses)\b/, why: 'parle de la personne à la troisième personne' },
    { id: 'quelqu-un-l-aide', pattern: /\bsi quelqu'un l'aide\b/, why: 'parle de la personne à la troisième personne' },
    { id: 'laissez-la', pattern: /\blaissez[- ](la|le) (personne|taper)\b/, why: 'donne un ordre à l’accompagnant' },
  ],
  en: [
    { id: 'are-you-helping', pattern: /\bare you (helping|accompanying|assisting|supporting)\b/, why: 'speaks to the worker' },
    { id: 'look-away', pattern: /(?<!\bto )\blook away\b/, why: 'on the person’s screen, only the worker has to look away' },
    { id: 'the-person', pattern: /\b(the|this) person\b/, why: 'speaks of the person in the third person' },
    { id: 'beneficiary', pattern: /\b(the|a) (beneficiary|service user|client)\b/, why: 'speaks of the person in the third person' },
    { id: 'they-type', pattern: /\b(they|she|he) (types?|is typing) (their|her|his|alone)\b/, why: 'speaks of the person in the third person' },
    { id: 'let-the-person', pattern: /\blet (them|the person) type\b/, why: 'gives the worker an order' },
  ],
};

/** The first rule a person-facing text breaks, or null. */
export function addressesWorker(text: string, lang: UiLanguage): VoiceRule | null {
  const folded = fold(text);
  return WORKER_ADDRESS_RULES[lang].find((rule) => rule.pattern.test(folded)) ?? null;
}

/** What a line says about who types: it must agree with the badge ("C'est à vous de taper." / "Votre accompagnant tape."). */
const SAYS_TYPIST: Readonly<Record<UiLanguage, Readonly<Record<'person' | 'worker', RegExp>>>> = {
  fr: {
    person: /\b(a vous de taper|c'est a vous|tapez[- ]vous[- ]meme|tapez[- ]le vous[- ]meme|vous tapez|vous allez taper|la personne (qui )?tape|elle tape)\b/,
    worker: /\b(votre accompagnant|l'accompagnant|quelqu'un d'autre) (tape|va taper|ecrit)\b/,
  },
  en: {
    person: /\b(your turn to type|your turn|type (it|them|your \w+( and your \w+)?|the \w+) yourself|you type|you will type|the person (is typing|types))\b/,
    worker: /\b(your helper|the helper|someone else) (is typing|types|will type|writes)\b/,
  },
};

/** True when a line says the other one types than `typist` (the badge's "Qui tape ?"). */
export function contradictsTypist(text: string, typist: 'person' | 'worker', lang: UiLanguage): boolean {
  return SAYS_TYPIST[lang][typist === 'person' ? 'worker' : 'person'].test(fold(text));
}
