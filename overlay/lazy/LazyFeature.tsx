import { useEffect, useState } from 'preact/hooks';
import type { OverlayFeature, PageContext } from '../feature';
import { loadPart } from './load-part';
import type { PartName } from './parts';

type FeaturePart = { [K in PartName]: import('./parts').PartExports[K] extends OverlayFeature ? K : never }[PartName];

/**
 * An overlay feature whose code is a lazy part: the registry lists it like any feature
 * (same id, same file in overlay/features/), and its code arrives in idle time after the
 * page has loaded, so it never competes with the page's own start.
 */
export function lazyFeature(id: string, part: FeaturePart, appliesTo: OverlayFeature['appliesTo']): OverlayFeature {
  function LazyView({ page }: { page: PageContext }) {
    const [feature, setFeature] = useState<OverlayFeature | null>(null);
    useEffect(() => {
      let live = true;
      const start = () => void loadPart(part).then((loaded) => live && loaded && setFeature(loaded));
      const idle = 'requestIdleCallback' in globalThis ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200);
      return () => {
        live = false;
        if ('cancelIdleCallback' in globalThis) cancelIdleCallback(idle as number);
      };
    }, []);
    if (!feature || !safeApplies(feature, page)) return null;
    const View = feature.View;
    return <View page={page} />;
  }
  return { id, appliesTo, View: LazyView };
}

function safeApplies(feature: OverlayFeature, page: PageContext): boolean {
  try {
    return feature.appliesTo(page);
  } catch {
    return false;
  }
}
