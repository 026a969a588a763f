import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { topWindowRect } from '../dom/field-roots';
import { isPlainTab, nextTabbable } from '../dom/tabbable';
import { onTrustedClick } from '../dom/trusted-events';
import type { OverlayFeature, PageContext } from '../feature';
import { placeBubble, type BubblePlace, type Rect } from '../privacy/place';
import { privacyState } from '../privacy/privacy-state';
import { reminderCenter, type ActiveReminders } from '../privacy/reminder-center';
import { useStore } from '../store';

/**
 * C2: the one bubble that shows what the reminder behaviours (secret, identifier, shared
 * computer, document) have to say about the focused field or the pointed link. Beside the
 * field, never over it, never taking the focus; read politely by screen readers (a live
 * region that is always there); hidden under the privacy curtain. Keyboard: Tab from the field
 * goes to the bubble's buttons, Shift+Tab from the first one goes back to the field, Tab from
 * the last one goes on to the page element after the field.
 */
function ReminderBubble({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  const center = reminderCenter(page.services);
  const state = privacyState(page.services);
  const active = useStore(center.active);
  const mode = useStore(state.mode);
  const curtain = useStore(state.curtain);
  const shown = active && !curtain ? active : null;
  return (
    <div class="cac-reminders" data-feature="reminder-bubble" role="status" aria-live="polite">
      {shown && (
        <Bubble active={shown} label={t('privacy.reminder.region')}>
          {shown.reminders.map((reminder) => (
            <section key={reminder.kind} data-reminder={reminder.kind}>
              {reminder.lines.map((line) => <p key={line}>{line}</p>)}
              {mode === 'accompanied' && reminder.workerLines?.map((line) => <p key={line} class="cac-reminder__worker">{line}</p>)}
              <button type="button" class="cac-reminder__silence" onClick={onTrustedClick(() => state.silence(reminder.kind))}>
                {t('privacy.reminder.silence')}
              </button>
            </section>
          ))}
          {!shown.byHover && <p class="cac-reminder__hint">{t('privacy.reminder.tab')}</p>}
          <button type="button" class="cac-reminder__close" aria-label={t('privacy.reminder.close')} onClick={onTrustedClick(center.dismiss)}>
            ×
          </button>
        </Bubble>
      )}
    </div>
  );
}

const boxOf = (el: Element): Rect => {
  const { top, left, width, height } = topWindowRect(el); // a field in a same-origin frame too
  return { top, left, width, height };
};

/** Measured in animation frames (never in a mutation callback): on show, scroll and resize. */
function Bubble({ active, label, children }: { active: ActiveReminders; label: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<BubblePlace | null>(null);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const bubble = ref.current;
      if (!bubble || !active.anchor.isConnected) return;
      const others = Array.from((bubble.getRootNode() as ShadowRoot).querySelectorAll('.cac-card')).map(boxOf);
      // A docked bar is wider than the floating bubble: size it as the bubble would float.
      const size = { width: Math.min(bubble.offsetWidth, 340), height: bubble.offsetHeight };
      setPlace(placeBubble(boxOf(active.anchor), size, { width: innerWidth, height: innerHeight }, others));
    };
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    const stop = new AbortController();
    const on = { capture: true, passive: true, signal: stop.signal };
    addEventListener('scroll', schedule, on);
    addEventListener('resize', schedule, on);
    schedule();
    // A plain Tab from the field goes to the bubble's first button (our host is at the page's end).
    if (!active.byHover)
      document.addEventListener('keydown', (e) => {
        const first = ref.current?.querySelector('button');
        // Only a Tab that really moved the focus is taken: a bubble not placed yet (hidden
        // until its first frame) or under the curtain cannot take the focus, and the
        // person's Tab must then do what it always does (it was lost before: flaky e2e).
        if (first && isPlainTab(e) && !e.shiftKey && e.composedPath()[0] === active.anchor && moveFocus(first)) e.preventDefault();
      }, { capture: true, signal: stop.signal });
    return () => {
      stop.abort();
      cancelAnimationFrame(frame);
    };
  }, [active]);
  const style = !place ? { visibility: 'hidden', top: '0', insetInlineStart: '0' } : 'dock' in place ? {} : { top: `${place.top}px`, left: `${place.left}px` };
  // Inside: Tab and Shift+Tab go from button to button; past the ends, back to the page.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isPlainTab(e)) return;
    const buttons = [...ref.current!.querySelectorAll('button')];
    const i = buttons.indexOf(e.target as HTMLButtonElement) + (e.shiftKey ? -1 : 1);
    const to = i < 0 ? (active.anchor as HTMLElement) : (buttons[i] ?? nextTabbable(active.anchor));
    if (to && moveFocus(to)) e.preventDefault();
  };
  const dock = place && 'dock' in place ? ` cac-reminder--dock cac-reminder--dock-${place.dock}` : '';
  return (
    <div ref={ref} class={`cac-reminder${dock}`} style={style} aria-label={label} role="group" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

/** Focuses `to`; true only if the focus is there now (hidden or inert elements refuse it). */
function moveFocus(to: HTMLElement): boolean {
  to.focus();
  return (to.getRootNode() as Document | ShadowRoot).activeElement === to;
}

export const reminderBubble: OverlayFeature = {
  id: 'reminder-bubble',
  appliesTo: (page) => page.portal !== null,
  View: ReminderBubble,
};
