import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type SettingsArea } from './settings';

/**
 * The versioned storage item for the reading settings (storage.local, key "settings").
 * Add migrations here when the shape changes (version 2: { 2: (v1) => v2 }); page code
 * reads the same key through `localArea` and parses it with the same schema.
 * Used by extension pages (popup); pass it as the `area` of lib/settings.ts functions.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

export const settingsItemArea: SettingsArea = {
  getValue: () => settingsItem.getValue(),
  setValue: (value) => settingsItem.setValue(value),
  watch: (listener) => settingsItem.watch(listener),
};
