import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayFeature, PageContext } from './feature';
import { OverlayRoot } from './OverlayRoot';
import { saveSettings } from '../lib/settings';
import { createSettingsStore } from './settings-store';
import { startLayout } from './layout/start-layout';

export { OVERLAY_HOST_TAG } from './host-tag';
import { OVERLAY_HOST_TAG } from './host-tag';

/** Keys typed in our UI must not reach the portal's own shortcuts and listeners. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'focusin', 'focusout'] as const;

/**
 * Mounts the one shadow root that hosts every overlay feature, and removes it with
 * everything rendered in it when WXT invalidates the content script context.
 * Hand-made rather than WXT's createShadowRootUi: that helper pulls ~4 KiB gzip of
 * anchoring code we do not use into a content script with a 30 KiB budget.
 */
export function mountOverlay(ctx: ContentScriptContext, page: PageContext, features: readonly OverlayFeature[], css: string): { shadow: ShadowRoot; focusToggle: () => Promise<boolean> } {
  document.querySelector(OVERLAY_HOST_TAG)?.remove(); // a previous, invalidated instance
  const host = document.createElement(OVERLAY_HOST_TAG);
  // Our host takes no room in the page's layout (fixed, no size); our surfaces are fixed too.
  // Being fixed makes it a stacking context: the highest z-index keeps it above the page.
  host.setAttribute('style', 'all: initial; position: fixed; inset-block-start: 0; inset-inline-start: 0; z-index: 2147483647; display: block; width: 0; height: 0;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // `css` comes from the background (overlay.resources); lazy parts bring their own styles.
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  // First in the body: "Commencer le guide" and the launcher come early in the Tab order,
  // not after the page's footer (cards and "?" marks follow their field: layout/keyboard.ts).
  (document.body ?? document.documentElement).prepend(host);
  const settings = createSettingsStore(ctx.signal); // text size, language, reading speed (G6)
  render(<OverlayRoot page={page} features={features} settings={settings} onSettings={(patch) => void saveSettings(patch).catch(() => undefined)} />, container);
  const layout = startLayout(page.services.layout, shadow, ctx.signal, () => container.firstElementChild as HTMLElement | null);
  ctx.onInvalidated(() => {
    render(null, container);
    host.remove();
  });
  return { shadow, focusToggle: layout.focusToggle };
}
