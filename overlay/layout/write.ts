import { GAP, type Box, type Corner, type View } from '../../core/layout/geometry';
import type { CardPlace, Frame } from './frame';

/** The write phase of a layout frame: styles of the card, the launcher and the marks, after every read. */
export function writeCard(el: HTMLElement, place: CardPlace, compact: boolean, view: View): void {
  el.dataset.mode = place.mode;
  if (compact) el.dataset.compact = '';
  else delete el.dataset.compact;
  if (place.mode === 'sheet') el.dataset.edge = place.edge;
  else delete el.dataset.edge;
  Object.assign(el.style, {
    top: place.pinnedBottom === undefined ? `${place.box.top}px` : 'auto',
    bottom: place.pinnedBottom === undefined ? 'auto' : `${view.height - place.pinnedBottom}px`,
    left: `${place.box.left}px`,
    // A sheet spans the window; a floating card is narrowed only to fit after or before a row of fields.
    width: place.mode === 'sheet' || place.narrowed ? `${place.box.width}px` : '',
    maxHeight: `${place.maxHeight}px`,
    visibility: 'visible',
  });
}

export function writeLauncher(el: HTMLElement, box: Box, corner: Corner, tray: HTMLElement | null, view: View, compact: boolean): void {
  const bottom = corner.endsWith('bottom');
  el.dataset.corner = corner;
  if (compact) el.dataset.compact = '';
  else delete el.dataset.compact;
  // Logical sides (the root carries dir): a tray wider than the bar grows away from the edge.
  const end = corner.startsWith('end');
  Object.assign(el.style, {
    top: bottom ? 'auto' : `${box.top}px`,
    bottom: bottom ? `${view.height - box.top - box.height}px` : 'auto',
    insetInlineEnd: end ? `${GAP}px` : 'auto',
    insetInlineStart: end ? 'auto' : `${GAP}px`,
    visibility: 'visible',
  });
  if (tray) tray.style.maxHeight = `${Math.max(120, bottom ? box.top - 2 * GAP : view.height - box.top - box.height - 2 * GAP)}px`;
}

export function trayBox(launcher: Box | null, corner: Corner | null, f: Frame): Box | null {
  if (!launcher || !f.tray) return null;
  const height = f.tray.offsetHeight;
  const width = f.tray.offsetWidth;
  // The tray lines up with the launcher's outer side (the window's edge it sits on).
  const onRight = corner?.startsWith('end') ? !f.rtl : f.rtl;
  const left = onRight ? launcher.left + launcher.width - width : launcher.left;
  return corner?.endsWith('bottom') ? { top: launcher.top - height - GAP, left, width, height } : { top: launcher.top + launcher.height + GAP, left, width, height };
}

export function writeMark(el: HTMLElement, spot: { top: number; left: number } | null): void {
  if (!spot) return void Object.assign(el.style, { visibility: 'hidden' });
  Object.assign(el.style, { top: `${spot.top}px`, left: `${spot.left}px`, visibility: 'visible' });
}
