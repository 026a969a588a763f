import type { Typist } from './accompanied';
import type { PanelView } from './panel-view';

/**
 * W2 "at a glance": what the top of the worker's panel keeps in sight while the rest
 * scrolls — the step, who types, and the one next thing to do. Pure; the panel words it.
 */

/** The next thing for the worker, by phase and what the person's page is doing. */
export type NextThing =
  | 'choose-procedure'
  | 'read-notice'
  | 'look-away'
  | 'follow-step'
  | 'help-on-page'
  | 'open-portal'
  | 'ask-outcome'
  | 'clean-desk'
  | 'finish';

export interface Glance {
  /** The running walkthrough's step (1-based) and its title, while accompanied. */
  step: { number: number; total: number; title: string | null } | null;
  /** Who types, while accompanied. */
  typist: Typist | null;
  next: NextThing;
}

/** The glance for a view; null without a session (the start screen says everything). */
export function glanceOf(view: PanelView): Glance | null {
  const session = view.session;
  if (!session) return null;
  switch (session.phase) {
    case 'scope':
      return { step: null, typist: null, next: 'choose-procedure' };
    case 'notice':
      return { step: null, typist: null, next: 'read-notice' };
    case 'closing':
      return { step: null, typist: null, next: session.outcome === null ? 'ask-outcome' : 'clean-desk' };
    case 'receipt':
      return { step: null, typist: null, next: 'finish' };
    case 'accompanied': {
      const guide = view.guide;
      const step = guide && guide.step !== null ? { number: guide.step + 1, total: guide.total, title: guide.stepTitle } : null;
      const next: NextThing = session.secretFocus ? 'look-away' : !view.tab?.portal ? 'open-portal' : step ? 'follow-step' : 'help-on-page';
      return { step, typist: session.typist, next };
    }
  }
}
