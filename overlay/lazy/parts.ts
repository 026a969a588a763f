import type { PartName } from '../../core/protocol/parts';
import type { OverlayFeature } from '../feature';

/**
 * Lazy parts: code the content script loads only when a page needs it (30 KiB budget for
 * what every official page runs at start). Each part is an unlisted script
 * `entrypoints/part-<name>.ts` that the background injects into this isolated world
 * (message `part.load`); it registers its exports in `globalThis.__cacParts`.
 */
export interface PartExports {
  /** G5: the glossary feature (scan in idle time, underline, cards). */
  glossary: OverlayFeature;
  /** G6: the read-aloud player, loaded on the first click on "Lire" (components/ReadAloudButton.tsx). */
  'read-aloud': { ReadAloudPlayer: typeof import('../../components/ReadAloudPlayer').ReadAloudPlayer };
  /** G2–G4: field help and the walkthrough, loaded when a guide pack covers the page. */
  guidance: { fieldHelp: OverlayFeature; walkthrough: OverlayFeature; startGuide: typeof import('../guide/start-guide').startGuide };
  /** C3: the privacy curtain's layer (veils, banner, placement), loaded when it is switched on. */
  curtain: { Layer: import('preact').ComponentType<import('../privacy/curtain-layer').CurtainLayerProps> };
  /** W1/W2: the person's side of an accompanied session (badge, notice, who types, pointer), loaded while one exists. */
  session: { cues: (state: import('../features/session-cues').SessionStateOf) => OverlayFeature };
  /** The layout coordinator: places the card (beside what it explains, with @floating-ui/dom), the launcher and the "?" marks. */
  /** `page.report` (the side panel, the health check): the page's fields, keys and labels, built when asked. */
  report: { buildPageReport: typeof import('../page-report').buildPageReport };
  layout: { startCoordinator: typeof import('../layout/coordinator').startCoordinator; startKeyboard: typeof import('../layout/keyboard').startKeyboard };
}
export type { PartName };
// Every declared part has its exports, and nothing else (core/protocol/parts.ts is the list).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const partsMatch: Same<keyof PartExports, PartName> = true;
void partsMatch;

type PartTable = { [K in PartName]?: PartExports[K] };
const table = (): PartTable => ((globalThis as { __cacParts?: PartTable }).__cacParts ??= {});

/** Called by a part's entry to publish what it exports. */
export function registerPart<K extends PartName>(name: K, exports: PartExports[K]): void {
  table()[name] = exports;
}

/** The exports of a part already loaded in this world, or null. */
export function loadedPart<K extends PartName>(name: K): PartExports[K] | null {
  return (table()[name] as PartExports[K] | undefined) ?? null;
}
