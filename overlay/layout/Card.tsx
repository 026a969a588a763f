import { createContext, createPortal, type ComponentChildren } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
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
  const choice = useStore(layout?.choice ?? NO_CHOICE);
  const body = useStore(layout?.slots.body ?? NO_ELEMENT);
  const foot = useStore(layout?.slots.actions ?? NO_ELEMENT);
  const index = choice.sections.indexOf(id);
  if (!layout || index < 0 || !body) return null;
  const order = { order: String(index) };
  return (
    <>
      {createPortal(
        <div class="cac-section" data-section={id} data-kind={kind} style={order} aria-label={index === 0 ? undefined : label} role={index === 0 ? undefined : 'group'} onKeyDown={onKeyDown}>
          {children}
        </div>,
        body,
      )}
      {actions && foot && createPortal(<div class="cac-section__actions" data-section={id} style={order} onKeyDown={onKeyDown}>{actions}</div>, foot)}
    </>
  );
}

const NO_CHOICE = { get: () => ({ sections: [] as string[], kind: null, anchor: null, sheet: false }), set: () => undefined, subscribe: () => () => undefined };
const NO_ELEMENT = { get: () => null, set: () => undefined, subscribe: () => () => undefined };

/**
 * The one contextual card: a body the sections render into, and a foot for their primary
 * buttons that never scrolls away. Its place is written by the coordinator (never by
 * Preact): hidden until placed, beside what it explains, or a sheet on narrow windows.
 */
export function ContextCard({ layout, label }: { layout: LayoutState; label: (kind: SectionKind | null) => string }) {
  const choice = useStore(layout.choice);
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
      <div class="cac-context__body" ref={(el) => layout.slots.body.set(el)} />
      <div class="cac-context__actions" ref={(el) => layout.slots.actions.set(el)} />
    </section>
  );
}
