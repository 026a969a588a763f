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

/** The storage key ("local:settings", version 1 — see lib/settings-item.ts for the versioned item). */
export const SETTINGS_KEY = 'settings';

/**
 * Where settings are kept. Extension pages use the versioned WXT item (lib/settings-item.ts);
 * page code uses `localArea` on the same key: WXT's storage module costs ~2.5 KiB gzip in a
 * content script with a 30 KiB budget. WXT reads a value without version metadata as v1.
 */
export interface SettingsArea {
  getValue: () => Promise<unknown>;
  setValue: (value: Settings) => Promise<void>;
  watch: (listener: (value: unknown) => void) => () => void;
}

export const localArea: SettingsArea = {
  getValue: async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
  setValue: (value) => browser.storage.local.set({ [SETTINGS_KEY]: value }),
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
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof value === 'object') {
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
    return parseSettings(await area.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Changes some settings; the others keep their stored value. A value outside the choices is refused. */
export async function saveSettings(patch: Partial<Settings>, area: SettingsArea = localArea): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings(area)), ...patch });
  await area.setValue(next);
  return next;
}

/** Calls `listener` with the parsed settings on every change (popup, other tabs), until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal, area: SettingsArea = localArea): void {
  if (signal.aborted) return;
  const unwatch = area.watch((value) => listener(parseSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
