import { CARD_WIDTH, GAP, union, visibleIn, type Box, type View } from '../../core/layout/geometry';
import { isInOurUi } from '../host-tag';
import type { Anchor, LayoutState } from './layout-state';
import { keepFor, deepActiveElement, boxOf, nextActionsOf, fieldsAround } from './keep';

/**
 * The read phase of a layout frame (overlay/layout/coordinator.ts): every box and fact the
 * coordinator decides from, read at once, before anything is written.
 */
export interface Frame {
  view: View;
  rtl: boolean;
  /** Our text size ("Texte plus grand", larger during a session): wide cards need a wider window. */
  scale: number;
  keep: Box[];
  /** Kept clear when the card floats beside its field, not when it must be a sheet: the form's submit buttons. */
  soft: Box[];
  anchor: Box | null;
  /** `overflows`: its content is cut as drawn now (its body scrolls). */
  card: { el: HTMLElement; width: number; height: number; least: number; sheet: boolean; overflows: boolean } | null;
  launcher: { el: HTMLElement; width: number; height: number } | null;
  tray: HTMLElement | null;
  marks: Array<{ el: HTMLElement; anchor: Box | null; owner: Element }>;
  /** The page's fields with a "?" (and their labels): the marks keep off them. */
  fields: Box[];
  /** The fields around the card's anchor (and their labels): the card keeps off them when it can. */
  around: Box[];
}

/**
 * Where the card goes. `pinnedBottom`: the y of its bottom edge, kept there whatever height
 * its content takes (above a field, or a sheet on the bottom edge), so a card taller than
 * foreseen grows away from the field and the window's edge instead of onto them.
 */
export type CardPlace =
  | { mode: 'float'; box: Box; maxHeight: number; narrowed?: boolean; pinnedBottom?: number }
  | { mode: 'sheet'; box: Box; maxHeight: number; edge: 'top' | 'bottom'; pinnedBottom?: number };


/** Every read of a frame, in one place. */
export function read(layout: LayoutState, rootEl: HTMLElement | null): Frame {
  const rtl = rootEl?.getAttribute('dir') === 'rtl';
  const scale = Number(rootEl ? getComputedStyle(rootEl).getPropertyValue('--cac-scale') : 1) || 1;
  const view = { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight };
  const focused = deepActiveElement();
  const page = focused && !isOurs(focused) ? focused : layout.lastPageFocus.get();
  const keepEls = [...(page ? keepFor(page) : []), ...[...layout.keep.get().values()].flat()];
  const soft = (page ? nextActionsOf(page) : []).map((el) => boxOf(el)).filter((b) => visibleIn(b, view));
  const choice = layout.choice.get();
  const anchorBox = anchorOf(choice.anchor);
  // Whole boxes (a block label's full line too): our card sat at the blank end of a long
  // checkbox label's line, over the label's box if not its words.
  const keep = [...keepEls.map((el) => boxOf(el, false)), ...(anchorBox ? [anchorBox] : [])].filter((b) => visibleIn(b, view));
  const cardEl = layout.slots.card.get();
  // The card's own width (CSS: 380 px × the text scale, at most the window less its margins), not as drawn now: a sheet or a narrowed card.
  const card = cardEl && !cardEl.hidden ? cardOf(cardEl, Math.min(CARD_WIDTH * scale, view.width - 2 * GAP), choice) : null;
  const launcherEl = layout.slots.launcher.get();
  const bar = launcherEl?.querySelector<HTMLElement>('.cac-launcher__bar');
  const launcher = launcherEl && bar ? { el: launcherEl, width: bar.offsetWidth, height: bar.offsetHeight } : null;
  const marks = [...layout.marks].filter(([el, anchor]) => el.isConnected && anchor.isConnected).map(([el, anchor]) => ({ el, anchor: boxOf(drawnBy(anchor), false), owner: anchor }));
  const fields = [...layout.marks.values()].flatMap((el) => [el, ...labelsOf(el)]).map((el) => boxOf(el)).filter((b) => visibleIn(b, view));
  const around = card && choice.anchor instanceof Element ? boxesAround(choice.anchor, view) : [];
  return { view, rtl, scale, keep, soft, anchor: anchorBox, card, launcher, tray: layout.slots.tray.get(), marks, fields, around };
}

function boxesAround(anchor: Element, view: View): Box[] {
  if (!anchor.isConnected) return [];
  const own = new Set(keepFor(anchor));
  return fieldsAround(anchor).filter((el) => !own.has(el)).map((el) => boxOf(drawnBy(el))).filter((b) => b.width > 0 && b.height > 0 && visibleIn(b, view));
}

function anchorOf(anchor: Anchor | null): Box | null {
  if (!anchor) return null;
  if (!(anchor instanceof Element)) return anchor;
  if (!anchor.isConnected) return null;
  return union(keepFor(anchor).map((el) => boxOf(el, false)).filter((b) => b.width > 0 || b.height > 0));
}

/** The card's height last measured at its own width, for the content then on screen (a choice of sections). */
const measured = new WeakMap<HTMLElement, { choice: object; width: number; height: number; least: number }>();

function cardOf(el: HTMLElement, width: number, choice: { sheet: boolean }): NonNullable<Frame['card']> {
  const sheet = choice.sheet;
  const body = el.querySelector<HTMLElement>('.cac-context__body');
  const overflows = !!body && el.dataset.mode !== undefined && body.scrollHeight > body.clientHeight + 1;
  // What never scrolls (the foot's buttons), even when it sticks out of a card drawn too low.
  const drawnLeast = Math.max(el.offsetHeight, el.scrollHeight) - (body?.clientHeight ?? 0);
  // Drawn at its own width (CSS), the card's natural height is measured exactly, and kept.
  if (!el.style.width) {
    const height = naturalHeight(el);
    measured.set(el, { choice, width, height, least: drawnLeast });
    return { el, width, height, least: drawnLeast, sheet, overflows };
  }
  // Drawn as a sheet or narrowed: the height measured at its own width for the same content,
  // else an estimate (its text brought back to its own width). Measuring a sheet as if it
  // were the card made the card float too tall, then a sheet again, frame after frame.
  // A wide sheet lays its buttons on fewer rows than the card at its own width: the larger counts.
  const known = measured.get(el);
  const same = known && known.choice === choice && known.width === width;
  const height = same ? known.height : estimateAt(el, width);
  return { el, width, height, least: Math.max(drawnLeast, same ? known.least : 0), sheet, overflows };
}

function estimateAt(card: HTMLElement, width: number): number {
  const body = card.querySelector<HTMLElement>('.cac-context__body');
  const drawn = card.offsetWidth || width;
  if (!body) return Math.ceil((card.offsetHeight * drawn) / width);
  return card.offsetHeight - body.clientHeight + Math.ceil((body.scrollHeight * drawn) / width);
}

/** The card's height with nothing cut: its body's full content plus its foot and padding. */
function naturalHeight(card: HTMLElement): number {
  const body = card.querySelector<HTMLElement>('.cac-context__body');
  if (!body) return card.offsetHeight;
  return card.offsetHeight - body.clientHeight + body.scrollHeight;
}

const labelsOf = (el: Element): Element[] => Array.from((el as HTMLInputElement).labels ?? []);
/** DSFR checkboxes and radios are drawn by their label (the input is visually hidden). */
export function drawnBy(el: Element): Element {
  const type = el.getAttribute('type');
  const label = type === 'checkbox' || type === 'radio' ? (el as HTMLInputElement).labels?.[0] : null;
  return label ?? el;
}

const isOurs = (el: Element) => isInOurUi(el);

export function rememberFocus(layout: LayoutState, event: FocusEvent): void {
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && !isOurs(target) && target !== document.body) layout.lastPageFocus.set(target);
}

const CONTROLS = 'a, button, input, select, textarea, img, svg, video, canvas, iframe, [role="button"], [role="link"], [tabindex]';

/**
 * How much page content a box would cover: sample points that land on the page's controls
 * or images, or on the glyphs of its text (not the blank end of a block label's line) —
 * never counting `own` (the field the box belongs beside) nor its labels, nor our UI.
 */
export function contentUnder(view: View) {
  return (box: Box, own: Element | null): number => {
    let hits = 0;
    const mine = own ? [own, ...labelsOf(own)] : [];
    // About one point per 80 px (a "?" gets 3 × 2, a card up to 6 × 8): a label under a card is not missed.
    const columns = Math.min(6, Math.max(3, Math.round(box.width / 80)));
    const rows = Math.min(8, Math.max(2, Math.round(box.height / 80)));
    for (let i = 0; i < columns; i++)
      for (let j = 0; j < rows; j++) {
        const x = box.left + (box.width * (i + 0.5)) / columns;
        const y = box.top + (box.height * (j + 0.5)) / rows;
        if (x < 0 || y < 0 || x >= view.width || y >= view.height) continue;
        const el = document.elementsFromPoint(x, y).find((e) => !isOurs(e));
        if (!el || el === document.body || el === document.documentElement || mine.some((m) => m === el || m.contains(el))) continue;
        if (el.matches(CONTROLS) || (hasOwnText(el) && textAt(el, x, y))) hits++;
      }
    return hits;
  };
}

/** Whether (x, y) falls on the text of `el` (its line boxes), not on its empty area. */
function textAt(el: Element, x: number, y: number): boolean {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

const hasOwnText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
