import type { Box } from '../../core/layout/geometry';
import { selectCard, type CardChoice, type SectionDecl } from '../../core/layout/select-card';
import { createStore, type Store } from '../store';

/** What a card section is about: a page element, or a box (a glossary word's text). */
export type Anchor = Element | Box;

/** The launcher's slots: `pinned` stays in view beside its button, `tray` opens on demand. */
export type LauncherSlot = 'pinned' | 'tray';

/**
 * The page's layout state (one per page, built with the services): what features declared
 * (card sections, elements to keep visible, "?" marks) and the containers the one card and
 * the launcher render. The coordinator (coordinator.ts) reads it every frame it places.
 */
export interface LayoutState {
  sections: Store<ReadonlyMap<string, SectionDecl<Anchor>>>;
  /** Which sections are on screen, and what the card is about (core/layout/select-card.ts). */
  choice: Store<CardChoice<Anchor>>;
  declare: (decl: SectionDecl<Anchor>) => () => void;
  /** Page elements nothing of ours may cover, by owner (the step's target, "montrer ce champ"). */
  keep: Store<ReadonlyMap<string, readonly Element[]>>;
  setKeep: (owner: string, elements: readonly Element[]) => void;
  /** "?" buttons and the page element each one belongs to. */
  marks: Map<HTMLElement, Element>;
  /** Containers the one card, its sticky actions and the launcher's slots render into. */
  slots: {
    /** One body slot and one actions slot per section on screen, in the card's order (DOM order = reading order). */
    sections: Store<ReadonlyMap<string, { body: HTMLElement; actions: HTMLElement }>>;
    card: Store<HTMLElement | null>;
    launcher: Store<HTMLElement | null>;
    pinned: Store<HTMLElement | null>;
    tray: Store<HTMLElement | null>;
  };
  tray: Store<boolean>;
  /** The page element that had the focus before it came into our UI (Escape goes back there). */
  lastPageFocus: Store<HTMLElement | null>;
  /** The page element our UI is giving the focus back to (Escape, a close): features do not open again for that focus. */
  returning: Store<Element | null>;
  /** Asks the coordinator for a frame (something changed that it cannot observe). */
  schedule: () => void;
  onSchedule: (run: () => void) => void;
}

export function createLayoutState(): LayoutState {
  const sections = createStore<ReadonlyMap<string, SectionDecl<Anchor>>>(new Map());
  const choice = createStore<CardChoice<Anchor>>(selectCard([]));
  sections.subscribe((all) => choice.set(sameChoice(choice.get(), selectCard([...all.values()], holds))));
  const keep = createStore<ReadonlyMap<string, readonly Element[]>>(new Map());
  let run = () => undefined as void;
  const schedule = () => run();
  return {
    sections,
    choice,
    declare: (decl) => {
      const old = sections.get().get(decl.id);
      if (!old || old.anchor !== decl.anchor || old.kind !== decl.kind || old.priority !== decl.priority) sections.set(new Map(sections.get()).set(decl.id, decl));
      return () => {
        if (sections.get().get(decl.id) !== decl) return;
        const next = new Map(sections.get());
        next.delete(decl.id);
        sections.set(next);
      };
    },
    keep,
    setKeep: (owner, elements) => {
      const next = new Map(keep.get());
      if (elements.length) next.set(owner, elements);
      else if (!next.delete(owner)) return;
      keep.set(next);
    },
    marks: new Map(),
    slots: {
      sections: createStore<ReadonlyMap<string, { body: HTMLElement; actions: HTMLElement }>>(new Map()),
      card: createStore<HTMLElement | null>(null),
      launcher: createStore<HTMLElement | null>(null),
      pinned: createStore<HTMLElement | null>(null),
      tray: createStore<HTMLElement | null>(null),
    },
    tray: createStore(false),
    lastPageFocus: createStore<HTMLElement | null>(null),
    returning: createStore<Element | null>(null),
    schedule,
    onSchedule: (next) => void (run = next),
  };
}

/** The same choice object when nothing changed, so subscribers do not re-render for nothing. */
function sameChoice<A>(old: CardChoice<A>, next: CardChoice<A>): CardChoice<A> {
  const same = old.kind === next.kind && old.anchor === next.anchor && old.sheet === next.sheet && old.sections.join() === next.sections.join();
  return same ? old : next;
}

/** Whether one anchor holds the other (a field group and one of its boxes). */
function holds(outer: Anchor, inner: Anchor): boolean {
  return outer instanceof Element && inner instanceof Element && outer !== inner && outer.contains(inner);
}
