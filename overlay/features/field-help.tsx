import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormatVerdict } from '../../core/packs/formats';
import type { PackField } from '../../core/packs/schema';
import { SECTION_PRIORITY } from '../../core/layout/select-card';
import { accessibleName, collapse } from '../dom/accessible-name';
import { formatVerdict } from '../dom/format-check';
import { trusted } from '../../lib/trusted';
import { isOurHost } from '../host-tag';
import { focusWhenShown } from '../layout/focus-when-shown';
import type { OverlayFeature, PageContext } from '../feature';
import css from '../guide/guidance.css?inline';
import { kit } from '../lazy/kit';
import { useStore } from '../store';

interface Open {
  field: PackField;
  element: Element;
  /** Opened with the "?" button (focus goes to the card and back) or by focusing the field. */
  byButton: boolean;
}

const SHOWN: ReadonlyArray<FormatVerdict> = ['ok', 'empty'];
const SECONDARY = ['guidance.help.example', 'guidance.help.why'];

/**
 * G2: a "?" beside each field a guide pack knows (in our shadow root, placed by the layout
 * coordinator beside the field and never over it, another field or our card — never
 * inserted into the page), a plain-words section of the card on focus or click, and
 * gentle format hints when the person leaves the field (computed locally, nothing kept).
 */
function FieldHelp({ page }: { page: PageContext }) {
  const { services, i18n } = page;
  const { t } = i18n;
  const view = useStore(services.guide);
  const fields = useMemo(() => (view?.fields ?? []).filter((f) => f.anchor.element), [view]);
  // Names once per anchoring, not on every scroll frame; the field's own label first (native
  // and fast on big forms), else the full accessible name.
  const names = useMemo(() => new Map(fields.map(({ anchor }) => [anchor.element!, quickName(anchor.element!)])), [fields]);
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
      const hit = e.isTrusted && services.layout.returning.get() !== e.target ? fieldOf(e.target) : undefined;
      if (hit) setOpen({ field: hit.field, element: hit.anchor.element!, byButton: false });
    }, on);
    document.addEventListener('focusout', (e) => {
      const hit = fieldOf(e.target);
      if (!hit || hit.anchor.element!.contains((e as FocusEvent).relatedTarget as Node | null)) return; // still inside a group
      const { format } = hit.field;
      if (format) setVerdicts((v) => new Map(v).set(hit.anchor.element!, formatVerdict(hit.anchor.element!, format)));
      if (!isOurs(e.relatedTarget)) setOpen((o) => (o && !o.byButton ? null : o));
    }, on);
    document.addEventListener('keydown', (e) => e.key === 'Escape' && e.isTrusted && setOpen(null), on);
    // Anchored after the person already entered a field (late elements, code loaded in idle time): help now.
    const already = fieldOf(document.activeElement);
    if (already) setOpen((o) => o ?? { field: already.field, element: already.anchor.element!, byButton: false });
    return () => stop.abort();
  }, [fields]);

  // The "?" marks are placed by the coordinator (overlay/layout/coordinator.ts), which knows
  // every other surface; they only tell it which field each one belongs to.
  const { layout } = services;
  const mark = (element: Element) => (el: HTMLButtonElement | null) => {
    const old = buttons.current.get(element);
    if (old && old !== el) layout.marks.delete(old);
    buttons.current.set(element, el);
    if (el) layout.marks.set(el, element);
    layout.schedule();
  };
  useEffect(() => () => {
    for (const el of buttons.current.values()) if (el) layout.marks.delete(el);
    layout.schedule();
  }, []);

  if (fields.length === 0) return null;
  return (
    <div data-feature="field-help">
      <style>{css}</style>
      {fields.map(({ field, anchor }) => {
        const verdict = verdicts.get(anchor.element!) ?? 'empty';
        return (
          <button
            key={field.id}
            type="button"
            ref={mark(anchor.element!)}
            class={`cac-help__q${SHOWN.includes(verdict) ? '' : ' cac-help__q--check'}`}
            aria-label={t('guidance.help.button', { label: names.get(anchor.element!) || field.help.what })}
            aria-expanded={open?.field === field}
            onClick={trusted(() => (open?.field === field ? close(false) : setOpen({ field, element: anchor.element!, byButton: true })))}
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
  verdict: FormatVerdict;
  onClose: () => void;
}

function HelpCard({ page, open, title, verdict, onClose }: CardProps) {
  const { CardSection, ReadAloudButton } = kit(); // the content script's own (lazy part 'guidance')
  const { t } = page.i18n;
  const { help } = open.field;
  // Opened from "?": the focus comes to the title once the layout shows it (Escape gives it back).
  const focused = useRef<Open | null>(null);
  const heading = (el: HTMLHeadingElement | null) => {
    if (!el || !open.byButton || focused.current === open) return;
    focused.current = open;
    focusWhenShown(el);
  };
  const rows = [
    ['guidance.help.what', help.what],
    ['guidance.help.example', help.example],
    ['guidance.help.where', help.where],
    ['guidance.help.why', help.why],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  const check = SHOWN.includes(verdict) ? null : t(`guidance.format.${verdict}`);
  return (
    <CardSection
      id="field-help"
      kind="field"
      priority={SECTION_PRIORITY.fieldHelp}
      anchor={open.element}
      label={t('guidance.help.region')}
      onKeyDown={(e: KeyboardEvent) => e.key === 'Escape' && onClose()}
      actions={
        <button type="button" class="cac-btn" onClick={trusted(onClose)}>
          {t('guidance.help.close')}
        </button>
      }
    >
      <div class="cac-help" data-feature="field-help">
      <h2 ref={heading} tabIndex={-1}>{title}</h2>
      {check && (
        <p class="cac-card__note" role="status">
          <span class="cac-card__label">{t('guidance.help.check')}</span>
          {check}
        </p>
      )}
      {rows.map(([key, text]) => (
        // Where room is short (a sheet, the largest text), the example and the why wait.
        <p key={key} class={SECONDARY.includes(key) ? 'cac-secondary' : undefined}>
          <span class="cac-card__label">{t(key)}</span>
          {text}
        </p>
      ))}
      <div class="cac-secondary">
        <ReadAloudButton text={rows.map(([, text]) => text).join('\n')} i18n={page.i18n} showText={false} />
      </div>
      </div>
    </CardSection>
  );
}

function quickName(el: Element): string {
  return collapse((el as HTMLInputElement).labels?.[0]?.textContent ?? '') || accessibleName(el);
}

/** Focus moving into our own UI (the shadow host) keeps the card open. */
const isOurs = isOurHost;

export const fieldHelp: OverlayFeature = {
  id: 'field-help',
  appliesTo: (page) => page.portal !== null,
  View: FieldHelp,
};
