import * as z from 'zod/mini';
import type { Contract } from './contract';
import { PageReport } from './page-report';

/** Received by the content script of a portal tab (sent with tabs.sendMessage). */
export const contentMessages = {
  'page.report': { req: z.object({}), res: PageReport },
  /** C3: blur or unblur every sensitive field and our own UI (keyboard command, popup button). */
  'curtain.toggle': { req: z.object({}), res: z.object({ active: z.boolean() }) },
} satisfies Contract;
