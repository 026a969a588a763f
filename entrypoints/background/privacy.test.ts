import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileRules } from '../../core/privacy/rule-set';
import { createClassifier } from '../../core/privacy/classifier';
import { createPrivacyHandlers, startCurtainCommand, toggleCurtain } from './privacy';

const fromTab = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: 'https://www.caf.fr/connexion', tab: { id: tabId, url: 'https://www.caf.fr/connexion' } }) as never;

describe('background privacy state (C1 rules, C2 silenced reminders, C3 curtain)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends rules that compile into the classifier', async () => {
    const rules = await createPrivacyHandlers()['privacy.rules']();
    const classify = createClassifier(compileRules(JSON.parse(JSON.stringify(rules))));
    const field = { tag: 'input', type: 'text', accessibleName: 'Numéro fiscal', name: '', id: '', autocomplete: '', inputmode: '', maxLength: null, pattern: '', placeholder: '', legend: '', nearbyText: '', classHints: '', groupSize: 1 } as const;
    expect(classify({ ...field })).toBe('tax-number');
  });

  it('silences a kind for the whole browser session (every tab), kinds only', async () => {
    const handlers = createPrivacyHandlers();
    expect(await handlers['privacy.set']({ silence: 'secret' }, fromTab(1))).toMatchObject({ silenced: ['secret'] });
    expect(await handlers['privacy.state']({}, fromTab(2))).toMatchObject({ silenced: ['secret'], curtain: false });
    await handlers['privacy.set']({ silence: 'secret' }, fromTab(2));
    expect((await handlers['privacy.state']({}, fromTab(2))).silenced).toEqual(['secret']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'privacy:silenced': { v: 1, kinds: ['secret'] } });
  });

  it('keeps the curtain per tab and forgets a closed tab', async () => {
    const handlers = createPrivacyHandlers();
    const stop = startCurtainCommand();
    await handlers['privacy.set']({ curtain: true }, fromTab(7));
    expect((await handlers['privacy.state']({}, fromTab(7))).curtain).toBe(true);
    expect((await handlers['privacy.state']({}, fromTab(8))).curtain).toBe(false);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await handlers['privacy.state']({}, fromTab(7))).curtain).toBe(false);
    stop();
  });

  it('two tabs changing the privacy state at once lose nothing', async () => {
    const handlers = createPrivacyHandlers();
    await Promise.all([
      handlers['privacy.set']({ silence: 'secret', curtain: true }, fromTab(1)),
      handlers['privacy.set']({ silence: 'identifier', curtain: true }, fromTab(2)),
      handlers['privacy.set']({ silence: 'document', curtain: true }, fromTab(3)),
    ]);
    const state = await handlers['privacy.state']({}, fromTab(2));
    expect([...state.silenced].sort()).toEqual(['document', 'identifier', 'secret']);
    for (const tab of [1, 2, 3]) expect((await handlers['privacy.state']({}, fromTab(tab))).curtain).toBe(true);
  });

  it('drops a stored value that does not parse, and answers the default', async () => {
    await fakeBrowser.storage.session.set({ 'privacy:silenced': { v: 9, kinds: 'everything' } });
    expect((await createPrivacyHandlers()['privacy.state']({}, fromTab(1))).silenced).toEqual([]);
    expect(await fakeBrowser.storage.session.get('privacy:silenced')).toEqual({});
  });

  it('toggling a tab without our content script answers null', async () => {
    expect(await toggleCurtain(42)).toBeNull();
  });
});
