// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createDomWatcher } from './observe';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let controller: AbortController;
afterEach(() => {
  controller?.abort();
  document.body.replaceChildren();
});

function watch() {
  controller = new AbortController();
  const batches: Element[][] = [];
  const watcher = createDomWatcher(document, controller.signal, (n) => n.nodeName === 'COTE-A-COTE-OVERLAY');
  watcher.subscribe((added) => batches.push([...added]));
  return batches;
}

describe('createDomWatcher', () => {
  it('hands over added elements once per frame, top-most only', async () => {
    const batches = watch();
    const section = document.createElement('section');
    section.append(document.createElement('input'), document.createElement('label'));
    document.body.append(section);
    document.body.append(document.createElement('p'));
    await nextFrame();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((el) => el.tagName)).toEqual(['SECTION', 'P']);
  });

  it('ignores our own overlay host', async () => {
    const batches = watch();
    document.body.append(document.createElement('cote-a-cote-overlay'));
    await nextFrame();
    expect(batches).toHaveLength(0);
  });

  it('stops when the signal aborts', async () => {
    const batches = watch();
    controller.abort();
    document.body.append(document.createElement('div'));
    await nextFrame();
    expect(batches).toHaveLength(0);
  });

  it('keeps calling other listeners when one throws', async () => {
    controller = new AbortController();
    const watcher = createDomWatcher(document, controller.signal, () => false);
    let called = 0;
    watcher.subscribe(() => {
      throw new Error('x');
    });
    watcher.subscribe(() => called++);
    document.body.append(document.createElement('div'));
    await nextFrame();
    expect(called).toBe(1);
  });
});
