import * as z from 'zod/mini';

/**
 * What the person's page knows of an accompanied session (W1, pushed by the background to
 * the official tabs with `session.view`): the phase and who types. No scope, no times, no
 * worker data; the procedure's title during the notice only. Kept apart from accompanied.ts so the content script ships only this.
 */
export const PersonView = z.object({
  phase: z.enum(['scope', 'notice', 'accompanied', 'closing', 'receipt']),
  typist: z.enum(['person', 'worker']),
  /** A password / one-time-code field has the focus: "C'est à vous", the worker looks away. */
  secretFocus: z.boolean(),
  /**
   * The procedure's title, in the notice phase only: the person's notice names what they
   * agree to (core/session/notice.ts). Null in every other phase, so the other portals'
   * pages do not keep learning the scope.
   */
  procedure: z.nullable(z.string()),
});
export type PersonView = z.infer<typeof PersonView>;
