import type { OverlayFeature } from './feature';
import { officialBadge } from './features/official-badge';
import { fieldHelp } from './features/field-help';
import { walkthrough } from './features/walkthrough';

/**
 * Every overlay feature, in display order. One file per feature in overlay/features/;
 * tests/contract/registry.test.ts checks that files and this list agree.
 */
export const overlayFeatures: readonly OverlayFeature[] = [officialBadge, fieldHelp, walkthrough];
