import { describe, expect, it } from 'vitest';
import { listen, stopAll } from './listen';

function event<L>() {
  const listeners = new Set<L>();
  return { listeners, addListener: (l: L) => void listeners.add(l), removeListener: (l: L) => void listeners.delete(l) };
}

describe('listen / stopAll', () => {
  it('adds the listener, and the stop removes exactly it', () => {
    const created = event<() => void>();
    const mine = () => undefined;
    const theirs = () => undefined;
    created.addListener(theirs);
    const stop = listen(created, mine);
    expect(created.listeners.has(mine)).toBe(true);
    stop();
    expect([...created.listeners]).toEqual([theirs]);
  });

  it('stopAll runs every stop', () => {
    const a = event<() => void>();
    const b = event<(id: number) => void>();
    const stop = stopAll(listen(a, () => undefined), listen(b, (_id: number) => undefined));
    expect(a.listeners.size + b.listeners.size).toBe(2);
    stop();
    expect(a.listeners.size + b.listeners.size).toBe(0);
  });
});
