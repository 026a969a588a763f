import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../lib/settings';
import { createStore, type Store } from './store';

/**
 * The person's reading settings in this page: defaults at once (no wait before the first
 * render), then the stored value, then every change made in the popup or another tab
 * (storage.onChanged), until `signal` aborts.
 */
export function createSettingsStore(signal: AbortSignal): Store<Settings> {
  const store = createStore<Settings>(DEFAULT_SETTINGS);
  watchSettings(store.set, signal);
  void loadSettings().then((settings) => signal.aborted || store.set(settings));
  return store;
}
