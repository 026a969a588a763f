import type { ReadAloudButton } from '../../components/ReadAloudButton';
import type { sendToBackground } from '../../lib/messaging';
import type { CardSection } from '../layout/Card';
import type { LauncherItem } from '../layout/Launcher';

/**
 * What lazy parts take from the content script instead of importing it: components bound
 * to a context that lives there (the layout's card and launcher, reading settings) and the
 * messaging. A part that imported them would carry copies (and a copied context is another
 * context).
 */
export interface Kit {
  send: typeof sendToBackground;
  /** A section of the one contextual card (overlay/layout/Card.tsx). */
  CardSection: typeof CardSection;
  /** An item of the launcher, pinned beside its button or in its tray (overlay/layout/Launcher.tsx). */
  LauncherItem: typeof LauncherItem;
  ReadAloudButton: typeof ReadAloudButton;
}

/** The content script's kit (set by overlay/lazy/share-runtime.ts); read at render time. */
export function kit(): Kit {
  const shared = (globalThis as { __cacShared?: { kit?: Kit } }).__cacShared?.kit;
  if (!shared) throw new Error('Côte à côte: shareRuntime() was not called before a part rendered');
  return shared;
}
