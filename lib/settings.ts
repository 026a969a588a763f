import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { SPEECH_RATES } from './speech-rates';

/** Sizes offered for our UI's text ("Texte plus grand"). */
export const TEXT_SCALES = [1, 1.25, 1.5] as const;
/**
 * Languages of our UI. French first; English. Arabic is not offered: every string of every
 * area would need a fluent writer — right-to-left is tested with dir="rtl" forced.
 */
export const LANGUAGES = ['fr', 'en'] as const;

const literals = <T extends readonly number[]>(values: T) =>
  z.union(values.map((n) => z.literal(n)) as unknown as [z.ZodMiniLiteral<T[number]>, z.ZodMiniLiteral<T[number]>]);

export const settingsSchema = z.object({
  textScale: literals(TEXT_SCALES),
  language: z.enum(LANGUAGES),
  rate: literals(SPEECH_RATES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { textScale: 1, language: 'fr', rate: 0.9 };

/**
 * The storage key of the settings (storage.local, version 1). THE one exception to "only
 * lib/storage-items.ts names a storage key": the content script reads and writes this key
 * through `localArea` below, because importing lib/storage-items.ts would put every stored
 * item's schema into its bundle (+2.7 KiB gzip measured, over the 30 KiB budget).
 * lib/storage-items.ts declares the item (`settingsItem`) from this key, schema and default;
 * extension pages use that item. Both parse with `settingsSchema`.
 */
export const SETTINGS_KEY = 'settings';

/** Where settings are kept: `localArea` (content script) or `settingsItem` (extension pages). */
export interface SettingsArea {
  get: () => Promise<unknown>;
  set: (value: Settings) => Promise<void>;
  watch: (listener: (value: unknown) => void) => () => void;
}

export const localArea: SettingsArea = {
  get: async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
  set: (value) => browser.storage.local.set({ [SETTINGS_KEY]: value }),
  watch: (listener) => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) listener(changes[SETTINGS_KEY].newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

/**
 * A stored value, parsed: a missing value is the defaults; a value that fails keeps its
 * valid fields, the rest falls back to the defaults, and the failure is reported (issue
 * paths only) — never a crash.
 */
export function parseSettings(value: unknown): Settings {
  if (value === undefined || value === null) return DEFAULT_SETTINGS;
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn('[Côte à côte] réglages illisibles, valeurs par défaut', parsed.error.issues.map((issue) => issue.path.join('.')));
  return repairSettings(value);
}

/** The valid fields of a stored value that failed; the defaults for the others. */
export function repairSettings(value: unknown): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
      const field = settingsSchema.shape[key].safeParse((value as Record<string, unknown>)[key]);
      if (field.success) merged[key] = field.data;
    }
  }
  return merged as Settings;
}

/** The current settings (the defaults when storage is unreadable). */
export async function loadSettings(area: SettingsArea = localArea): Promise<Settings> {
  try {
    return parseSettings(await area.get());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Changes some settings; the others keep their stored value. A value outside the choices is refused. */
export async function saveSettings(patch: Partial<Settings>, area: SettingsArea = localArea): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings(area)), ...patch });
  await area.set(next);
  return next;
}

/** Calls `listener` with the parsed settings on every change (popup, other tabs), until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal, area: SettingsArea = localArea): void {
  if (signal.aborted) return;
  const unwatch = area.watch((value) => listener(parseSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
