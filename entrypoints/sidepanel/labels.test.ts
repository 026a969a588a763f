import { describe, expect, it } from 'vitest';
import { createPageTranslator } from '../../lib/i18n-pages';
import { CATEGORIES, categoryLabel, durationLabel, formatElapsed, sensitivityLabel } from './labels';
import { DurationBucket, SessionCategory } from '../../core/session/accompanied';
import { Sensitivity } from '../../core/privacy/sensitivity';

describe('side panel labels', () => {
  it('formats the timer as mm:ss under an hour, "h mm" from an hour on', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(-5_000)).toBe('00:00');
    expect(formatElapsed(65_999)).toBe('01:05');
    expect(formatElapsed(3_599_999)).toBe('59:59');
    expect(formatElapsed(3_600_000)).toBe('1 h 00');
    expect(formatElapsed(2 * 3_600_000 + 7 * 60_000)).toBe('2 h 07');
  });

  it('has a plain word for every category, sensitivity and duration, in French and English', () => {
    for (const lang of ['fr', 'en']) {
      const i18n = createPageTranslator(lang);
      expect(CATEGORIES).toEqual(SessionCategory.options);
      const words = [
        ...CATEGORIES.map((c) => categoryLabel(i18n, c)),
        ...Sensitivity.options.map((s) => sensitivityLabel(i18n, s)),
        ...DurationBucket.options.map((d) => durationLabel(i18n, d)),
      ];
      expect(words.every((w) => w.length > 0 && !w.startsWith('sidepanel.'))).toBe(true);
      expect(new Set(words).size).toBe(words.length); // no two things said with the same words
    }
    const fr = createPageTranslator('fr');
    expect(categoryLabel(fr, 'etranger')).toBe('Étranger');
    expect(sensitivityLabel(fr, 'social-security-number')).toBe('numéro de sécurité sociale');
    expect(durationLabel(fr, '30-60-min')).toBe('entre 30 minutes et 1 heure');
  });
});
