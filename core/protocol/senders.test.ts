import { describe, expect, it } from 'vitest';
import { isExtensionSender, isOfficialContentSender } from './senders';
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
