import type { ReminderKind } from '../../core/privacy/reminders';
import type { PersonView } from '../../core/session/person-view';
import { sendToBackground } from '../../lib/messaging';
import type { OverlayServices } from '../services';
import { createStore, type Store } from '../store';
import { OVERLAY_HOST_TAG } from '../host-tag';
import { findByKey } from '../dom/field-roots';

/**
 * Per-page confidentiality state shared by the reminders (C2) and the curtain (C3). The
 * silenced reminder kinds and the tab's curtain live in the background (storage.session):
 * they survive page loads and service-worker restarts and end with the browser.
 */
export interface PrivacyState {
  /** W1: the accompanied session as this page shows it (privacy.state, then `session.view`), or null. */
  session: Store<PersonView | null>;
  /** W2 "montrer ce champ": the page element the worker points at (a new object per request). */
  pointer: Store<{ target: Element } | null>;
  silenced: Store<readonly ReminderKind[]>;
  curtain: Store<boolean>;
  /** The curtain's keyboard shortcut as the browser reports it, or null when none is set. */
  shortcut: Store<string | null>;
  /** "Ne plus afficher pendant cette session" for one kind of reminder. */
  silence: (kind: ReminderKind) => void;
  setCurtain: (active: boolean) => void;
}

/** The page's privacy state (built once with the page's services: overlay/services.ts). */
export const privacyState = (services: OverlayServices): PrivacyState => services.privacy;

/** Built by createOverlayServices, once per page. */
export function createPrivacyState(services: Pick<OverlayServices, 'signal'>): PrivacyState {
  const curtain = createStore(false);
  const silenced = createStore<readonly ReminderKind[]>([]);
  const shortcut = createStore<string | null>(null);
  const session = createStore<PersonView | null>(null);
  let curtainTouched = false; // a toggle before the background answered wins over its answer
  let sessionTouched = false; // so does a `session.view` push
  const apply = (reply: Awaited<ReturnType<typeof sendToBackground<'privacy.state'>>>) => {
    if (!reply.ok || services.signal.aborted) return;
    silenced.set(reply.data.silenced);
    shortcut.set(reply.data.shortcut);
    if (!curtainTouched) curtain.set(reply.data.curtain);
    if (!sessionTouched) session.set(reply.data.session ?? null);
  };
  void sendToBackground('privacy.state', {}).then(apply);
  return {
    session: { ...session, set: (view) => ((sessionTouched = true), session.set(view)) },
    pointer: createStore<{ target: Element } | null>(null),
    silenced,
    curtain,
    shortcut,
    silence: (kind) => {
      if (!silenced.get().includes(kind)) silenced.set([...silenced.get(), kind]);
      void sendToBackground('privacy.set', { silence: kind });
    },
    setCurtain: (active) => {
      curtainTouched = true;
      curtain.set(active);
      void sendToBackground('privacy.set', { curtain: active }).then((reply) => reply.ok && shortcut.set(reply.data.shortcut));
    },
  };
}

/** The `curtain.toggle` message (keyboard command, popup): flips the page's curtain. */
export function toggleCurtain(services: OverlayServices): { active: boolean } {
  const state = privacyState(services);
  state.setCurtain(!state.curtain.get());
  return { active: state.curtain.get() };
}

/**
 * W2 "montrer ce champ" (`session.pointer`): the page element with this page.report key,
 * handed to the session's lazy part, which scrolls to it and draws the pulse. Only while
 * the person is accompanied; a key that is no selector, finds nothing, finds our own UI or
 * an element without a box answers false (never an exception).
 */
export function pointAt(services: OverlayServices, key: string): boolean {
  const state = privacyState(services);
  if (state.session.get()?.phase !== 'accompanied') return false;
  const target = findByKey(document, key); // through shadow roots and same-origin frames
  if (!target || target.closest(OVERLAY_HOST_TAG) || target.getClientRects().length === 0) return false;
  state.pointer.set({ target });
  return true;
}
