import { describe, expect, it, vi } from 'vitest';
import { openSidePanel } from './open';

describe('openSidePanel (from the popup click)', () => {
  it('Firefox: opens the sidebar', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openSidePanel(3, { sidebarAction: { open } })).toBe(true);
    expect(open).toHaveBeenCalledOnce();
  });

  it('Chrome: opens the side panel of the popup\'s window, synchronously within the click', () => {
    const open = vi.fn((_: { windowId: number }) => Promise.resolve());
    const done = openSidePanel(5, { sidePanel: { open } });
    expect(open).toHaveBeenCalledWith({ windowId: 5 }); // before any await: still in the user gesture
    return expect(done).resolves.toBe(true);
  });

  it('says false when the browser refuses, throws, or has neither API', async () => {
    expect(await openSidePanel(5, { sidePanel: { open: () => Promise.reject(new Error('user gesture')) } })).toBe(false);
    expect(await openSidePanel(5, { sidePanel: { open: () => { throw new Error('no'); } } })).toBe(false);
    expect(await openSidePanel(undefined, { sidePanel: { open: () => Promise.resolve() } })).toBe(false);
    expect(await openSidePanel(5, {})).toBe(false);
  });
});
