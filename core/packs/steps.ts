import type { Pack } from './schema';

/**
 * Which walkthrough step to show when the person is on `pageId` and the saved step is
 * `current`. People move on by themselves (they submit a form, follow a FranceConnect
 * redirect, use the browser's back button), so the page they are on wins:
 * - the saved step is on this page: keep it (a reload resumes where they were);
 * - a later step is on this page: jump to the first one (they did the steps in between);
 * - an earlier step is on this page: go back to the first step of this page;
 * - no step here (a page the pack does not guide): keep the saved step (paused).
 */
export function resolveStep(pack: Pack, current: number, pageId: string | null): number {
  const steps = pack.steps;
  if (steps.length === 0) return 0;
  const saved = Math.min(Math.max(0, current), steps.length - 1);
  if (pageId === null || steps[saved]!.page === pageId) return saved;
  const later = steps.findIndex((step, i) => i > saved && step.page === pageId);
  if (later !== -1) return later;
  const first = steps.findIndex((step) => step.page === pageId);
  return first === -1 ? saved : first;
}

/** True when leaving the page ends the walkthrough: the last step is reached and advances on navigation. */
export function endsOnLeaving(pack: Pack, current: number): boolean {
  const last = pack.steps.length - 1;
  return last >= 0 && current >= last && pack.steps[last]!.advance.on === 'navigation';
}
