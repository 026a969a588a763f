import { browser, type Browser } from 'wxt/browser';
import { RULE_SET } from '../../core/privacy/classify-rules';
import type { ReminderKind } from '../../core/privacy/reminders';
import { serializeRules } from '../../core/privacy/rule-set';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import type { PersonView } from '../../core/session/person-view';
import { sendToTab } from '../../lib/messaging';
import { curtainTabsItem, silencedItem } from '../../lib/storage-items';
import { commandShortcut, CURTAIN_COMMAND } from '../../lib/commands';

type PrivacyMessages = Pick<BackgroundMessages, 'privacy.rules' | 'privacy.state' | 'privacy.set' | 'curtain.toggleTab'>;

// storage.session (`curtainTabsItem`, `silencedItem`): gone when the browser closes, survives
// service-worker restarts and page loads. Content scripts cannot read it (default access
// level), so they ask us. Updates are serialized: two tabs silencing at once both land.
const curtainTabs = async () => (await curtainTabsItem.get()).tabs;
const silencedKinds = async () => (await silencedItem.get()).kinds;

// Without a shortcut (none set, no commands API, test doubles) the banner names the button instead.
const curtainShortcut = () => commandShortcut(CURTAIN_COMMAND);

/** What a page shows of the accompanied session (W1), from the session module. */
type PersonViewOf = () => Promise<PersonView | null>;

async function stateOf(tabId: number | undefined, sessionView: PersonViewOf) {
  const [tabs, silenced, shortcut, session] = await Promise.all([curtainTabs(), silencedKinds(), curtainShortcut(), sessionView()]);
  return { curtain: tabId !== undefined && tabs.includes(tabId), silenced, shortcut, session };
}

async function setCurtain(tabId: number, active: boolean): Promise<void> {
  await curtainTabsItem.update((stored) => {
    if (stored.tabs.includes(tabId) === active) return stored;
    const others = stored.tabs.filter((id) => id !== tabId);
    return { v: 1, tabs: active ? [...others, tabId] : others };
  });
}

async function silence(kind: ReminderKind): Promise<void> {
  await silencedItem.update((stored) => (stored.kinds.includes(kind) ? stored : { v: 1, kinds: [...stored.kinds, kind] }));
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
export function createPrivacyHandlers(deps: { personView?: PersonViewOf } = {}) {
  const sessionView = deps.personView ?? (async () => null);
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
