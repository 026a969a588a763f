import { describe, expect, it } from 'vitest';
import { isAllowedSender, isExtensionSender, isOfficialContentSender, isSidePanelSender } from './senders';
import { findPortal } from '../portals/registry';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const official = (url: string) => findPortal(url) !== null;

describe('isExtensionSender', () => {
  it('accepts our background and our pages, even opened as tabs', () => {
    expect(isExtensionSender({ id: ID, url: `${ORIGIN}background.js` }, ID, ORIGIN)).toBe(true);
    expect(isExtensionSender({ id: ID, url: `${ORIGIN}sidepanel.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe(true);
    expect(isExtensionSender({ id: ID }, ID, ORIGIN)).toBe(true);
  });

  it('refuses content scripts, other extensions and pages', () => {
    expect(isExtensionSender({ id: ID, url: 'https://www.caf.fr/', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isExtensionSender({ id: ID, tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isExtensionSender({ id: 'other', url: `chrome-extension://other/x.html` }, ID, ORIGIN)).toBe(false);
    expect(isExtensionSender({ url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
  });
});

describe('isOfficialContentSender', () => {
  it('accepts our content script on an official page only', () => {
    expect(isOfficialContentSender({ id: ID, url: 'https://www.caf.fr/x', tab: { id: 1 } }, ID, official)).toBe(true);
    expect(isOfficialContentSender({ id: ID, url: 'https://ameli-frconnect.fr/', tab: { id: 1 } }, ID, official)).toBe(false);
    expect(isOfficialContentSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, official)).toBe(false);
    expect(isOfficialContentSender({ id: 'other', url: 'https://www.caf.fr/', tab: { id: 1 } }, ID, official)).toBe(false);
  });
});

describe('isSidePanelSender (W2 messages)', () => {
  it('accepts our side panel, also opened as a tab or with a query', () => {
    expect(isSidePanelSender({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe(true);
    expect(isSidePanelSender({ id: ID, url: `${ORIGIN}sidepanel.html?x=1#y`, tab: { id: 4 } }, ID, ORIGIN)).toBe(true);
  });

  it('refuses our other pages, content scripts, senders without URL and other extensions', () => {
    expect(isSidePanelSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isSidePanelSender({ id: ID, url: `${ORIGIN}sidepanel.html.evil.html` }, ID, ORIGIN)).toBe(false);
    expect(isSidePanelSender({ id: ID, url: `${ORIGIN}sub/sidepanel.html` }, ID, ORIGIN)).toBe(false);
    expect(isSidePanelSender({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isSidePanelSender({ id: ID, url: 'https://www.caf.fr/sidepanel.html', tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
    expect(isSidePanelSender({ id: 'other', url: 'chrome-extension://other/sidepanel.html' }, ID, ORIGIN)).toBe(false);
  });

  it('isAllowedSender holds side-panel messages to that rule', () => {
    const own = { id: ID, origin: ORIGIN, isOfficialUrl: () => true };
    expect(isAllowedSender('side-panel', { id: ID, url: `${ORIGIN}sidepanel.html` }, own)).toBe(true);
    expect(isAllowedSender('side-panel', { id: ID, url: `${ORIGIN}clean-desk.html` }, own)).toBe(false);
    expect(isAllowedSender('side-panel', { id: ID, url: 'https://www.caf.fr/', tab: { id: 1, url: 'https://www.caf.fr/' } }, own)).toBe(false);
  });
});
