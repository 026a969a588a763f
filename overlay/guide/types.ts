import type { Pack, PackField } from '../../core/packs/schema';

/** Where a pack's selector set landed on this page: the element, or why it was not found. */
export interface Anchor {
  element: Element | null;
  reason: string | null;
}

/**
 * The guide of the current page, as features see it (`services.guide`): the pack, the
 * page of it this URL is (null: a running walkthrough paused on a page it does not
 * cover), the anchored fields of this page and the anchors of this page's steps.
 */
export interface GuideView {
  pack: Pack;
  page: string | null;
  fields: ReadonlyArray<{ field: PackField; anchor: Anchor }>;
  /** Step id → anchor, for this page's steps that have a target. */
  steps: ReadonlyMap<string, Anchor>;
  /** Other packs whose walkthrough can start on this page. */
  others: ReadonlyArray<{ id: string; title: string }>;
  /** Resolve again now (a feature saw its element leave the page). */
  recheck: () => void;
  /** Ask the background again (a walkthrough of another pack was started). */
  reload: () => Promise<void>;
}
