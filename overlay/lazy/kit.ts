import type { ReadAloudButton } from '../../components/ReadAloudButton';
import type { sendToBackground } from '../../lib/messaging';
import type { Dock } from '../dock';
import type { FloatingCard } from '../guide/FloatingCard';

/**
 * What lazy parts take from the content script instead of importing it: components bound
 * to a context that lives there (dock, reading settings) and the messaging. A part that
 * imported them would carry copies (and a copied context is another context).
 */
export interface Kit {
  send: typeof sendToBackground;
  FloatingCard: typeof FloatingCard;
  ReadAloudButton: typeof ReadAloudButton;
  Dock: typeof Dock;
}

/** The content script's kit (set by overlay/lazy/share-runtime.ts); read at render time. */
export function kit(): Kit {
  const shared = (globalThis as { __cacShared?: { kit?: Kit } }).__cacShared?.kit;
  if (!shared) throw new Error('Côte à côte: shareRuntime() was not called before a part rendered');
  return shared;
}
