import * as z from 'zod/mini';
import { AccompaniedSession, SessionCategory } from './accompanied';

/** A procedure the worker can declare as the scope (one per guide pack). */
export const ProcedureChoice = z.object({
  packId: z.string(),
  portal: z.string(),
  portalName: z.string(),
  title: z.string(),
  procedure: z.string(),
  /** The Aidants Connect category most procedures of this portal belong to (the worker may change it). */
  category: SessionCategory,
});
export type ProcedureChoice = z.infer<typeof ProcedureChoice>;

/** The procedure and step the panel shows: the followed tab's walkthrough, or the scope's pack. */
export const PanelGuide = z.object({
  packId: z.string(),
  title: z.string(),
  procedure: z.string(),
  /** 0-based step of the running walkthrough, or null when none runs in the followed tab. */
  step: z.nullable(z.int()),
  total: z.int(),
  stepTitle: z.nullable(z.string()),
  /** The step's confidentiality note (who types, what not to look at), for the worker. */
  confidentiality: z.nullable(z.string()),
  papers: z.array(z.string()),
  /** The pack's anchors in plain words: `page.report` step ids (step id, `field:<id>`) → what they are. */
  anchors: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type PanelGuide = z.infer<typeof PanelGuide>;

/** W2: everything the worker's side panel shows, in one answer (`session.get`). */
export const PanelView = z.object({
  session: z.nullable(AccompaniedSession),
  /** The background's clock (epoch ms), for the timer. */
  now: z.number(),
  /** The official tab the session follows, and its portal. */
  tab: z.nullable(z.object({ tabId: z.int(), portal: z.nullable(z.object({ id: z.string(), name: z.string(), shortName: z.string() })) })),
  guide: z.nullable(PanelGuide),
  procedures: z.array(ProcedureChoice),
});
export type PanelView = z.infer<typeof PanelView>;

// The worker's actions are declared with the session's events (worker-action.ts).
export { eventOfAction, WorkerAction } from './worker-action';

/** What the person does on their page (`session.person`): trusted clicks on our overlay only. */
export const PersonAction = z.enum(['agree', 'decline', 'stop', 'switch-typist']);
export type PersonAction = z.infer<typeof PersonAction>;

export const Refusal = z.enum(['invalid-transition', 'secret-field-focused']);
