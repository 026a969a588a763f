import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

/**
 * A browser event that counts its listeners. WXT's fake browser does not mock
 * webNavigation, downloads nor commands events, and does not count listeners.
 */
export function countingEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: unknown[]) => Promise.all([...listeners].map((l) => (l as (...a: unknown[]) => unknown)(...args))),
    get size() {
      return listeners.size;
    },
  };
}
export type CountingEvent = ReturnType<typeof countingEvent>;

/**
 * Puts a counting event in place of every event the background may listen to, on WXT's
 * fake browser (call after `fakeBrowser.reset()`). Returns them by name, and `restore`
 * which puts the fake browser's own events back.
 */
export function countBackgroundEvents() {
  const events = {
    'runtime.onMessage': countingEvent(),
    'tabs.onRemoved': countingEvent(),
    'tabs.onActivated': countingEvent(),
    'tabs.onUpdated': countingEvent(),
    'storage.onChanged': countingEvent(),
    'webNavigation.onBeforeNavigate': countingEvent(),
    'webNavigation.onCommitted': countingEvent(),
    'downloads.onCreated': countingEvent(),
    'commands.onCommand': countingEvent(),
  };
  const originals: Array<() => void> = [];
  for (const [name, event] of Object.entries(events)) {
    const [namespace, key] = name.split('.') as [keyof typeof fakeBrowser, string];
    const owner = fakeBrowser[namespace] as Record<string, unknown>;
    const original = owner[key];
    originals.push(() => void (owner[key] = original));
    owner[key] = event;
  }
  return { events, restore: () => originals.forEach((put) => put()) };
}

/** Listener count per event, for `toEqual` (a leak names its event). */
export function listenerCounts(events: Record<string, CountingEvent>): Record<string, number> {
  return Object.fromEntries(Object.entries(events).map(([name, event]) => [name, event.size]));
}
