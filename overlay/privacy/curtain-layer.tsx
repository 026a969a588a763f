import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormField } from '../dom/describe-field';
import { trusted } from '../../lib/trusted';
import { fieldRoots, topWindowRect } from '../dom/field-roots';
import type { PageContext } from '../feature';
import type { OverlayServices } from '../services';
import { useStore } from '../store';
import type { Box as Rect } from '../../core/layout/geometry';
import type { PrivacyState } from './privacy-state';
import css from './curtain.css?inline';

/**
 * What the content script hands to the curtain's layer. The state comes in as a prop: this
 * file runs in the lazy part `curtain` (entrypoints/part-curtain.ts), and importing
 * privacy-state here would copy the messaging (and zod) into the part.
 */
export interface CurtainLayerProps {
  page: PageContext;
  state: Pick<PrivacyState, 'shortcut' | 'setCurtain'>;
  /** Called once the veils of the first measure are on screen: the fallback may go. */
  onReady: () => void;
  /** Put the focus on "Enlever le rideau" (the person turned it on with our button). */
  focusRemove?: boolean;
}

/**
 * C3 while on: a blurred veil over every sensitive field (our shadow root, over the field's
 * box; the portal's own elements are not touched), our other UI blurred and inert (the
 * `.cac-root` rule in curtain.css), and a banner that says how to remove it. Rendered
 * beside `.cac-root` by overlay/features/privacy-curtain.tsx.
 */
export function CurtainLayer({ page, state, onReady, focusRemove }: CurtainLayerProps) {
  const { t } = page.i18n;
  const shortcut = useStore(state.shortcut);
  const boxes = useSensitiveBoxes(page.services);
  const remove = useRef<HTMLButtonElement>(null);
  // Effects run after the paint: when this runs with the first measure, its veils are on screen.
  useEffect(() => {
    if (boxes === null) return;
    onReady();
    if (focusRemove) remove.current?.focus();
  }, [boxes === null]);
  return (
    <div class="cac-curtain" lang={page.i18n.lang} dir={page.i18n.dir} data-feature="privacy-curtain-layer">
      <style>{css}</style>
      {(boxes ?? []).map((box, i) => (
        <div key={i} class="cac-curtain__veil" style={{ top: `${box.top - 4}px`, left: `${box.left - 4}px`, width: `${box.width + 8}px`, height: `${box.height + 8}px` }} />
      ))}
      <div class="cac-curtain__banner" role="status">
        <p>
          <strong>{t('privacy.curtain.on')}</strong> {shortcut ? t('privacy.curtain.hint', { shortcut }) : t('privacy.curtain.hint.none')}
        </p>
        <button type="button" ref={remove} onClick={trusted(() => state.setCurtain(false))}>
          {t('privacy.curtain.remove')}
        </button>
      </div>
    </div>
  );
}

const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';
const REFRESH_MS = 400;

/**
 * Boxes of the sensitive fields in the window (null until the first measure). Fields are
 * (re)listed when nodes are added or the URL changes, including hidden ones (a SPA step
 * only flips `hidden`); their boxes are measured in an animation frame after scroll,
 * resize, a DOM change, and every REFRESH_MS while the curtain is on (steps that only
 * change attributes).
 */
function useSensitiveBoxes(services: OverlayServices): Rect[] | null {
  const [boxes, setBoxes] = useState<Rect[] | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const known = new WeakMap<Element, boolean>(); // once sensitive, stays covered ("Afficher" turns a password into text)
    let fields: Element[] = [];
    let frame = 0;
    const measure = () => {
      frame = 0;
      const view = { width: innerWidth, height: innerHeight };
      setBoxes(fields.map(topWindowRect).filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < view.height && r.left < view.width));
    };
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    const list = () => {
      const ready = services.classifier.get() !== null; // before the rules came, nothing is remembered
      // Open shadow roots and same-origin frames too (frames: boxes moved into the top window).
      fields = fieldRoots(document).flatMap((root) => Array.from(root.querySelectorAll<FormField>(FIELDS))).filter((el) => {
        const sensitive = known.get(el) ?? services.sensitivityOf(el) !== 'none';
        if (ready) known.set(el, sensitive);
        return sensitive;
      });
      schedule();
    };
    list();
    const unsubscribe = [services.dom.subscribe(list), services.location.subscribe(list), services.classifier.subscribe(list)];
    const on = { capture: true, passive: true, signal: AbortSignal.any([stop.signal, services.signal]) };
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
