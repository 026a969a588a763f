import { loadPart } from '../lazy/load-part';
import type { LayoutState } from './layout-state';

/**
 * Starts the layout coordinator (lazy part `layout`): in idle time after the page's own
 * start, or at once when a feature declares something to show (the first reminder, a
 * guide step). Cards and marks stay hidden until it places them: never shown over the
 * field for a frame. If the part cannot load, the launcher stays in its CSS corner. The
 * part also brings the keyboard order of our UI (overlay/layout/keyboard.ts).
 */
export function startLayout(layout: LayoutState, shadow: ShadowRoot, signal: AbortSignal, root: () => HTMLElement | null): { focusToggle: () => Promise<boolean> } {
  let started: Promise<{ focusToggle: () => boolean } | null> | null = null;
  const start = () => {
    if (started || signal.aborted) return started;
    stopWatching();
    started = loadPart('layout').then((part) => {
      if (!part || signal.aborted) return null;
      part.startCoordinator(layout, signal, root);
      return part.startKeyboard(layout, shadow, signal);
    }, () => null);
    return started;
  };
  const stopWatching = layout.sections.subscribe((sections) => sections.size > 0 && start());
  layout.onSchedule(start); // a "?" mark or a kept element asks for a frame: the coordinator takes over
  const idle = 'requestIdleCallback' in globalThis ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 300);
  signal.addEventListener('abort', () => {
    stopWatching();
    if ('cancelIdleCallback' in globalThis) cancelIdleCallback(idle as number);
    else clearTimeout(idle as ReturnType<typeof setTimeout>);
  }, { once: true });
  // The shortcut that jumps into our launcher and back (loads the part if it is not there yet).
  return { focusToggle: async () => (await start())?.focusToggle() ?? false };
}
