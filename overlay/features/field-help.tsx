import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormatVerdict } from '../../core/packs/formats';
import type { PackField } from '../../core/packs/schema';
import { accessibleName, collapse } from '../dom/accessible-name';
import type { Box } from '../dom/placement';
import { formatVerdict } from '../dom/format-check';
import { onTrustedClick } from '../dom/trusted-events';
import type { OverlayFeature, PageContext } from '../feature';
import css from '../guide/guidance.css?inline';
import { kit } from '../lazy/kit';
import { useRects } from '../guide/use-rects';
import { useStore } from '../store';

interface Open {
  field: PackField;
  element: Element;
  /** Opened with the "?" button (focus goes to the card and back) or by focusing the field. */
  byButton: boolean;
}

const SHOWN: ReadonlyArray<FormatVerdict> = ['ok', 'empty'];
const Q = 32; // "?" button size, px

/**
 * G2: a "?" beside each field a guide pack knows (in our shadow root, over the page —
 * never inserted into the page), a plain-words card on focus or click, and gentle format
 * hints when the person leaves the field (computed locally, nothing kept).
 */
function FieldHelp({ page }: { page: PageContext }) {
  const { services, i18n } = page;
  const { t } = i18n;
  const view = useStore(services.guide);
  const fields = useMemo(() => (view?.fields ?? []).filter((f) => f.anchor.element), [view]);
  // DSFR checkboxes and radios are drawn by their label (the input is visually hidden): the
  // "?" goes after the label, not over its text.
  const elements = useMemo(() => fields.map((f) => drawnBy(f.anchor.element!)), [fields]);
  // Names once per anchoring, not on every scroll frame; the field's own label first (native
  // and fast on big forms), else the full accessible name.
  const names = useMemo(() => new Map(fields.map(({ anchor }) => [anchor.element!, quickName(anchor.element!)])), [fields]);
  const rects = useRects(elements, view?.recheck);
  const [open, setOpen] = useState<Open | null>(null);
  const [verdicts, setVerdicts] = useState<ReadonlyMap<Element, FormatVerdict>>(new Map());
  const buttons = useRef(new Map<Element, HTMLButtonElement | null>());
  // A field, or a group anchor (radio buttons, one box per digit) the focus entered.
  const fieldOf = (el: EventTarget | null) => fields.find((f) => f.anchor.element === el || f.anchor.element!.contains(el as Node));

  const close = (returnFocus: boolean) => {
    if (returnFocus && open?.byButton) buttons.current.get(open.element)?.focus();
    setOpen(null);
  };

  useEffect(() => {
    const stop = new AbortController();
    const on = { capture: true, signal: stop.signal };
    document.addEventListener('focusin', (e) => {
      const hit = e.isTrusted ? fieldOf(e.target) : undefined;
      if (hit) setOpen({ field: hit.field, element: hit.anchor.element!, byButton: false });
    }, on);
    document.addEventListener('focusout', (e) => {
      const hit = fieldOf(e.target);
      if (!hit || hit.anchor.element!.contains((e as FocusEvent).relatedTarget as Node | null)) return; // still inside a group
      const { format } = hit.field;
      if (format) setVerdicts((v) => new Map(v).set(hit.anchor.element!, formatVerdict(hit.anchor.element!, format)));
      if (!isOurs(e.relatedTarget)) setOpen((o) => (o && !o.byButton ? null : o));
    }, on);
    document.addEventListener('keydown', (e) => e.key === 'Escape' && setOpen(null), on);
    // Anchored after the person already entered a field (late elements, code loaded in idle time): help now.
    const already = fieldOf(document.activeElement);
    if (already) setOpen((o) => o ?? { field: already.field, element: already.anchor.element!, byButton: false });
    return () => stop.abort();
  }, [fields]);

  if (fields.length === 0) return null;
  const rtl = i18n.dir === 'rtl';
  return (
    <div data-feature="field-help">
      <style>{css}</style>
      {fields.map(({ field, anchor }) => {
        const box = rects.get(drawnBy(anchor.element!));
        const verdict = verdicts.get(anchor.element!) ?? 'empty';
        if (!box) return null;
        const left = rtl ? box.left - Q - 6 : box.left + box.width + 6;
        const room = rtl ? left >= 0 : left + Q <= window.innerWidth;
        const style = room ? { top: `${box.top + box.height / 2 - Q / 2}px`, left: `${left}px` } : { top: `${box.top - Q - 2}px`, left: `${rtl ? box.left : box.left + box.width - Q}px` };
        return (
          <button
            key={field.id}
            type="button"
            ref={(el) => void buttons.current.set(anchor.element!, el)}
            class={`cac-help__q${SHOWN.includes(verdict) ? '' : ' cac-help__q--check'}`}
            style={style}
            aria-label={t('guidance.help.button', { label: names.get(anchor.element!) || field.help.what })}
            aria-expanded={open?.field === field}
            onClick={onTrustedClick(() => (open?.field === field ? close(false) : setOpen({ field, element: anchor.element!, byButton: true })))}
          >
            {SHOWN.includes(verdict) ? '?' : '!'}
          </button>
        );
      })}
      {open && (
        <HelpCard
          page={page}
          open={open}
          title={names.get(open.element) || open.field.help.what}
          box={rects.get(drawnBy(open.element)) ?? null}
          verdict={verdicts.get(open.element) ?? 'empty'}
          onClose={() => close(true)}
        />
      )}
    </div>
  );
}

interface CardProps {
  page: PageContext;
  open: Open;
  title: string;
  box: Box | null;
  verdict: FormatVerdict;
  onClose: () => void;
}

function HelpCard({ page, open, title, box, verdict, onClose }: CardProps) {
  const { FloatingCard, ReadAloudButton } = kit(); // the content script's own (lazy part 'guidance')
  const { t } = page.i18n;
  const { help } = open.field;
  const card = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open.byButton) card.current?.focus(); // opened from "?": the card takes the focus (Escape gives it back)
  }, [open]);
  const rows = [
    ['guidance.help.what', help.what],
    ['guidance.help.example', help.example],
    ['guidance.help.where', help.where],
    ['guidance.help.why', help.why],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  const check = SHOWN.includes(verdict) ? null : t(`guidance.format.${verdict}`);
  // The card keeps clear of the field and of its "?" button on the inline-end side.
  const avoid = box ? [{ ...box, left: page.i18n.dir === 'rtl' ? box.left - Q - 8 : box.left, width: box.width + Q + 8 }] : [];
  return (
    <FloatingCard
      anchor={box}
      avoid={avoid}
      rtl={page.i18n.dir === 'rtl'}
      className="cac-help"
      role="dialog"
      aria-label={t('guidance.help.region')}
      tabIndex={-1}
      cardRef={(el) => void (card.current = el)}
      onKeyDown={(e: KeyboardEvent) => e.key === 'Escape' && onClose()}
    >
      <h2>{title}</h2>
      {check && (
        <p class="cac-card__note" role="status">
          <span class="cac-card__label">{t('guidance.help.check')}</span>
          {check}
        </p>
      )}
      {rows.map(([key, text]) => (
        <p key={key}>
          <span class="cac-card__label">{t(key)}</span>
          {text}
        </p>
      ))}
      <ReadAloudButton text={rows.map(([, text]) => text).join('\n')} i18n={page.i18n} showText={false} />
      <div class="cac-card__actions">
        <button type="button" class="cac-btn" onClick={onTrustedClick(onClose)}>
          {t('guidance.help.close')}
        </button>
      </div>
    </FloatingCard>
  );
}

function quickName(el: Element): string {
  return collapse((el as HTMLInputElement).labels?.[0]?.textContent ?? '') || accessibleName(el);
}

function drawnBy(el: Element): Element {
  const type = el.getAttribute('type');
  const label = type === 'checkbox' || type === 'radio' ? (el as HTMLInputElement).labels?.[0] : null;
  return label ?? el;
}

/** Focus moving into our own UI (the shadow host) keeps the card open. */
const isOurs = (target: EventTarget | null) => (target as Element | null)?.nodeName?.toLowerCase() === 'cote-a-cote-overlay';

export const fieldHelp: OverlayFeature = {
  id: 'field-help',
  appliesTo: (page) => page.portal !== null,
  View: FieldHelp,
};
