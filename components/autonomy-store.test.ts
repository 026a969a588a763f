import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../core/session/autonomy';
import { createAutonomyStore } from './autonomy-store';

describe('autonomy check store (W4)', () => {
  it('one question at a time; back keeps the answers; the result comes once all are answered', () => {
    const store = createAutonomyStore();
    expect(store.question()).toMatchObject({ index: 0, chosen: undefined, last: false });
    store.confirm('alone');
    expect(store.question().index).toBe(1);
    store.back();
    expect(store.question()).toMatchObject({ index: 0, chosen: 'alone' });
    store.next();
    for (let i = 1; i < QUESTIONS.length; i++) store.confirm('with-help');
    const result = store.result();
    expect(result?.level).toBeGreaterThanOrEqual(1);
    expect(result?.skills.alone).toContain('device');
    expect(result?.suggestions.length).toBeGreaterThan(0);
  });

  it('no result before the end; the level is counted once only', () => {
    const store = createAutonomyStore();
    expect(store.count()).toBeNull();
    for (let i = 0; i < QUESTIONS.length; i++) store.confirm('not-yet');
    expect(store.question().last).toBe(true);
    expect(store.count()).toBe(1);
    expect(store.state.get().counted).toBe(true);
    expect(store.count()).toBeNull();
  });

  it('choosing without confirming stays on the question', () => {
    const store = createAutonomyStore();
    store.choose('dont-know');
    expect(store.question()).toMatchObject({ index: 0, chosen: 'dont-know' });
    expect(store.result()).toBeNull();
  });
});
