import { createPortal, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { trusted } from '../../lib/trusted';
import type { PageContext } from '../feature';
import { isInOurUi } from '../host-tag';
import { useStore } from '../store';
import { LayoutContext } from './Card';
import type { LauncherSlot, LayoutState } from './layout-state';

/**
 * Puts `children` in the launcher: `pinned` beside its button (always in view: the guide's
 * start, the session's Stop), `tray` inside the tray the button opens (the site's details,
 * the glossary's list, the curtain). `order`: lower first.
 *
 * ```tsx
 * <LauncherItem slot="tray" order={30}><button class="cac-curtain-button">Rideau</button></LauncherItem>
 * ```
 */
export function LauncherItem({ slot, order = 50, children }: { slot: LauncherSlot; order?: number; children: ComponentChildren }) {
  const layout = useContext(LayoutContext);
  const target = useStore(slot === 'pinned' ? (layout?.slots.pinned ?? NONE) : (layout?.slots.tray ?? NONE));
  if (!target) return null;
  return createPortal(<div class="cac-launcher__item" style={{ order: String(order) }}>{children}</div>, target);
}

const NONE = { get: () => null, set: () => undefined, subscribe: () => () => undefined };

/**
 * The one compact launcher: "✓ Site officiel · CAF" (the person knows the site is the real
 * one) opens the tray; pinned items stay beside it. Its corner is chosen by the coordinator
 * (over the least page content, never over the focused field or the card).
 */
export function Launcher({ page, layout }: { page: PageContext; layout: LayoutState }) {
  const { t } = page.i18n;
  const open = useStore(layout.tray);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    layout.tray.set(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open && event.isTrusted) {
      event.stopPropagation();
      close();
    }
  };
  // A card comes up about the person's field (they focused one): the tray folds away, one
  // thing at a time, so the card has the room. Tabbing through links, reading the
  // glossary's list or using the side panel leaves it open.
  const card = useStore(layout.choice);
  const about = card.anchor instanceof Element ? card.anchor : null;
  const lastAbout = useRef(about);
  useEffect(() => {
    const fresh = about !== null && about !== lastAbout.current;
    lastAbout.current = about;
    if (fresh && open && !isInOurUi(about)) layout.tray.set(false);
  }, [about]);
  // Only a page the registry knows as official says so (the content script may run with no
  // portal: resources that failed, an address the registry refuses).
  const portal = page.portal?.shortName ?? null;
  return (
    <div class="cac-launcher" ref={(el) => layout.slots.launcher.set(el)} data-surface="launcher" onKeyDown={onKeyDown}>
      <div class="cac-launcher__bar">
        <button
          type="button"
          ref={button}
          class="cac-badge__pill cac-launcher__button"
          aria-expanded={open}
          aria-controls="cac-launcher-tray"
          title={open ? t('badge.hide') : t('badge.show')}
          onClick={trusted(() => layout.tray.set(!open))}
        >
          {portal && <span class="cac-badge__check" aria-hidden="true">✓</span>}
          <span class="cac-launcher__label">{portal ? `${t('badge.official')} · ${portal}` : t('launcher.name')}</span>
        </button>
        <div class="cac-launcher__pinned" ref={(el) => layout.slots.pinned.set(el)} />
      </div>
      {/* After the bar in the DOM, so Tab goes from the button into the open tray; drawn above
          the bar in a bottom corner by the CSS (column-reverse). */}
      <div class="cac-launcher__tray" id="cac-launcher-tray" ref={(el) => layout.slots.tray.set(el)} hidden={!open} role="group" aria-label={t('launcher.tray')} />
    </div>
  );
}
