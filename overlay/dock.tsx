import { createContext, createPortal, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The window corner our always-visible controls share (badge, glossary list button, curtain
 * button…). One fixed strip at the bottom of the window, laid out by flexbox: on a narrow
 * window or with "Texte plus grand" its items wrap upwards instead of covering each other
 * (found by tests/e2e/a11y.e2e.ts at 640 px). OverlayRoot renders the strip.
 */
export const DockContext = createContext<HTMLElement | null>(null);

/**
 * Puts `children` in the shared corner strip. `side="start"`: at the inline start (left in
 * French, right in Arabic); default: with the others at the inline end.
 *
 * ```tsx
 * <Dock side="start"><button class="cac-curtain-button">Rideau</button></Dock>
 * ```
 */
export function Dock({ side = 'end', children }: { side?: 'start' | 'end'; children: ComponentChildren }) {
  const dock = useContext(DockContext);
  if (!dock) return null;
  return createPortal(<div class={side === 'start' ? 'cac-dock__item cac-dock__item--start' : 'cac-dock__item'}>{children}</div>, dock);
}
