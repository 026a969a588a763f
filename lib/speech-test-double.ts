import type { SpeechPlatform, UtteranceLike, VoiceLike } from './speech';

/**
 * A scripted double of speechSynthesis: it records what is spoken and lets the test decide
 * when an utterance ends or fails, the way Chrome does (cancel → "interrupted" error on the
 * utterance being spoken, "canceled" on the queued ones). It tests OUR queueing logic;
 * used by lib/speech.test.ts and components/ReadAloudPlayer.dom.test.tsx.
 */
export function scriptedSynth(voices: VoiceLike[] = [{ name: 'Amélie', lang: 'fr-FR' }]) {
  const queue: UtteranceLike[] = [];
  const spoken: UtteranceLike[] = [];
  const voicesListeners = new Set<() => void>();
  let list = voices;
  const synth = {
    speak: (u: UtteranceLike) => {
      queue.push(u);
      spoken.push(u);
    },
    cancelled: 0,
    cancel: () => {
      synth.cancelled++;
      const dropped = queue.splice(0);
      dropped.forEach((u, i) => u.onerror?.({ error: i === 0 ? 'interrupted' : 'canceled' }));
    },
    getVoices: () => list,
    addEventListener: (_: 'voiceschanged', listener: () => void, options?: { once?: boolean }) => {
      const once = () => {
        if (options?.once) voicesListeners.delete(once);
        listener();
      };
      voicesListeners.add(once);
    },
  };
  const platform: SpeechPlatform = {
    synth: synth as SpeechPlatform['synth'],
    utterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
  };
  return {
    /** The voice list itself: a test may fill it without the event. */
    get voices() {
      return list;
    },
    platform,
    synth,
    spoken,
    texts: () => spoken.map((u) => u.text),
    /** The utterance being spoken finishes normally. */
    finish: () => queue.shift()?.onend?.({}),
    fail: (error: string) => queue.shift()?.onerror?.({ error }),
    loadVoices: (next: VoiceLike[]) => {
      list = next;
      for (const listener of [...voicesListeners]) listener();
    },
  };
}

