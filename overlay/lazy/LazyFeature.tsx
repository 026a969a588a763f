import { useEffect, useState } from 'preact/hooks';
import type { OverlayFeature, PageContext } from '../feature';
import { useStore, type Store } from '../store';

export interface LazyOptions<T> {
  /**
   * Load only once this page store holds a truthy value (e.g. a guide pack was found), and
   * then at once; without it the part loads in idle time after the page's own start.
   */
  when?: (page: PageContext) => Store<T>;
}

const always: Store<unknown> = { get: () => true, set: () => undefined, subscribe: () => () => undefined };

/**
 * An overlay feature whose code is a lazy part (overlay/lazy/parts.ts): the registry lists
 * it like any feature (same id, same file in overlay/features/), its code arrives only when
 * the page needs it, and renders in place with the content script's own Preact.
 */
export function lazyFeature<T = unknown>(id: string, load: () => Promise<OverlayFeature | null>, appliesTo: OverlayFeature['appliesTo'], options: LazyOptions<T> = {}): OverlayFeature {
  function LazyView({ page }: { page: PageContext }) {
    const needed = Boolean(useStore<unknown>((options.when?.(page) as Store<unknown> | undefined) ?? always));
    const [feature, setFeature] = useState<OverlayFeature | null>(null);
    useEffect(() => {
      if (!needed || feature) return;
      let live = true;
      const start = () => void load().then((loaded) => live && loaded && setFeature(loaded));
      if (options.when) start();
      else if ('requestIdleCallback' in globalThis) {
        const idle = requestIdleCallback(start, { timeout: 2000 });
        return () => ((live = false), cancelIdleCallback(idle));
      } else {
        const timer = setTimeout(start, 200);
        return () => ((live = false), clearTimeout(timer));
      }
      return () => void (live = false);
    }, [needed, feature]);
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
