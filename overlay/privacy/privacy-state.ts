import type { AccompanimentMode, ReminderKind } from '../../core/privacy/reminders';
import { sendToBackground } from '../../lib/messaging';
import type { OverlayServices } from '../services';
import { createStore, type Store } from '../store';

/**
 * Per-page confidentiality state shared by the reminders (C2) and the curtain (C3). The
 * silenced reminder kinds and the tab's curtain live in the background (storage.session):
 * they survive page loads and service-worker restarts and end with the browser.
 */
export interface PrivacyState {
  /** 'accompanied' adds the worker's lines ("Regardez ailleurs"); issue 5 sets it. */
  mode: Store<AccompanimentMode>;
  silenced: Store<readonly ReminderKind[]>;
  curtain: Store<boolean>;
  /** The curtain's keyboard shortcut as the browser reports it, or null when none is set. */
  shortcut: Store<string | null>;
  /** "Ne plus afficher pendant cette session" for one kind of reminder. */
  silence: (kind: ReminderKind) => void;
  setCurtain: (active: boolean) => void;
}

const states = new WeakMap<OverlayServices, PrivacyState>();

/** The page's privacy state (one per page services, created on first use). */
export function privacyState(services: OverlayServices): PrivacyState {
  const known = states.get(services);
  if (known) return known;
  const state = createPrivacyState(services);
  states.set(services, state);
  return state;
}

function createPrivacyState(services: OverlayServices): PrivacyState {
  const curtain = createStore(false);
  const silenced = createStore<readonly ReminderKind[]>([]);
  const shortcut = createStore<string | null>(null);
  let curtainTouched = false; // a toggle before the background answered wins over its answer
  const apply = (reply: Awaited<ReturnType<typeof sendToBackground<'privacy.state'>>>) => {
    if (!reply.ok || services.signal.aborted) return;
    silenced.set(reply.data.silenced);
    shortcut.set(reply.data.shortcut);
    if (!curtainTouched) curtain.set(reply.data.curtain);
  };
  void sendToBackground('privacy.state', {}).then(apply);
  return {
    mode: createStore<AccompanimentMode>('alone'),
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
