import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayFeature, PageContext } from './feature';
import { OverlayRoot } from './OverlayRoot';
import overlayCss from './overlay.css?inline';

/** The tag of our single shadow host; the page-report collector skips everything inside it. */
export const OVERLAY_HOST_TAG = 'cote-a-cote-overlay';

/**
 * Mounts the one shadow root that hosts every overlay feature. Removed, with everything
 * rendered in it, when WXT invalidates the content script context.
 */
export async function mountOverlay(ctx: ContentScriptContext, page: PageContext, features: readonly OverlayFeature[]) {
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: overlayCss,
    // Keys typed in our UI must not reach the portal's own shortcuts.
    isolateEvents: true,
    onMount: (container) => {
      render(<OverlayRoot page={page} features={features} />, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
