/**
 * What the ONE contextual card shows (issue "One calm overlay"): features declare
 * sections; this decides which of them are on screen together and what the card is
 * about. Pure: the anchor type is whatever the caller uses (page elements in the overlay).
 *
 * - `notice`: the accompanied session's notice — alone, always as a sheet, before anything else;
 * - `hover`: something the pointer or a click asked about (a glossary word, a download
 *   link): alone while it lasts;
 * - `field`: about the focused field (confidentiality reminders, field help);
 * - `step`: the walkthrough's current step: joins the field's card, or stands alone.
 * Inside a card, sections go by `priority` (lower first: the secret reminder first).
 */
export type SectionKind = 'notice' | 'hover' | 'field' | 'step';

export interface SectionDecl<A> {
  id: string;
  kind: SectionKind;
  priority: number;
  /** The page element the section is about, or null (the step without a target). */
  anchor: A | null;
}

export interface CardChoice<A> {
  /** Ids of the sections on screen, in order. */
  sections: string[];
  kind: SectionKind | null;
  anchor: A | null;
  /** A sheet whatever the window's size (the notice: it must be read whole, buttons on screen). */
  sheet: boolean;
}

export const SECTION_PRIORITY = {
  notice: 0,
  secretReminder: 10,
  reminder: 20,
  step: 30,
  fieldHelp: 40,
  glossary: 50,
} as const;

const byPriority = <A>(a: SectionDecl<A>, b: SectionDecl<A>) => a.priority - b.priority || a.id.localeCompare(b.id);

/**
 * `contains(outer, inner)`: whether one anchor holds the other (a group of six code boxes
 * and the box the person is in are one thing to explain). Default: the same anchor only.
 */
export function selectCard<A>(declared: ReadonlyArray<SectionDecl<A>>, contains: (outer: A, inner: A) => boolean = (a, b) => a === b): CardChoice<A> {
  const of = (kind: SectionKind) => declared.filter((s) => s.kind === kind).sort(byPriority);
  const notices = of('notice');
  if (notices.length) return { sections: notices.map((s) => s.id), kind: 'notice', anchor: null, sheet: true };
  const hover = of('hover')[0];
  if (hover) return { sections: [hover.id], kind: 'hover', anchor: hover.anchor, sheet: false };
  const fields = of('field');
  const steps = of('step');
  if (fields.length) {
    // Sections about another field than the first one's (a late reminder for a field the
    // focus already left) wait: one card is about one thing.
    const first = fields[0]!.anchor;
    const related = (a: A | null) => a === first || (a !== null && first !== null && (contains(a, first) || contains(first, a)));
    const same = fields.filter((s) => related(s.anchor));
    // The card is about the widest of them (the whole group stays visible).
    const anchor = same.map((s) => s.anchor).find((a) => a !== null && same.every((o) => o.anchor === null || o.anchor === a || contains(a, o.anchor))) ?? first;
    return { sections: [...same, ...steps].sort(byPriority).map((s) => s.id), kind: 'field', anchor, sheet: false };
  }
  if (steps.length) return { sections: steps.map((s) => s.id), kind: 'step', anchor: steps[0]!.anchor, sheet: false };
  return { sections: [], kind: null, anchor: null, sheet: false };
}
