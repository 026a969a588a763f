import { createPortal, type ComponentChildren } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import { trusted } from '../../lib/trusted';
import type { PageContext } from '../feature';
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
  // Focus gone to the page (a field, a link): the tray folds away, as a menu does, so the card
  // about that field has the room. A null relatedTarget (the window lost focus, a click on
  // plain text) leaves it open: the worker may be reading it while using the side panel.
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (open && to && !(event.currentTarget as HTMLElement).contains(to)) layout.tray.set(false);
  };
  // Only a page the registry knows as official says so (the content script may run with no
  // portal: resources that failed, an address the registry refuses).
  const portal = page.portal?.shortName ?? null;
  return (
    <div class="cac-launcher" ref={(el) => layout.slots.launcher.set(el)} data-surface="launcher" onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <div class="cac-launcher__tray" id="cac-launcher-tray" ref={(el) => layout.slots.tray.set(el)} hidden={!open} role="group" aria-label={t('launcher.tray')} />
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
    </div>
  );
}
