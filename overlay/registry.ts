import type { OverlayFeature } from './feature';
import { officialBadge } from './features/official-badge';

/**
 * Every overlay feature, in display order. One file per feature in overlay/features/;
 * tests/contract/registry.test.ts checks that files and this list agree.
 */
export const overlayFeatures: readonly OverlayFeature[] = [officialBadge];
