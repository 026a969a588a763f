import * as z from 'zod/mini';
import type { Contract } from './contract';
import { PageReport } from './page-report';
import { PortalEntry } from '../portals/registry-schema';
import type { SenderKind } from './senders';
import { Checklist } from '../session/clean-desk';
import { Pack } from '../packs/schema';
import { WalkthroughProgress } from '../packs/walkthrough-state';
import { GlossaryCard, GlossaryTerm } from '../text/glossary-schema';
import { ReminderKind } from '../privacy/reminders';
import { SerializedRuleSet } from '../privacy/rule-set';
import { PersonView } from '../session/person-view';
import { PART_NAMES } from './parts';
import { PanelView, PersonAction, Refusal, WorkerAction } from '../session/panel-view';

/** C2/C3 state the content script asks for at start: curtain of this tab, silenced reminders, curtain shortcut. */
const PrivacyState = z.object({
  curtain: z.boolean(),
  silenced: z.array(ReminderKind),
  shortcut: z.nullable(z.string()),
  /** W1: the accompanied session as the page shows it, or null (later changes come with `session.view`). */
  session: z.nullable(PersonView),
});

/**
 * THE contract: every cross-context message, grouped by the context that receives it.
 * ARCHITECTURE.md has the same table in prose; change both together.
 */

// Messages received by the content script live in their own module: the content script
// imports only that one, so the background's schemas (packs, checklist…) stay out of the
// page bundle (30 KiB budget).
export { contentMessages } from './content-messages';
import { contentMessages } from './content-messages';
// The side panel's own messages, the same way (its bundle needs only that module).
export { panelMessages, type PanelMessages } from './panel-messages';
import { panelMessages } from './panel-messages';

/** Received by the background (sent with runtime.sendMessage). */
export const backgroundMessages = {
  /** The overlay's UI strings (by language) and styles, kept in the background: 30 KiB page budget. */
  'overlay.resources': {
    req: z.object({}),
    res: z.object({ portal: z.nullable(PortalEntry), catalogs: z.record(z.string(), z.record(z.string(), z.string())), css: z.string() }),
  },
  /** Inject a lazy part of the overlay (entrypoints/part-<name>.ts) into the sender's frame. */
  'part.load': { req: z.object({ name: z.enum(PART_NAMES) }), res: z.object({ loaded: z.boolean() }) },
  /**
   * A content script started on an official page: the background marks the tab's action.
   * No payload: the background takes the portal from the URL the browser reports, never from the page.
   */
  'page.hello': { req: z.object({}), res: z.object({ marked: z.boolean() }) },
  /** Which guide pack covers this URL (the tab's running walkthrough wins), and which of its pages it is. */
  'pack.forPage': {
    req: z.object({ url: z.string() }),
    res: z.object({
      pack: z.nullable(Pack),
      page: z.nullable(z.string()),
      /** Other packs whose walkthrough can start on this page ("Commencer le guide" for each). */
      others: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  },
  /** The walkthrough running in the sender's tab (storage.session, per tab), or null. */
  'walkthrough.get': { req: z.object({}), res: z.object({ progress: z.nullable(WalkthroughProgress) }) },
  /** Saves the sender tab's walkthrough step (starts it at any step). */
  'walkthrough.set': {
    req: z.object({ packId: z.string(), step: z.int().check(z.minimum(0), z.maximum(11)) }),
    res: z.object({ saved: z.boolean() }),
  },
  /** Ends the sender tab's walkthrough (the person stopped or finished it). */
  'walkthrough.stop': { req: z.object({}), res: z.object({ stopped: z.boolean() }) },
  /** From the look-alike warning page: the person chose "Continuer quand même" for this host (this browser session only). */
  'lookalike.allow': {
    req: z.object({ host: z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+$/)) }),
    res: z.object({ allowed: z.boolean() }),
  },
  /** From the clean-desk page: the portals used and the downloads of this session, with logout links. */
  'cleandesk.checklist': { req: z.object({}), res: Checklist },
  /** From the clean-desk page, once the receipt is shown: forget the session trail. */
  'cleandesk.forget': { req: z.object({}), res: z.object({ forgotten: z.boolean() }) },
  /** The glossary's forms to find in the page (no explanations), and the ids marked "Je connais ce mot" this session. */
  'glossary.terms': { req: z.object({}), res: z.object({ terms: z.array(GlossaryTerm), known: z.array(z.string()) }) },
  /** One explanation card, or null for an unknown id. */
  'glossary.entry': { req: z.object({ id: z.string().check(z.maxLength(64)) }), res: z.object({ entry: z.nullable(GlossaryCard) }) },
  /** "Je connais ce mot": remember the term as known until the browser closes (storage.session). */
  'glossary.known': { req: z.object({ id: z.string().check(z.maxLength(64)) }), res: z.object({ known: z.array(z.string()) }) },
  /** C1: the field classifier's word lists, as regex sources (kept in the background for the content-script budget). */
  'privacy.rules': { req: z.object({}), res: SerializedRuleSet },
  /** C2/C3: this tab's curtain, the reminder kinds silenced this session, the curtain shortcut (storage.session). */
  'privacy.state': { req: z.object({}), res: PrivacyState },
  /** C2/C3: remember the tab's curtain (it survives page loads) or silence one reminder kind until the browser closes. */
  'privacy.set': { req: z.object({ curtain: z.optional(z.boolean()), silence: z.optional(ReminderKind) }), res: PrivacyState },
  /** C3 from the popup (and tests): toggle the curtain of a tab, the same path as the keyboard command. */
  'curtain.toggleTab': { req: z.object({ tabId: z.int().check(z.minimum(0)) }), res: z.object({ active: z.nullable(z.boolean()) }) },
  /** W2 side panel: the session, the followed tab, its procedure and step, the procedures to choose from. */
  'session.get': { req: z.object({}), res: PanelView },
  /** W1 side panel: the worker's actions on the session (start, scope, typist, end…); refused ones say why. */
  'session.act': { req: z.object({ action: WorkerAction }), res: z.object({ refused: z.nullable(Refusal), view: PanelView }) },
  /** W2 "Ce que voit l'extension": page.report of the followed tab, or null. */
  'session.report': { req: z.object({}), res: z.object({ report: z.nullable(PageReport) }) },
  /** W2 "montrer ce champ": the followed tab highlights the field with this page.report key. */
  'session.showField': { req: z.object({ key: z.string().check(z.maxLength(500)) }), res: z.object({ found: z.boolean() }) },
  /** W1 from the person's page: "J'accepte" / "Je refuse", Stop, "Qui tape ?" (trusted clicks on our overlay). */
  'session.person': { req: z.object({ action: PersonAction }), res: z.object({ done: z.boolean() }) },
  /** W1: a password / one-time-code field of the page got or lost the focus (no value, no field name). */
  'session.secret': { req: z.object({ focused: z.boolean() }), res: z.object({ done: z.boolean() }) },
} satisfies Contract;

/**
 * Who may send each background message (checked before parsing, see core/protocol/senders.ts):
 * `portal` = our content script in a tab whose URL is an official portal; `extension-page` =
 * one of our own pages (popup, warning, clean desk). A message missing here does not compile.
 */
export const backgroundSenders = {
  'page.hello': 'portal',
  'part.load': 'portal',
  'overlay.resources': 'portal',
  'pack.forPage': 'portal',
  'walkthrough.get': 'portal',
  'walkthrough.set': 'portal',
  'walkthrough.stop': 'portal',
  'lookalike.allow': 'extension-page',
  'cleandesk.checklist': 'extension-page',
  'cleandesk.forget': 'extension-page',
  'glossary.terms': 'portal',
  'glossary.entry': 'portal',
  'glossary.known': 'portal',
  'privacy.rules': 'portal',
  'privacy.state': 'portal',
  'privacy.set': 'portal',
  'curtain.toggleTab': 'extension-page',
  'session.get': 'side-panel',
  'session.act': 'side-panel',
  'session.report': 'side-panel',
  'session.showField': 'side-panel',
  'session.person': 'portal',
  'session.secret': 'portal',
} as const satisfies Record<keyof typeof backgroundMessages, SenderKind>;

export type ContentMessages = typeof contentMessages;
export type BackgroundMessages = typeof backgroundMessages;

