import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { RULE_SET } from '../../core/privacy/classify-rules';
import { ReminderKind } from '../../core/privacy/reminders';
import { serializeRules } from '../../core/privacy/rule-set';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import type { PersonView } from '../../core/session/person-view';
import { sendToTab } from '../../lib/messaging';
import { readSessionItem } from '../../lib/session-storage';
import { commandShortcut, CURTAIN_COMMAND } from '../../lib/commands';

type PrivacyMessages = Pick<BackgroundMessages, 'privacy.rules' | 'privacy.state' | 'privacy.set' | 'curtain.toggleTab'>;

// storage.session: gone when the browser closes, survives service-worker restarts and page
// loads. Content scripts cannot read it (default access level), so they ask us.
const CURTAIN_TABS = 'privacy:curtain-tabs';
const SILENCED = 'privacy:silenced';
const StoredTabs = z.object({ v: z.literal(1), tabs: z.array(z.int()) });
const StoredKinds = z.object({ v: z.literal(1), kinds: z.array(ReminderKind) });

async function readItem<T>(key: string, schema: z.ZodMiniType<T>, fallback: T): Promise<T> {
  return (await readSessionItem(key, schema, 'état de confidentialité')) ?? fallback;
}

const curtainTabs = async () => (await readItem(CURTAIN_TABS, StoredTabs, { v: 1, tabs: [] })).tabs;
const silencedKinds = async () => (await readItem(SILENCED, StoredKinds, { v: 1, kinds: [] })).kinds;

// Without a shortcut (none set, no commands API, test doubles) the banner names the button instead.
const curtainShortcut = () => commandShortcut(CURTAIN_COMMAND);

/** What a page shows of the accompanied session (W1), from the session module. */
type PersonViewOf = () => Promise<PersonView | null>;

async function stateOf(tabId: number | undefined, sessionView: PersonViewOf) {
  const [tabs, silenced, shortcut, session] = await Promise.all([curtainTabs(), silencedKinds(), curtainShortcut(), sessionView()]);
  return { curtain: tabId !== undefined && tabs.includes(tabId), silenced, shortcut, session };
}

async function setCurtain(tabId: number, active: boolean): Promise<void> {
  const others = (await curtainTabs()).filter((id) => id !== tabId);
  await browser.storage.session.set({ [CURTAIN_TABS]: { v: 1, tabs: active ? [...others, tabId] : others } });
}

async function silence(kind: ReminderKind): Promise<void> {
  const kinds = await silencedKinds();
  if (!kinds.includes(kind)) await browser.storage.session.set({ [SILENCED]: { v: 1, kinds: [...kinds, kind] } });
}

/**
 * Asks the tab's content script to toggle the curtain: the keyboard command and the popup
 * button both come here. Null when the tab has no content script (not an official portal).
 */
export async function toggleCurtain(tabId: number): Promise<boolean | null> {
  const reply = await sendToTab(tabId, 'curtain.toggle', {});
  return reply.ok ? reply.data.active : null;
}

/** C1 classifier rules, C2 silenced reminders and C3 curtain state, per browser session (and the W1 session's view). */
export function createPrivacyHandlers(sessionView: PersonViewOf = async () => null) {
  const rules = serializeRules(RULE_SET); // C1 word lists, sent to each content script at start
  return {
    'privacy.rules': () => rules,
    'privacy.state': (_req, sender) => stateOf(sender.tab?.id, sessionView),
    'privacy.set': async ({ curtain, silence: kind }, sender) => {
      const tabId = sender.tab?.id;
      if (curtain !== undefined && tabId !== undefined) await setCurtain(tabId, curtain);
      if (kind) await silence(kind);
      return stateOf(tabId, sessionView);
    },
    'curtain.toggleTab': async ({ tabId }) => ({ active: await toggleCurtain(tabId) }),
  } satisfies Handlers<PrivacyMessages, Browser.runtime.MessageSender>;
}

/** The keyboard command → the active tab's curtain. Returns the function that stops listening. */
export function startCurtainCommand(): () => void {
  const onCommand = (command: string, tab?: Browser.tabs.Tab) => {
    if (command !== CURTAIN_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await toggleCurtain(id);
    })();
  };
  const closed = (tabId: number) => void setCurtain(tabId, false);
  const commands = safely(() => browser.commands.onCommand.addListener(onCommand));
  browser.tabs.onRemoved.addListener(closed);
  return () => {
    if (commands) safely(() => browser.commands.onCommand.removeListener(onCommand));
    browser.tabs.onRemoved.removeListener(closed);
  };
}

/** Runs an API call that may be missing in this browser; false when it threw. */
function safely(call: () => void): boolean {
  try {
    call();
    return true;
  } catch {
    return false;
  }
}
