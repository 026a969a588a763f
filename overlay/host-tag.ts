/** The tag of our single shadow host; the page-report collector skips everything inside it. */
export const OVERLAY_HOST_TAG = 'cote-a-cote-overlay';

/** Whether a node (an event's target, relatedTarget…) is our shadow host: events from our UI are retargeted to it. */
export const isOurHost = (node: unknown): boolean => (node as Node | null)?.nodeName?.toLowerCase() === OVERLAY_HOST_TAG;

/** Whether a node is our host or inside our UI (its shadow tree). */
export function isInOurUi(node: Node | null): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (isOurHost(at)) return true;
  return false;
}
