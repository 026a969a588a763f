import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AutonomyLevel } from './accompanied';
import {
  ANSWERS,
  answerKey,
  isComplete,
  LEVEL_THRESHOLDS,
  levelKey,
  levelOf,
  MAX_SCORE,
  orientationFor,
  pointsOf,
  QUESTION_IDS,
  QUESTIONS,
  scoreOf,
  skillKey,
  SKILLS,
  skillsOf,
  SUGGESTION_IDS,
  SUGGESTIONS,
  type Answer,
  type Answers,
  type QuestionId,
} from './autonomy';

const all = (answer: Answer): Answers => Object.fromEntries(QUESTION_IDS.map((id) => [id, answer]));
const withAnswers = (base: Answer, changes: Partial<Record<QuestionId, Answer>>): Answers => ({ ...all(base), ...changes });

/** Every combination of the three points values (don't know = not yet is proved apart): 3^10 = 59 049. */
function* everyAnswers(): Generator<Answers> {
  const scale: Answer[] = ['not-yet', 'with-help', 'alone'];
  const n = QUESTIONS.length;
  for (let code = 0; code < 3 ** n; code++) {
    const answers: Answers = {};
    let rest = code;
    for (let i = 0; i < n; i++) {
      answers[QUESTIONS[i]!.id] = scale[rest % 3]!;
      rest = Math.floor(rest / 3);
    }
    yield answers;
  }
}

const answersArb = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, fc.constantFrom(...ANSWERS)])) as Record<QuestionId, fc.Arbitrary<Answer>>);

describe('the questions', () => {
  it('are ten (the issue asks 8 to 12), with unique ids, in the order of the skills', () => {
    expect(QUESTIONS).toHaveLength(10);
    expect(QUESTIONS.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    expect(new Set(QUESTION_IDS).size).toBe(QUESTION_IDS.length);
    const skillOrder = [...new Set(QUESTIONS.map((q) => q.skill))];
    expect(skillOrder).toEqual([...SKILLS]);
  });

  it('cover every skill of the brief: device, email, passwords, site and fakes, FranceConnect, form, document, answer, help', () => {
    const bySkill = Object.fromEntries(SKILLS.map((s) => [s, QUESTIONS.filter((q) => q.skill === s).map((q) => q.id)]));
    expect(bySkill).toEqual({
      device: ['device'],
      email: ['email'],
      passwords: ['passwords'],
      'find-site': ['find-site', 'spot-fake'],
      franceconnect: ['franceconnect'],
      'fill-form': ['fill-form'],
      'send-document': ['send-document'],
      'read-answer': ['read-answer'],
      'ask-help': ['ask-help'],
    });
  });

  it('carry i18n keys only, no text', () => {
    for (const q of QUESTIONS) {
      expect(q.key).toBe(`autonomy.q.${q.id}`);
      expect(q.hintKey).toBe(`autonomy.q.${q.id}.hint`);
    }
  });
});

describe('the score', () => {
  it('gives 2 for alone, 1 with help, 0 for not yet, don\'t know and no answer', () => {
    expect(ANSWERS.map(pointsOf)).toEqual([2, 1, 0, 0]);
    expect(pointsOf(undefined)).toBe(0);
  });

  it('adds the points of the ten answers, 0..20', () => {
    expect(MAX_SCORE).toBe(20);
    expect(scoreOf(all('alone'))).toBe(20);
    expect(scoreOf(all('with-help'))).toBe(10);
    expect(scoreOf(all('not-yet'))).toBe(0);
    expect(scoreOf({})).toBe(0);
    expect(scoreOf({ device: 'alone', email: 'with-help', passwords: 'dont-know' })).toBe(3);
  });
});

describe('levelOf: the documented thresholds', () => {
  it('is 4 when everything is done alone, 2 when everything needs help, 1 when nothing is done yet', () => {
    expect(levelOf(all('alone'))).toBe(4);
    expect(levelOf(all('with-help'))).toBe(2);
    expect(levelOf(all('not-yet'))).toBe(1);
    expect(levelOf(all('dont-know'))).toBe(1);
    expect(levelOf({})).toBe(1);
  });

  it('puts the boundaries where the doc says: 5|6 between 1 and 2, 11|12 between 2 and 3, 16|17 between 3 and 4', () => {
    expect(LEVEL_THRESHOLDS).toEqual({ level2: 6, level3: 12, level4: 17 });
    // Device alone (2) + n "with help" on the others (no "not yet" when n = 9).
    const help = (n: number): Answers => {
      const answers: Answers = withAnswers('not-yet', { device: 'alone' });
      QUESTION_IDS.filter((id) => id !== 'device').slice(0, n).forEach((id) => (answers[id] = 'with-help'));
      return answers;
    };
    expect([3, 4].map((n) => [scoreOf(help(n)), levelOf(help(n))])).toEqual([[5, 1], [6, 2]]);
    expect([9].map((n) => [scoreOf(help(n)), levelOf(help(n))])).toEqual([[11, 2]]);
    const twelve = withAnswers('with-help', { device: 'alone', email: 'alone' });
    expect([scoreOf(twelve), levelOf(twelve)]).toEqual([12, 3]);
    const sixteen = withAnswers('alone', { email: 'with-help', passwords: 'with-help', 'fill-form': 'with-help', 'ask-help': 'with-help' });
    expect([scoreOf(sixteen), levelOf(sixteen)]).toEqual([16, 3]);
    const seventeen = withAnswers('alone', { email: 'with-help', passwords: 'with-help', 'fill-form': 'with-help' });
    expect([scoreOf(seventeen), levelOf(seventeen)]).toEqual([17, 4]);
  });

  it('is 1 whenever the person cannot use a device yet, even if the rest says alone', () => {
    expect(levelOf(withAnswers('alone', { device: 'not-yet' }))).toBe(1);
    expect(levelOf(withAnswers('alone', { device: 'dont-know' }))).toBe(1);
    expect(levelOf(withAnswers('alone', { device: 'with-help' }))).toBe(4);
  });

  it('is never 4 with a "not yet" or "don\'t know", even at 18 points', () => {
    const eighteen = withAnswers('alone', { 'ask-help': 'not-yet' });
    expect([scoreOf(eighteen), levelOf(eighteen)]).toEqual([18, 3]);
    expect(levelOf(withAnswers('alone', { 'spot-fake': 'dont-know' }))).toBe(3);
  });

  it('holds for every combination of answers (3^10, exhaustive)', () => {
    let seen = 0;
    const byLevel = [0, 0, 0, 0, 0];
    for (const answers of everyAnswers()) {
      seen++;
      const level = levelOf(answers);
      const score = scoreOf(answers);
      const anyZero = QUESTION_IDS.some((id) => pointsOf(answers[id]) === 0);
      const expected = pointsOf(answers.device) === 0 || score <= 5 ? 1 : score <= 11 ? 2 : score <= 16 || anyZero ? 3 : 4;
      if (level !== expected) expect({ answers, level }).toEqual({ answers, level: expected });
      if (!AutonomyLevel.safeParse(level).success) throw new Error(`not an AutonomyLevel: ${level}`);
      byLevel[level]!++;
    }
    expect(seen).toBe(59049);
    expect(byLevel.slice(1).every((n) => n > 0)).toBe(true);
  });

  it('counts "don\'t know" like "not yet" and an unanswered question like "not yet"', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...QUESTION_IDS), (answers, id) => {
        const notYet = { ...answers, [id]: 'not-yet' as const };
        const dontKnow = { ...answers, [id]: 'dont-know' as const };
        const missing: Answers = { ...answers };
        delete missing[id];
        expect(levelOf(dontKnow)).toBe(levelOf(notYet));
        expect(levelOf(missing)).toBe(levelOf(notYet));
        expect(orientationFor(levelOf(dontKnow), dontKnow)).toEqual(orientationFor(levelOf(notYet), notYet));
      }),
    );
  });

  it('never goes down when one answer gets better (monotone)', () => {
    const better: Record<Answer, Answer[]> = { 'not-yet': ['with-help', 'alone'], 'dont-know': ['with-help', 'alone'], 'with-help': ['alone'], alone: [] };
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...QUESTION_IDS), (answers, id) => {
        for (const up of better[answers[id]]) expect(levelOf({ ...answers, [id]: up })).toBeGreaterThanOrEqual(levelOf(answers));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isComplete', () => {
  it('is true only once every question has an answer', () => {
    expect(isComplete({})).toBe(false);
    expect(isComplete(all('dont-know'))).toBe(true);
    const partial = all('alone');
    delete partial['ask-help'];
    expect(isComplete(partial)).toBe(false);
  });
});

describe('skillsOf: what the result screen lists', () => {
  it('lists a skill as done alone only when all its questions are answered alone', () => {
    expect(skillsOf(all('alone'))).toEqual({ alone: [...SKILLS], toLearn: [] });
    expect(skillsOf(all('with-help'))).toEqual({ alone: [], toLearn: [...SKILLS] });
    const fakes = skillsOf(withAnswers('alone', { 'spot-fake': 'with-help' }));
    expect(fakes.toLearn).toEqual(['find-site']);
    expect(fakes.alone).not.toContain('find-site');
    expect(skillsOf(withAnswers('not-yet', { email: 'alone', 'ask-help': 'alone' }))).toEqual({
      alone: ['email', 'ask-help'],
      toLearn: ['device', 'passwords', 'find-site', 'franceconnect', 'fill-form', 'send-document', 'read-answer'],
    });
  });

  it('splits the skills in two, in order, for any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { alone, toLearn } = skillsOf(answers);
        expect([...alone, ...toLearn].sort()).toEqual([...SKILLS].sort());
        expect(alone).toEqual(SKILLS.filter((s) => alone.includes(s)));
      }),
    );
  });
});

describe('orientationFor: ordered suggestions', () => {
  it('level 1: Aidants Connect first (someone acts for the person), then France Services, Solidarité Numérique, workshops', () => {
    expect(orientationFor(1, all('not-yet'))).toEqual(['aidants-connect', 'france-services', 'solidarite-numerique', 'local-workshops']);
    expect(orientationFor(1, withAnswers('alone', { device: 'not-yet' }))).toEqual(['aidants-connect', 'france-services', 'solidarite-numerique', 'local-workshops']);
  });

  it('level 2: France Services, workshops, Solidarité Numérique, the practice sites', () => {
    expect(orientationFor(2, all('with-help'))).toEqual(['france-services', 'local-workshops', 'solidarite-numerique', 'practice-mode']);
  });

  it('level 3: the practice sites first; workshops only when a basic skill is not done alone', () => {
    const basicsAlone = withAnswers('alone', { 'fill-form': 'with-help', franceconnect: 'with-help', 'send-document': 'with-help', 'read-answer': 'with-help' });
    expect(levelOf(basicsAlone)).toBe(3);
    expect(orientationFor(3, basicsAlone)).toEqual(['practice-mode', 'solidarite-numerique', 'france-services']);
    const emailHelp = withAnswers('with-help', { device: 'alone', franceconnect: 'alone' });
    expect(levelOf(emailHelp)).toBe(3);
    expect(orientationFor(3, emailHelp)).toEqual(['practice-mode', 'solidarite-numerique', 'france-services', 'local-workshops']);
  });

  it('level 3 with every procedure done alone: no practice sites', () => {
    const answers = withAnswers('alone', { email: 'not-yet' });
    expect(levelOf(answers)).toBe(3);
    expect(orientationFor(3, answers)).toEqual(['solidarite-numerique', 'france-services', 'local-workshops']);
  });

  it('level 4: Solidarité Numérique and France Services, in case', () => {
    expect(orientationFor(4, all('alone'))).toEqual(['solidarite-numerique', 'france-services']);
  });

  it('puts France Services first (after Aidants Connect) when the person does not know where to ask for help', () => {
    expect(orientationFor(2, withAnswers('with-help', { 'ask-help': 'dont-know' }))).toEqual(['france-services', 'local-workshops', 'solidarite-numerique', 'practice-mode']);
    const lost = withAnswers('alone', { 'ask-help': 'not-yet' });
    expect(levelOf(lost)).toBe(3);
    expect(orientationFor(3, lost)).toEqual(['france-services', 'solidarite-numerique']);
    expect(orientationFor(1, withAnswers('not-yet', {}))[0]).toBe('aidants-connect');
    expect(orientationFor(1, withAnswers('not-yet', {}))[1]).toBe('france-services');
  });

  it('for any answers: known ids, no duplicates, never empty, Aidants Connect exactly at level 1, practice sites never at 1 or 4', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const level = levelOf(answers);
        const list = orientationFor(level, answers);
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(list).size).toBe(list.length);
        for (const id of list) expect(SUGGESTION_IDS).toContain(id);
        expect(list.includes('aidants-connect')).toBe(level === 1);
        if (level === 1) expect(list[0]).toBe('aidants-connect');
        if (level === 1 || level === 4) expect(list).not.toContain('practice-mode');
        expect(list).toContain('france-services');
        expect(list).toContain('solidarite-numerique');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('suggestions data', () => {
  it('has one entry per id with its i18n keys', () => {
    expect(Object.keys(SUGGESTIONS).sort()).toEqual([...SUGGESTION_IDS].sort());
    for (const id of SUGGESTION_IDS) {
      expect(SUGGESTIONS[id].id).toBe(id);
      expect(SUGGESTIONS[id].titleKey).toBe(`autonomy.suggest.${id}.title`);
      expect(SUGGESTIONS[id].textKey).toBe(`autonomy.suggest.${id}.text`);
    }
  });

  it('gives Solidarité Numérique\'s national number 01 70 772 372 (tel:+33170772372) and the official sites over https', () => {
    expect(SUGGESTIONS['solidarite-numerique'].phone).toEqual({ display: '01 70 772 372', tel: '+33170772372' });
    expect(SUGGESTIONS['solidarite-numerique'].phone!.display.replace(/\s/g, '').slice(1)).toBe(SUGGESTIONS['solidarite-numerique'].phone!.tel.slice(3));
    expect(SUGGESTIONS['solidarite-numerique'].url).toBe('https://www.solidarite-numerique.fr');
    expect(SUGGESTIONS['france-services'].url).toBe('https://www.france-services.gouv.fr');
    expect(SUGGESTIONS['aidants-connect'].url).toBe('https://aidantsconnect.beta.gouv.fr');
    for (const s of Object.values(SUGGESTIONS)) if (s.url) expect(new URL(s.url).protocol).toBe('https:');
  });
});

describe('strings', () => {
  const load = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lang}/autonomy.pages.json`), 'utf8')) as Record<string, string>;
  const keys = [
    ...QUESTIONS.flatMap((q) => [q.key, q.hintKey]),
    ...ANSWERS.map(answerKey),
    ...([1, 2, 3, 4] as const).map(levelKey),
    ...SKILLS.map(skillKey),
    ...Object.values(SUGGESTIONS).flatMap((s) => [s.titleKey, s.textKey]),
  ];

  it.each(['fr', 'en'])('every key built in core exists in %s/autonomy.pages.json', (lang) => {
    const catalog = load(lang);
    expect(keys.filter((k) => !catalog[k])).toEqual([]);
  });

  it('every key is prefixed autonomy.', () => {
    expect(Object.keys(load('fr')).filter((k) => !k.startsWith('autonomy.'))).toEqual([]);
  });
});
