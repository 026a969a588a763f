import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { trusted } from '../../lib/trusted';
import type { OverlayFeature, PageContext } from '../feature';
import { loadPart } from '../lazy/load-part';
import type { PartExports } from '../lazy/parts';
import { privacyState, type PrivacyState } from '../privacy/privacy-state';
import { useStore } from '../store';
import { LauncherItem } from '../layout/Launcher';

// The button sits in the launcher's tray (overlay/layout/Launcher.tsx): no tab on the
// window's edge over the page's text. .cac-curtain-wait hides the whole window at once
// while the curtain's part loads.
const CSS = `.cac-curtain-button{font:inherit;font-size:calc(18.7px * var(--cac-scale, 1));font-weight:600;min-block-size:44px;padding:4px 14px;border:2px solid var(--cac-color-brand);border-radius:var(--cac-radius-s);background:var(--cac-color-page);color:var(--cac-color-brand-strong);cursor:pointer}.cac-curtain-button:focus-visible{outline:3px solid var(--cac-color-focus);outline-offset:2px}.cac-curtain-wait{position:fixed;inset:0;z-index:2147483647;display:grid;place-content:center;background:var(--cac-color-curtain);font:600 18.7px system-ui}`;

type Part = PartExports['curtain'];

/**
 * C3: the privacy curtain. The keyboard command (manifest `commands`, rebindable) and the
 * popup reach it through the background (`curtain.toggle`); a small button in our overlay
 * turns it on; the tab's state (background) brings it back after a page load. Only this
 * button and the state live in the content script: the veils, the banner and their
 * placement are the lazy part `curtain` (overlay/privacy/curtain-layer.tsx), loaded the
 * moment the curtain is on. Until its veils are on screen, an opaque layer hides the
 * whole window: nothing of the person's data shows after they asked for the curtain.
 */
function PrivacyCurtain({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  const state = privacyState(page.services);
  const active = useStore(state.curtain);
  const anchor = useRef<HTMLDivElement>(null);
  const byButton = useRef(false); // turned on with our button: the focus goes to "Enlever le rideau"
  const refocus = useRef(false); // turned off while the focus was in the curtain: back to our button
  const button = useRef<HTMLButtonElement>(null);
  // A layout effect: the layer is in place before the browser paints the change.
  useLayoutEffect(() => {
    const root = anchor.current?.getRootNode();
    if (!active) {
      if (refocus.current) button.current?.focus();
      refocus.current = false;
      return;
    }
    if (root?.nodeType !== 11) return;
    // Beside .cac-root, not inside it: the blur put on .cac-root must not blur the curtain.
    const layer = document.createElement('div');
    (root as ShadowRoot).append(layer);
    render(<Curtain page={page} state={state} focusRemove={byButton.current} />, layer);
    byButton.current = false;
    return () => {
      refocus.current = layer.contains((root as ShadowRoot).activeElement);
      render(null, layer);
      layer.remove();
    };
  }, [active, page]);
  return (
    <div ref={anchor} data-feature="privacy-curtain">
      <style>{CSS}</style>
      {!active && (
        <LauncherItem slot="tray" order={30}>
          <button type="button" ref={button} class="cac-curtain-button" aria-label={t('privacy.curtain.button')} title={t('privacy.curtain.button')} onClick={trusted(() => ((byButton.current = true), state.setCurtain(true)))}>
            {t('privacy.curtain.button.short')}
          </button>
        </LauncherItem>
      )}
    </div>
  );
}

interface CurtainProps {
  page: PageContext;
  state: PrivacyState;
  focusRemove: boolean;
}

/** The part's layer once loaded, under the opaque wait layer until its veils are on screen. */
function Curtain({ page, state, focusRemove }: CurtainProps) {
  const { t } = page.i18n;
  const [part, setPart] = useState<Part | null | undefined>(undefined); // null: it could not be loaded
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    loadPart('curtain').then(
      (loaded) => live && setPart(loaded),
      () => live && setPart(null),
    );
    return () => void (live = false);
  }, []);
  return (
    <>
      {part && <part.Layer page={page} state={state} onReady={() => setReady(true)} focusRemove={focusRemove} />}
      {!ready && (
        <div class="cac-curtain-wait" lang={page.i18n.lang} dir={page.i18n.dir} role="status">
          <p>{part === null ? t('privacy.curtain.failed') : t('privacy.curtain.pending')}</p>
          {part === null && (
            <button type="button" class="cac-curtain-button" onClick={trusted(() => state.setCurtain(false))}>
              {t('privacy.curtain.remove')}
            </button>
          )}
        </div>
      )}
    </>
  );
}

export const privacyCurtain: OverlayFeature = {
  id: 'privacy-curtain',
  appliesTo: (page) => page.portal !== null,
  View: PrivacyCurtain,
};
