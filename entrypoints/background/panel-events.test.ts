import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WorkerAction } from '../../core/session/worker-action';
import { loadPacks } from './packs';
import type { PanelChange } from './panel-events';
import { createSession } from './session';
import { writeWalkthrough } from './walkthrough-store';

const CAF_SCOPE = { packId: 'caf-declaration-trimestrielle', portal: 'caf', category: 'social' } as const;
const CAF = 'https://www.caf.fr/espace';

async function setUp() {
  const told: PanelChange[] = [];
  const session = createSession({ packs: loadPacks().packs, record: async () => undefined, now: () => 0, tellPanel: async (c) => void told.push(c) });
  const act = (action: WorkerAction) => session.handlers['session.act']({ action });
  const tab = await fakeBrowser.tabs.create({ url: CAF });
  const other = await fakeBrowser.tabs.create({ url: 'https://www.ameli.fr/' });
  for (const action of [{ type: 'start' }, { type: 'choose-scope', scope: CAF_SCOPE }, { type: 'agree' }] as const) await act(action);
  return { session, act, told, tab: tab.id!, other: other.id! };
}

/** Lets the listeners' storage reads settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('background → side panel: panel.changed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a page of the followed tab greeting the background tells the panel to read the page again; another tab does not', async () => {
    const { session, told, tab, other } = await setUp();
    await session.onOfficialPage(tab, CAF);
    expect(told).toEqual([{ page: true }]);
    told.length = 0;
    await fakeBrowser.tabs.update(other, { url: 'https://www.ameli.fr/autre' });
    await session.onOfficialPage(other, 'https://www.ameli.fr/autre');
    // The session now follows the ameli tab: that is its page.
    expect(told).toContainEqual({ page: true });
  });

  it('while started: session and walkthrough writes, loads and address changes of the followed tab; nothing after stop', async () => {
    const { session, act, told, tab, other } = await setUp();
    const stop = session.startPanelEvents();
    await act({ type: 'switch-typist' });
    await settle();
    expect(told).toContainEqual({ page: false });

    told.length = 0;
    await writeWalkthrough(tab, CAF_SCOPE.packId, 2);
    await settle();
    expect(told).toEqual([{ page: false }]);

    told.length = 0;
    await writeWalkthrough(other, CAF_SCOPE.packId, 1); // not the followed tab
    await fakeBrowser.tabs.onUpdated.trigger(other, { status: 'complete' }, (await fakeBrowser.tabs.get(other)) as never);
    await settle();
    expect(told).toEqual([]);

    await fakeBrowser.tabs.onUpdated.trigger(tab, { url: `${CAF}?etape=2` }, (await fakeBrowser.tabs.get(tab)) as never);
    await settle();
    expect(told).toEqual([{ page: true }]);
    told.length = 0;
    await fakeBrowser.tabs.onUpdated.trigger(tab, { status: 'loading' }, (await fakeBrowser.tabs.get(tab)) as never);
    await settle();
    expect(told).toEqual([]); // the page is not there yet: 'complete' (or its page.hello) says so

    stop();
    await act({ type: 'switch-typist' });
    await fakeBrowser.tabs.onUpdated.trigger(tab, { status: 'complete' }, (await fakeBrowser.tabs.get(tab)) as never);
    await settle();
    expect(told).toEqual([]);
  });
});
