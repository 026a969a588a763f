import * as z from 'zod/mini';
import type { Contract } from './contract';
import { PageReport } from './page-report';

/**
 * THE contract: every cross-context message, grouped by the context that receives it.
 * ARCHITECTURE.md has the same table in prose; change both together.
 */

/** Received by the content script of a portal tab (sent with tabs.sendMessage). */
export const contentMessages = {
  'page.report': { req: z.object({}), res: PageReport },
} satisfies Contract;

/** Received by the background (sent with runtime.sendMessage). */
export const backgroundMessages = {
  /** A content script started on an official page: the background marks the tab's action. */
  'page.hello': {
    req: z.object({ portal: z.nullable(z.string()) }),
    res: z.object({ marked: z.boolean() }),
  },
} satisfies Contract;

export type ContentMessages = typeof contentMessages;
export type BackgroundMessages = typeof backgroundMessages;
