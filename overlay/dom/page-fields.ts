import { collectFields, type CollectedField } from './collect-fields';
import { fieldKey } from './field-key';
import { fieldRoots, frameOf, KEY_STEP } from './field-roots';

/** Every field of the page, open shadow roots and same-origin frames included (collectFields per root). */
export function collectPageFields(doc: Document, options: { exclude?: Element } = {}): CollectedField[] {
  return fieldRoots(doc).flatMap((root) => collectFields(root, options));
}

// Bounds the walk out of nested roots (a loop, never recursion).
const MAX_DEPTH = 100;

/** The shadow host or frame element that holds `root`, or null for the top document. */
function holderOf(root: Node, top: Document): Element | null {
  if (root.nodeType === 11) return (root as ShadowRoot).host;
  return root === top || root.nodeType !== 9 ? null : frameOf(root as Document);
}

/**
 * The page.report key of a field: its selector in its own root, preceded by the selectors
 * of the shadow hosts and frames around it (`my-login >>> #password`); findByKey reads it.
 * A field of the document itself keeps a plain selector.
 */
export function deepFieldKey(el: Element, top: Document): string {
  const steps: string[] = [];
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const root = node.getRootNode();
    // fieldKey checks uniqueness with root.querySelectorAll: a shadow root has it too.
    steps.unshift(fieldKey(node, root as Document));
    node = holderOf(root, top);
  }
  return steps.join(KEY_STEP);
}
