import * as z from 'zod/mini';
import type { Contract } from './contract';
import { PageReport } from './page-report';
import { PersonView } from '../session/person-view';

/** Received by the content script of a portal tab (sent with tabs.sendMessage). */
export const contentMessages = {
  'page.report': { req: z.object({}), res: PageReport },
  /** C3: blur or unblur every sensitive field and our own UI (keyboard command, popup button). */
  'curtain.toggle': { req: z.object({}), res: z.object({ active: z.boolean() }) },
  /** Keyboard command: the focus jumps into our launcher, or back to where it was in the page. */
  'overlay.focus': { req: z.object({}), res: z.object({ moved: z.boolean() }) },
  /** W1: the accompanied session as the person's page shows it (null: no session). */
  'session.view': { req: z.object({ view: z.nullable(PersonView) }), res: z.object({ shown: z.boolean() }) },
  /** W2 "montrer ce champ": highlight the field with this page.report key (pulse, scrolled into view). */
  'session.pointer': { req: z.object({ key: z.string().check(z.maxLength(500)) }), res: z.object({ found: z.boolean() }) },
} satisfies Contract;
