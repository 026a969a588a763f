import * as z from 'zod/mini';
import type { Contract } from './contract';

/**
 * Received by the worker's side panel (sent by the background with runtime.sendMessage).
 * The panel pulls nothing on a timer: it asks `session.get` once per change it is told of,
 * and `session.report` again when the followed page changed.
 */
export const panelMessages = {
  /**
   * W2: what the panel shows may have changed. `page`: the followed tab loaded or changed
   * its page (a load, an SPA step, a walkthrough step), so "Ce que voit l'extension" is read
   * again and "Montré sur l'écran de la personne" is cleared. Nothing else travels.
   */
  'panel.changed': { req: z.object({ page: z.boolean() }), res: z.object({ seen: z.boolean() }) },
} satisfies Contract;
export type PanelMessages = typeof panelMessages;
