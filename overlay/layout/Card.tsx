import { createContext, createPortal, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { SectionKind } from '../../core/layout/select-card';
import { useStore } from '../store';
import type { Anchor, LayoutState } from './layout-state';

/** The page's layout state, for the card, the launcher and their items (content script and parts alike). */
export const LayoutContext = createContext<LayoutState | null>(null);

interface SectionProps {
  id: string;
  kind: SectionKind;
  priority: number;
  anchor: Anchor | null;
  /** Accessible name of the card while this section leads it. */
  label: string;
  children: ComponentChildren;
  /** Primary buttons ("Suivant", "J'accepte"…): in the card's foot, always on screen. */
  actions?: ComponentChildren;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/**
 * A section of the ONE contextual card. Features declare what they have to say; the layout
 * (core/layout/select-card.ts) decides which sections are on screen together, and the
 * coordinator where the card goes. Renders nothing while its section is not chosen.
 *
 * ```tsx
 * <CardSection id="field-help" kind="field" priority={SECTION_PRIORITY.fieldHelp} anchor={input} label="Aide">…</CardSection>
 * ```
 */
export function CardSection({ id, kind, priority, anchor, label, children, actions, onKeyDown }: SectionProps) {
  const layout = useContext(LayoutContext);
  useEffect(() => layout?.declare({ id, kind, priority, anchor }), [layout, id, kind, priority, anchor]);
  const slots = useStore(layout?.slots.sections ?? NO_SLOTS);
  const slot = slots.get(id);
  if (!layout || !slot) return null;
  return (
    <>
      {createPortal(
        <div class="cac-section" data-section={id} data-kind={kind} aria-label={label} role="group" onKeyDown={onKeyDown}>
          {children}
        </div>,
        slot.body,
      )}
      {actions && createPortal(<div class="cac-section__actions" data-section={id} onKeyDown={onKeyDown}>{actions}</div>, slot.actions)}
    </>
  );
}

const NO_SLOTS = { get: () => new Map(), set: () => undefined, subscribe: () => () => undefined };

/**
 * The one contextual card: a body the sections render into, and a foot for their primary
 * buttons that never scrolls away. Its place is written by the coordinator (never by
 * Preact): hidden until placed, beside what it explains, or a sheet on narrow windows.
 */
export function ContextCard({ layout, label }: { layout: LayoutState; label: (kind: SectionKind | null) => string }) {
  const choice = useStore(layout.choice);
  const parts = useRef<SlotParts>(new Map()).current;
  const empty = choice.sections.length === 0;
  useEffect(() => layout.schedule(), [choice]);
  return (
    <section
      ref={(el) => layout.slots.card.set(el)}
      class="cac-card cac-context"
      data-kind={choice.kind ?? 'none'}
      role={choice.kind === 'notice' ? 'dialog' : 'region'}
      aria-label={label(choice.kind)}
      tabIndex={-1}
      hidden={empty}
    >
      <div class="cac-context__body">
        {choice.sections.map((id) => <div key={id} class="cac-context__slot" ref={slotRef(layout, parts, id, 'body')} />)}
      </div>
      <div class="cac-context__actions">
        {choice.sections.map((id) => <div key={id} class="cac-context__slot" ref={slotRef(layout, parts, id, 'actions')} />)}
      </div>
    </section>
  );
}

type SlotParts = Map<string, { body?: HTMLElement; actions?: HTMLElement }>;

/** A ref callback for one slot of one section: publishes the section's slots once both are there. */
function slotRef(layout: LayoutState, parts: SlotParts, id: string, part: 'body' | 'actions') {
  return (el: HTMLElement | null) => {
    const mine = { ...parts.get(id), [part]: el ?? undefined };
    parts.set(id, mine);
    const all = new Map(layout.slots.sections.get());
    const known = all.get(id);
    if (mine.body && mine.actions) {
      if (known?.body === mine.body && known.actions === mine.actions) return;
      all.set(id, { body: mine.body, actions: mine.actions });
    } else if (!all.delete(id)) return;
    layout.slots.sections.set(all);
  };
}
