import type { FunctionComponent } from 'preact';
import type { PortalEntry } from '../core/portals/registry-schema';
import type { Translator } from '../lib/i18n';
import type { OverlayServices } from './services';

/** What every overlay feature knows about the page it runs on. */
export interface PageContext {
  /** The official portal serving this page (the content script only runs on those). */
  portal: PortalEntry | null;
  /** The page's hostname, for display. */
  host: string;
  i18n: Translator;
  /** Shared per-page services: DOM watcher, URL, report slots, field sensitivity. */
  services: OverlayServices;
}

/**
 * One behaviour of the overlay, in its own file under overlay/features/. Its `id` is its
 * file name (a test checks files ↔ registry). `View` renders inside the shared shadow
 * root, wrapped in its own error boundary.
 */
export interface OverlayFeature {
  id: string;
  /** Whether the feature has something to do on this page. */
  appliesTo: (page: PageContext) => boolean;
  View: FunctionComponent<{ page: PageContext }>;
}
