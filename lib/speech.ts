import { splitSentences, type Sentence } from '../core/text/sentences';

export { SPEECH_RATES, type SpeechRate } from './speech-rates';

/** The part of `SpeechSynthesisVoice` we use. */
export interface VoiceLike {
  lang: string;
  name: string;
}

/** The part of `SpeechSynthesisUtterance` we use. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

/**
 * The platform API, through a small interface so the queueing logic is tested with a
 * scripted double. `synth` is `speechSynthesis` (its identity also says which speakers
 * share one voice: only one of them talks at a time).
 */
export interface SpeechPlatform {
  synth: {
    speak: (utterance: never) => void;
    cancel: () => void;
    getVoices: () => readonly VoiceLike[];
    addEventListener?: (type: 'voiceschanged', listener: () => void, options?: { once?: boolean }) => void;
  };
  utterance: (text: string) => UtteranceLike;
}

/** The browser's speech synthesis, or null where it does not exist. Never throws. */
export function browserSpeech(): SpeechPlatform | null {
  try {
    const synth = globalThis.speechSynthesis;
    const Utterance = globalThis.SpeechSynthesisUtterance;
    if (!synth || typeof Utterance !== 'function') return null;
    return { synth, utterance: (text) => new Utterance(text) as UtteranceLike };
  } catch {
    return null;
  }
}

/** For French, a `fr-FR` voice first, then any `fr*` (Android writes `fr_FR`); null if none. */
export function pickVoice(voices: readonly VoiceLike[], lang = 'fr'): VoiceLike | null {
  const base = lang.slice(0, 2).toLowerCase();
  const of = (v: VoiceLike) => v.lang.toLowerCase().replace('_', '-');
  return voices.find((v) => of(v) === `${base}-${base}`) ?? voices.find((v) => of(v).startsWith(base)) ?? null;
}

/**
 * `idle` → `speaking` ⇄ `paused` → `idle`; `unavailable` when there is no speech
 * synthesis or no voice at all (the UI says so; nothing throws).
 */
export type SpeakerStatus = 'idle' | 'speaking' | 'paused' | 'unavailable';

export interface SpeakerState {
  status: SpeakerStatus;
  /** Index in `sentences` of the sentence being read (or paused on); -1 when idle. */
  index: number;
  sentences: readonly Sentence[];
}

export interface Speaker {
  get: () => SpeakerState;
  subscribe: (listener: (state: SpeakerState) => void) => () => void;
  /** Reads `text` sentence by sentence from the start (stops any other speaker on the same synth). */
  play: (text: string) => void;
  /** Pause and resume work at sentence level: resume says the current sentence again. */
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** Takes effect at once: the current sentence restarts at the new rate. */
  setRate: (rate: number) => void;
}

export interface SpeakerOptions {
  platform: SpeechPlatform | null;
  /** Aborting it stops the speech for good (the card or the page went away). */
  signal?: AbortSignal;
  /** Language of the text (a BCP 47 tag); French by default. */
  lang?: string;
  rate?: number;
  /** How long to wait for Chrome's voice list to load (it is empty at first). */
  voiceWaitMs?: number;
}

const owners = new WeakMap<object, Speaker>();

/**
 * A speaker on top of `speechSynthesis` that reads one sentence per utterance: Chrome stops
 * a long utterance after ~15 s without an error. Pause is a cancel that keeps the
 * sentence index (Chrome's own pause/resume is unreliable and its paused queue is also cut
 * after ~15 s). Events from cancelled utterances are ignored through a generation counter.
 */
export function createSpeaker({ platform, signal, lang = 'fr', rate = 0.9, voiceWaitMs = 5000 }: SpeakerOptions): Speaker {
  let state: SpeakerState = { status: platform ? 'idle' : 'unavailable', index: -1, sentences: [] };
  let generation = 0;
  let current: UtteranceLike | null = null; // kept referenced: Chrome may drop events of collected utterances
  const listeners = new Set<(state: SpeakerState) => void>();
  const set = (patch: Partial<SpeakerState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };

  const silence = () => {
    generation++;
    current = null;
    if (platform && owners.get(platform.synth) === speaker) platform.synth.cancel();
  };

  const speakAt = (index: number, voice: VoiceLike | null) => {
    const sentence = state.sentences[index];
    if (!platform || !sentence) return set({ status: 'idle', index: -1 });
    const mine = ++generation;
    const utterance = platform.utterance(sentence.text);
    utterance.lang = voice?.lang ?? lang;
    utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => mine === generation && speakAt(index + 1, voice);
    // "interrupted"/"canceled": someone else cancelled the speech (another reader, the page).
    // Any other error (no voice, synthesis-failed, not-allowed…) means speech does not work here.
    utterance.onerror = (event) => {
      if (mine !== generation) return;
      current = null;
      set({ status: /^(interrupted|canceled)$/.test(event.error ?? '') ? 'idle' : 'unavailable', index: -1 });
    };
    current = utterance;
    set({ status: 'speaking', index });
    platform.synth.speak(utterance as never);
  };

  const start = async (index: number) => {
    if (!platform || signal?.aborted) return;
    const mine = generation;
    const voices = await loadVoices(platform, voiceWaitMs);
    if (mine !== generation || signal?.aborted) return; // stopped while the voices loaded
    if (voices.length === 0) return set({ status: 'unavailable', index: -1 });
    speakAt(index, pickVoice(voices, lang));
  };

  const speaker: Speaker = {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play: (text) => {
      if (!platform || signal?.aborted) return set({ status: 'unavailable' });
      const previous = owners.get(platform.synth);
      if (previous && previous !== speaker) previous.stop();
      owners.set(platform.synth, speaker);
      silence(); // also clears a queue Chrome may have left stuck
      const sentences = splitSentences(text);
      set({ sentences, status: sentences.length ? 'speaking' : 'idle', index: sentences.length ? 0 : -1 });
      if (sentences.length) void start(0);
    },
    pause: () => {
      if (state.status !== 'speaking') return;
      silence();
      set({ status: 'paused' });
    },
    resume: () => {
      if (state.status !== 'paused') return;
      set({ status: 'speaking' });
      void start(state.index);
    },
    stop: () => {
      if (state.status === 'unavailable') return;
      silence();
      set({ status: 'idle', index: -1 });
    },
    setRate: (next) => {
      rate = next;
      if (state.status !== 'speaking') return;
      silence();
      void start(state.index);
    },
  };
  signal?.addEventListener('abort', () => speaker.stop(), { once: true });
  return speaker;
}

/**
 * Chrome fills `getVoices()` some time after the first call (seconds when a speech
 * service starts cold). Its `voiceschanged` event did not reach our content script in
 * Chromium 156 with speech-dispatcher, so we also look again every 200 ms until `waitMs`.
 * A stop during the wait is handled by the caller (generation check).
 */
function loadVoices(platform: SpeechPlatform, waitMs: number): Promise<readonly VoiceLike[]> {
  return new Promise((resolve) => {
    let left = waitMs;
    const look = () => {
      const voices = safeVoices(platform);
      if (voices.length || left <= 0) return resolve(voices);
      left -= 200;
      setTimeout(look, 200);
    };
    platform.synth.addEventListener?.('voiceschanged', () => resolve(safeVoices(platform)), { once: true });
    look();
  });
}

function safeVoices(platform: SpeechPlatform): readonly VoiceLike[] {
  try {
    return platform.synth.getVoices();
  } catch {
    return [];
  }
}
