import { createContext } from 'preact';
import type { SpeechPlatform } from '../lib/speech';

/**
 * What read-aloud controls take from around them: the person's reading speed (from the
 * settings, provided by the overlay root) and how to save a new one. Without a provider:
 * normal speed, kept by each control, and the browser's speech synthesis.
 */
export interface ReadingOptions {
  rate: number;
  /** Saves a new speed (the overlay stores it in the settings); absent = local to the control. */
  setRate?: (rate: number) => void;
  /** The speech platform; tests pass a scripted double. Default: the browser's (or none). */
  platform?: () => SpeechPlatform | null;
}

export const ReadingContext = createContext<ReadingOptions>({ rate: 0.9 });
