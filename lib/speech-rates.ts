/**
 * Reading speeds offered to the person: slow, normal, fast. In their own module so the
 * settings and the read-aloud placeholder of the content script do not import lib/speech.ts
 * (the speaker lives in the lazy part `read-aloud`).
 */
export const SPEECH_RATES = [0.7, 0.9, 1.1] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];
