import { describe, expect, it } from 'vitest';
import { browserSpeech, createSpeaker, pickVoice } from './speech';
import { scriptedSynth } from './speech-test-double';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const TEXT = 'Première phrase. Deuxième phrase ! Troisième phrase ?';

describe('createSpeaker', () => {
  it('speaks one utterance per sentence, in order, and exposes the current index', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform });
    const seen: number[] = [];
    speaker.subscribe((state) => seen.push(state.index));
    speaker.play(TEXT);
    await flush();
    expect(s.texts()).toEqual(['Première phrase.']);
    expect(speaker.get()).toMatchObject({ status: 'speaking', index: 0 });
    s.finish();
    expect(s.texts()).toEqual(['Première phrase.', 'Deuxième phrase !']);
    expect(speaker.get().index).toBe(1);
    s.finish();
    s.finish();
    expect(s.texts()).toHaveLength(3);
    expect(speaker.get()).toMatchObject({ status: 'idle', index: -1 });
    expect(seen).toContain(2);
  });

  it('uses a fr-FR voice, its language and the chosen rate', async () => {
    const s = scriptedSynth([{ name: 'Daniel', lang: 'en-GB' }, { name: 'Thomas', lang: 'fr-CA' }, { name: 'Amélie', lang: 'fr-FR' }]);
    const speaker = createSpeaker({ platform: s.platform, rate: 0.7 });
    speaker.play(TEXT);
    await flush();
    expect(s.spoken[0]).toMatchObject({ lang: 'fr-FR', rate: 0.7, voice: { name: 'Amélie' } });
  });

  it('waits for Chrome to load its voices, then speaks', async () => {
    const s = scriptedSynth([]);
    const speaker = createSpeaker({ platform: s.platform, voiceWaitMs: 5_000 });
    speaker.play(TEXT);
    await flush();
    expect(s.spoken).toHaveLength(0);
    s.loadVoices([{ name: 'Amélie', lang: 'fr-FR' }]);
    await flush();
    expect(s.texts()).toEqual(['Première phrase.']);
  });

  it('finds voices that arrive without a voiceschanged event (seen in Chrome content scripts)', async () => {
    const s = scriptedSynth([]);
    const speaker = createSpeaker({ platform: s.platform, voiceWaitMs: 5_000 });
    speaker.play(TEXT);
    await flush();
    s.voices.push({ name: 'Amélie', lang: 'fr-FR' }); // no event
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(s.texts()).toEqual(['Première phrase.']);
  });

  it('says "unavailable" when no voice ever comes, without throwing', async () => {
    const s = scriptedSynth([]);
    const speaker = createSpeaker({ platform: s.platform, voiceWaitMs: 10 });
    speaker.play(TEXT);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(speaker.get().status).toBe('unavailable');
    expect(s.spoken).toHaveLength(0);
  });

  it('says "unavailable" when there is no speech synthesis at all', () => {
    const speaker = createSpeaker({ platform: null });
    expect(speaker.get().status).toBe('unavailable');
    expect(() => {
      speaker.play(TEXT);
      speaker.pause();
      speaker.resume();
      speaker.setRate(1.1);
      speaker.stop();
    }).not.toThrow();
    expect(speaker.get().status).toBe('unavailable');
  });

  it('says "unavailable" when the browser refuses to speak (not-allowed)', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform });
    speaker.play(TEXT);
    await flush();
    s.fail('not-allowed');
    expect(speaker.get().status).toBe('unavailable');
  });

  it('says "unavailable" when synthesis fails (Chromium without a speech engine answers synthesis-failed)', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform });
    speaker.play(TEXT);
    await flush();
    s.fail('synthesis-failed');
    expect(speaker.get()).toMatchObject({ status: 'unavailable', index: -1 });
    expect(s.spoken).toHaveLength(1);
  });

  it('pauses on the current sentence and resumes by saying it again', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform });
    speaker.play(TEXT);
    await flush();
    s.finish();
    speaker.pause();
    expect(speaker.get()).toMatchObject({ status: 'paused', index: 1 });
    expect(s.synth.cancelled).toBeGreaterThan(0);
    // The "interrupted" error of the cancelled utterance must not end the reading.
    speaker.resume();
    await flush();
    expect(speaker.get()).toMatchObject({ status: 'speaking', index: 1 });
    expect(s.texts()).toEqual(['Première phrase.', 'Deuxième phrase !', 'Deuxième phrase !']);
    s.finish();
    expect(s.texts().at(-1)).toBe('Troisième phrase ?');
  });

  it('ignores a late "end" from a cancelled utterance (Firefox fires end on cancel)', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform });
    speaker.play(TEXT);
    await flush();
    const first = s.spoken[0]!;
    speaker.stop();
    first.onend?.({});
    expect(s.spoken).toHaveLength(1);
    expect(speaker.get().status).toBe('idle');
  });

  it('changes the rate at once by restarting the current sentence', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform, rate: 0.9 });
    speaker.play(TEXT);
    await flush();
    speaker.setRate(1.1);
    await flush();
    expect(s.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['Première phrase.', 0.9],
      ['Première phrase.', 1.1],
    ]);
    expect(speaker.get()).toMatchObject({ status: 'speaking', index: 0 });
  });

  it('lets only one speaker talk at a time on the same synth', async () => {
    const s = scriptedSynth();
    const a = createSpeaker({ platform: s.platform });
    const b = createSpeaker({ platform: s.platform });
    a.play(TEXT);
    await flush();
    b.play('Autre texte. Encore.');
    await flush();
    expect(a.get().status).toBe('idle');
    expect(b.get()).toMatchObject({ status: 'speaking', index: 0 });
    s.finish();
    expect(s.texts()).toEqual(['Première phrase.', 'Autre texte.', 'Encore.']);
  });

  it('goes idle when someone else cancels the speech (interrupted)', async () => {
    const s = scriptedSynth();
    const speaker = createSpeaker({ platform: s.platform });
    speaker.play(TEXT);
    await flush();
    s.synth.cancel();
    expect(speaker.get().status).toBe('idle');
  });

  it('stops and cancels for good when its signal aborts (teardown)', async () => {
    const s = scriptedSynth();
    const controller = new AbortController();
    const speaker = createSpeaker({ platform: s.platform, signal: controller.signal });
    speaker.play(TEXT);
    await flush();
    controller.abort();
    expect(speaker.get().status).toBe('idle');
    expect(s.synth.cancelled).toBeGreaterThan(0);
    speaker.play(TEXT);
    await flush();
    expect(s.spoken).toHaveLength(1);
  });

  it('does not start when stopped while the voices were loading', async () => {
    const s = scriptedSynth([]);
    const speaker = createSpeaker({ platform: s.platform, voiceWaitMs: 5_000 });
    speaker.play(TEXT);
    speaker.stop();
    s.loadVoices([{ name: 'Amélie', lang: 'fr-FR' }]);
    await flush();
    expect(s.spoken).toHaveLength(0);
    expect(speaker.get().status).toBe('idle');
  });
});

describe('pickVoice', () => {
  it('prefers fr-FR, then any French voice, else none', () => {
    expect(pickVoice([{ name: 'a', lang: 'fr-CA' }, { name: 'b', lang: 'fr_FR' }])?.name).toBe('b');
    expect(pickVoice([{ name: 'a', lang: 'en-US' }, { name: 'c', lang: 'fr-BE' }])?.name).toBe('c');
    expect(pickVoice([{ name: 'a', lang: 'en-US' }])).toBeNull();
  });
});

describe('browserSpeech', () => {
  it('is null where speechSynthesis does not exist (Node), without throwing', () => {
    expect(browserSpeech()).toBeNull();
  });
});
