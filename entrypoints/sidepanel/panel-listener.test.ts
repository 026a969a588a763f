import { describe, expect, it } from 'vitest';
import { panelListener, type PanelChange } from './panel-listener';

const own = { id: 'ours', origin: 'chrome-extension://ours/' };
const background = { id: 'ours', url: 'chrome-extension://ours/background.js' };

describe('side panel listener (panel.changed)', () => {
  it('answers panel.changed from our background, parsed, and passes the change on', async () => {
    const seen: PanelChange[] = [];
    const listener = panelListener((c) => seen.push(c), own);
    expect(await listener({ type: 'panel.changed', payload: { page: true } }, background)).toEqual({ seen: true });
    expect(seen).toEqual([{ page: true }]);
  });

  it('stays silent for every other message (the background answers those)', () => {
    const listener = panelListener(() => undefined, own);
    expect(listener({ type: 'session.get', payload: {} }, { id: 'ours', url: 'chrome-extension://ours/sidepanel.html' })).toBeUndefined();
    expect(listener({ type: 'page.hello', payload: { portal: 'caf' } }, { id: 'ours', url: 'https://www.caf.fr/', tab: { id: 3 } })).toBeUndefined();
    expect(listener('hello', background)).toBeUndefined();
    expect(listener({ type: 'toString' }, background)).toBeUndefined();
  });

  it('ignores another extension or a page, and refuses a malformed change without passing it on', async () => {
    const seen: PanelChange[] = [];
    const listener = panelListener((c) => seen.push(c), own);
    expect(listener({ type: 'panel.changed', payload: { page: true } }, { id: 'other', url: 'chrome-extension://other/bg.js' })).toBeUndefined();
    expect(listener({ type: 'panel.changed', payload: { page: true } }, { id: 'ours', url: 'https://www.caf.fr/', tab: { id: 1 } })).toBeUndefined();
    expect(await listener({ type: 'panel.changed', payload: { page: 'yes' } }, background)).toMatchObject({ error: { code: 'bad-request' } });
    expect(seen).toEqual([]);
  });
});
