import type { AutonomyLevel } from '../core/session/accompanied';
import { isComplete, levelOf, orientationFor, QUESTIONS, skillsOf, SUGGESTIONS, type Answer, type Answers } from '../core/session/autonomy';
import { createStore } from '../overlay/store';

export interface AutonomyState {
  /** The question on screen (0-based); QUESTIONS.length is the result. */
  step: number;
  answers: Answers;
  /** The worker counted the level (it can be counted once). */
  counted: boolean;
}

/**
 * W4, the digital-autonomy check's state and actions (plain TypeScript, tested without a
 * DOM). The answers live in this store and die with the questionnaire; only the level
 * leaves it, through `count`, when the worker asks.
 */
export function createAutonomyStore() {
  const state = createStore<AutonomyState>({ step: 0, answers: {}, counted: false });
  const get = state.get;
  const set = (patch: Partial<AutonomyState>) => state.set({ ...get(), ...patch });
  const index = () => Math.min(get().step, QUESTIONS.length - 1);
  const choose = (answer: Answer) => set({ answers: { ...get().answers, [QUESTIONS[index()]!.id]: answer } });
  return {
    state,
    /** The question on screen, its answer so far, and whether it is the last one. */
    question() {
      const i = index();
      const question = QUESTIONS[i]!;
      return { index: i, question, chosen: get().answers[question.id], last: i === QUESTIONS.length - 1 };
    },
    /** The result, once every question is answered and the result screen is reached (else null). */
    result() {
      const { step, answers } = get();
      if (step < QUESTIONS.length || !isComplete(answers)) return null;
      const level = levelOf(answers);
      return { level, skills: skillsOf(answers), suggestions: orientationFor(level, answers).map((id) => SUGGESTIONS[id]) };
    },
    choose,
    /** Chooses and goes on (a click, Space or Enter on an answer). */
    confirm(answer: Answer) {
      choose(answer);
      set({ step: index() + 1 });
    },
    next: () => set({ step: index() + 1 }),
    back: () => set({ step: Math.max(0, get().step - 1) }),
    /** The level to count, once; null when already counted or not finished. */
    count(): AutonomyLevel | null {
      const result = this.result();
      if (!result || get().counted) return null;
      set({ counted: true });
      return result.level;
    },
  };
}

export type AutonomyStore = ReturnType<typeof createAutonomyStore>;
