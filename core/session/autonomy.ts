import type { AutonomyLevel } from './accompanied';

/**
 * W4: the digital-autonomy check. Ten short questions the worker asks the person, one
 * answer each on a 3-step scale (+ "Je ne sais pas"), a level 1..4 and orientation
 * suggestions. Pure data and arithmetic: the words are in locales/<lang>/autonomy.pages.json
 * (keys below), the answers live in the component's state only and are never stored;
 * only the level may be counted in the statistics (W3), when the worker asks to.
 */

/** What the person can do, in the order the questions come. `find-site` has two questions. */
export const SKILLS = ['device', 'email', 'passwords', 'find-site', 'franceconnect', 'fill-form', 'send-document', 'read-answer', 'ask-help'] as const;
export type SkillId = (typeof SKILLS)[number];

export const QUESTION_IDS = ['device', 'email', 'passwords', 'find-site', 'spot-fake', 'franceconnect', 'fill-form', 'send-document', 'read-answer', 'ask-help'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface Question {
  id: QuestionId;
  skill: SkillId;
  /** The question as the worker reads it aloud. */
  key: string;
  /** One short sentence that explains a word or gives an example (read aloud after the question). */
  hintKey: string;
}

const question = (id: QuestionId, skill: SkillId): Question => ({ id, skill, key: `autonomy.q.${id}`, hintKey: `autonomy.q.${id}.hint` });

export const QUESTIONS: readonly Question[] = [
  question('device', 'device'),
  question('email', 'email'),
  question('passwords', 'passwords'),
  question('find-site', 'find-site'),
  question('spot-fake', 'find-site'),
  question('franceconnect', 'franceconnect'),
  question('fill-form', 'fill-form'),
  question('send-document', 'send-document'),
  question('read-answer', 'read-answer'),
  question('ask-help', 'ask-help'),
];

/** The answer scale: "Oui, seul(e)" / "Avec de l'aide" / "Non, pas encore" / "Je ne sais pas". */
export const ANSWERS = ['alone', 'with-help', 'not-yet', 'dont-know'] as const;
export type Answer = (typeof ANSWERS)[number];
export const answerKey = (answer: Answer) => `autonomy.answer.${answer}`;

/** Answers by question; a question not answered (yet) counts like "not-yet". */
export type Answers = Partial<Record<QuestionId, Answer>>;

/** Points of one answer: alone 2, with help 1, not yet 0. "I don't know" counts like "not yet". */
export function pointsOf(answer: Answer | undefined): 0 | 1 | 2 {
  return answer === 'alone' ? 2 : answer === 'with-help' ? 1 : 0;
}

export const MAX_SCORE = QUESTIONS.length * 2;

export function scoreOf(answers: Answers): number {
  return QUESTIONS.reduce((sum, q) => sum + pointsOf(answers[q.id]), 0);
}

/**
 * The thresholds of the level, on a score of 0..20 (2 points per "alone", 1 per "with help"):
 *
 * - 1 "someone must do it for you": score 0..5, or the person cannot use a computer or a
 *   phone at all (`device` not yet / don't know), whatever the rest says;
 * - 2 "with help, step by step": score 6..11;
 * - 3 "nearly on your own": score 12..16, or 17..20 with at least one "not yet" / "don't know";
 * - 4 "on your own": score 17..20 and no "not yet" / "don't know" (at most 3 "with help").
 */
export const LEVEL_THRESHOLDS = { level2: 6, level3: 12, level4: 17 } as const;

export function levelOf(answers: Answers): AutonomyLevel {
  if (pointsOf(answers.device) === 0) return 1;
  const score = scoreOf(answers);
  if (score < LEVEL_THRESHOLDS.level2) return 1;
  if (score < LEVEL_THRESHOLDS.level3) return 2;
  if (score < LEVEL_THRESHOLDS.level4) return 3;
  return QUESTIONS.every((q) => pointsOf(answers[q.id]) > 0) ? 4 : 3;
}

/** Whether every question has an answer (the result screen comes after the last one). */
export function isComplete(answers: Answers): boolean {
  return QUESTIONS.every((q) => answers[q.id] !== undefined);
}

export const levelKey = (level: AutonomyLevel) => `autonomy.level.${level}`;

/** A skill is done alone when each of its questions is answered "alone"; else it is for later. */
export function skillsOf(answers: Answers): { alone: SkillId[]; toLearn: SkillId[] } {
  const alone = SKILLS.filter((skill) => QUESTIONS.filter((q) => q.skill === skill).every((q) => answers[q.id] === 'alone'));
  return { alone, toLearn: SKILLS.filter((skill) => !alone.includes(skill)) };
}

export const skillKey = (skill: SkillId) => `autonomy.skill.${skill}`;

export const SUGGESTION_IDS = ['aidants-connect', 'france-services', 'solidarite-numerique', 'local-workshops', 'practice-mode'] as const;
export type SuggestionId = (typeof SUGGESTION_IDS)[number];

export interface Suggestion {
  id: SuggestionId;
  /** Title and one or two sentences (autonomy.suggest.<id>.title / .text). */
  titleKey: string;
  textKey: string;
  /** A phone number as written in France, and its tel: form. */
  phone?: { display: string; tel: string };
  /** The official site, shown as text and as a link. */
  url?: string;
}

const suggestion = (id: SuggestionId, extra: Pick<Suggestion, 'phone' | 'url'> = {}): Suggestion => ({
  id,
  titleKey: `autonomy.suggest.${id}.title`,
  textKey: `autonomy.suggest.${id}.text`,
  ...extra,
});

/** Where to turn next. Contacts are public national services (checked 2025: numbers and sites). */
export const SUGGESTIONS: Readonly<Record<SuggestionId, Suggestion>> = {
  /** A professional acts on the person's behalf, with a mandate the person signs (aidantsconnect.beta.gouv.fr). */
  'aidants-connect': suggestion('aidants-connect', { url: 'https://aidantsconnect.beta.gouv.fr' }),
  /** Free public desks near home where an agent helps with procedures. */
  'france-services': suggestion('france-services', { url: 'https://www.france-services.gouv.fr' }),
  /** The national help line for digital procedures: a non-premium number, and tutorials. */
  'solidarite-numerique': suggestion('solidarite-numerique', { phone: { display: '01 70 772 372', tel: '+33170772372' }, url: 'https://www.solidarite-numerique.fr' }),
  /** Digital workshops of the town hall, the social centre, the media library. */
  'local-workshops': suggestion('local-workshops'),
  /** This extension's practice portals (simulated sites with invented people). */
  'practice-mode': suggestion('practice-mode'),
};

const BASICS: readonly QuestionId[] = ['device', 'email', 'passwords'];
const PROCEDURES: readonly QuestionId[] = ['find-site', 'spot-fake', 'franceconnect', 'fill-form', 'send-document', 'read-answer'];

/**
 * The ordered suggestions for a level and the answers:
 *
 * - level 1: Aidants Connect first (someone must act for the person, with a mandate), then
 *   France Services, Solidarité Numérique, and local workshops to start learning;
 * - level 2: France Services, local workshops, Solidarité Numérique, then the practice sites;
 * - level 3: the practice sites, Solidarité Numérique, France Services; local workshops
 *   only if a basic skill (device, email, passwords) is not done alone;
 * - level 4: Solidarité Numérique and France Services, "if one day you are stuck".
 *
 * Whatever the level, someone who does not know where to ask for help (`ask-help` not yet or
 * don't know) gets France Services first after Aidants Connect: it is the answer to that question.
 */
export function orientationFor(level: AutonomyLevel, answers: Answers): SuggestionId[] {
  const basicsToLearn = BASICS.some((id) => answers[id] !== 'alone');
  const proceduresToPractise = PROCEDURES.some((id) => answers[id] !== 'alone');
  let list: SuggestionId[];
  switch (level) {
    case 1:
      list = ['aidants-connect', 'france-services', 'solidarite-numerique', 'local-workshops'];
      break;
    case 2:
      list = ['france-services', 'local-workshops', 'solidarite-numerique', 'practice-mode'];
      break;
    case 3:
      list = ['practice-mode', 'solidarite-numerique', 'france-services', ...(basicsToLearn ? ['local-workshops' as const] : [])];
      if (!proceduresToPractise) list = list.filter((id) => id !== 'practice-mode');
      break;
    default: // 4 (the type is a number 1..4)
      list = ['solidarite-numerique', 'france-services'];
      break;
  }
  if (pointsOf(answers['ask-help']) === 0) {
    const rest = list.filter((id) => id !== 'france-services' && id !== 'aidants-connect');
    list = [...(list.includes('aidants-connect') ? ['aidants-connect' as const] : []), 'france-services', ...rest];
  }
  return list;
}
