import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormField } from '../dom/describe-field';
import { onTrustedClick } from '../dom/trusted-events';
import type { OverlayFeature, PageContext } from '../feature';
import type { Rect } from '../privacy/place';
import { privacyState } from '../privacy/privacy-state';
import css from '../privacy/curtain.css?inline';
import type { OverlayServices } from '../services';
import { useStore } from '../store';

// On the window's inline-end edge, half-way down: the corners are taken by the badge, the
// glossary and the guide's panel, and page buttons rarely sit on the very edge.
const BUTTON_CSS = `.cac-curtain-button{position:fixed;z-index:2147483646;inset-block-start:50%;inset-inline-end:0;font:inherit;font-size:calc(18.7px * var(--cac-scale, 1));font-weight:600;padding:6px 12px;border:2px solid #0f6b5f;border-inline-end:0;border-radius:999px;border-start-end-radius:0;border-end-end-radius:0;background:#fffdf7;color:#0b4f46;cursor:pointer;box-shadow:0 2px 6px rgb(0 0 0 / 18%)}.cac-curtain-button:focus-visible{outline:3px solid #c2410c;outline-offset:2px}`;

/**
 * C3: the privacy curtain. The keyboard command (manifest `commands`, rebindable) and the
 * popup reach it through the background (`curtain.toggle`); a small button in our overlay
 * turns it on. While on: a blurred veil over every sensitive field (our shadow root, over
 * the field's box; the portal's own elements are not touched), our other UI blurred and
 * inert, and a banner that says how to remove it. It follows scroll, resize, late fields
 * and SPA steps, and comes back after a page load in the same tab (background state).
 */
function PrivacyCurtain({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  const state = privacyState(page.services);
  const active = useStore(state.curtain);
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = anchor.current?.getRootNode();
    if (!active || root?.nodeType !== 11) return;
    // Beside .cac-root, not inside it: the blur put on .cac-root must not blur the curtain.
    const layer = document.createElement('div');
    (root as ShadowRoot).append(layer);
    render(<CurtainLayer page={page} />, layer);
    return () => {
      render(null, layer);
      layer.remove();
    };
  }, [active, page]);
  return (
    <div ref={anchor} data-feature="privacy-curtain">
      <style>{BUTTON_CSS}</style>
      {!active && (
        <button type="button" class="cac-curtain-button" aria-label={t('privacy.curtain.button')} title={t('privacy.curtain.button')} onClick={onTrustedClick(() => state.setCurtain(true))}>
          {t('privacy.curtain.button.short')}
        </button>
      )}
    </div>
  );
}

function CurtainLayer({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  const state = privacyState(page.services);
  const shortcut = useStore(state.shortcut);
  const boxes = useSensitiveBoxes(page.services);
  return (
    <div class="cac-curtain" lang={page.i18n.lang} dir={page.i18n.dir} data-feature="privacy-curtain-layer">
      <style>{css}</style>
      {boxes.map((box, i) => (
        <div key={i} class="cac-curtain__veil" style={{ top: `${box.top - 4}px`, left: `${box.left - 4}px`, width: `${box.width + 8}px`, height: `${box.height + 8}px` }} />
      ))}
      <div class="cac-curtain__banner" role="status">
        <p>
          <strong>{t('privacy.curtain.on')}</strong> {shortcut ? t('privacy.curtain.hint', { shortcut }) : t('privacy.curtain.hint.none')}
        </p>
        <button type="button" onClick={onTrustedClick(() => state.setCurtain(false))}>
          {t('privacy.curtain.remove')}
        </button>
      </div>
    </div>
  );
}

const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';
const REFRESH_MS = 400;

/**
 * Boxes of the sensitive fields in the window. Fields are (re)listed when nodes are added
 * or the URL changes, including hidden ones (a SPA step only flips `hidden`); their boxes
 * are measured in an animation frame after scroll, resize, a DOM change, and every
 * REFRESH_MS while the curtain is on (steps that only change attributes).
 */
function useSensitiveBoxes(services: OverlayServices): Rect[] {
  const [boxes, setBoxes] = useState<Rect[]>([]);
  useEffect(() => {
    const stop = new AbortController();
    const known = new WeakMap<Element, boolean>(); // once sensitive, stays covered ("Afficher" turns a password into text)
    let fields: Element[] = [];
    let frame = 0;
    const measure = () => {
      frame = 0;
      const view = { width: innerWidth, height: innerHeight };
      setBoxes(fields.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < view.height && r.left < view.width));
    };
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    const list = () => {
      const ready = services.classifier.get() !== null; // before the rules came, nothing is remembered
      fields = Array.from(document.querySelectorAll<FormField>(FIELDS)).filter((el) => {
        const sensitive = known.get(el) ?? services.sensitivityOf(el) !== 'none';
        if (ready) known.set(el, sensitive);
        return sensitive;
      });
      schedule();
    };
    list();
    const unsubscribe = [services.dom.subscribe(list), services.location.subscribe(list), services.classifier.subscribe(list)];
    const on = { capture: true, passive: true, signal: stop.signal };
    addEventListener('scroll', schedule, on);
    addEventListener('resize', schedule, on);
    const timer = setInterval(schedule, REFRESH_MS);
    return () => {
      stop.abort();
      clearInterval(timer);
      cancelAnimationFrame(frame);
      for (const off of unsubscribe) off();
    };
  }, [services]);
  return boxes;
}

export const privacyCurtain: OverlayFeature = {
  id: 'privacy-curtain',
  appliesTo: (page) => page.portal !== null,
  View: PrivacyCurtain,
};
