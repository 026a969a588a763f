/**
 * Focuses `el` once it can take the focus: a card is hidden (`visibility: hidden`) until
 * the layout coordinator has placed it, and a hidden element refuses the focus. Tries at
 * each animation frame, for about a second; gives up if the element left the page or the
 * person moved the focus elsewhere meanwhile.
 */
export function focusWhenShown(el: HTMLElement, frames = 60): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const before = document.activeElement;
  const attempt = (left: number) => {
    if (!el.isConnected || left === 0 || document.activeElement !== before) return;
    el.focus();
    if (root.activeElement !== el) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}
