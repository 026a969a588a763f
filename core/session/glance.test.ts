import { describe, expect, it } from 'vitest';
import type { AccompaniedSession } from './accompanied';
import { glanceOf } from './glance';
import type { PanelGuide, PanelView } from './panel-view';

const guide: PanelGuide = { packId: 'p', title: 'T', procedure: '…', step: 1, total: 5, stepTitle: 'Tapez votre mot de passe', confidentiality: null, papers: [], anchors: [] };
const scope = { packId: 'p', portal: 'caf', category: 'social' } as const;
const session = (over: Partial<AccompaniedSession> = {}): AccompaniedSession => ({
  v: 1, phase: 'accompanied', startedAt: 0, closedAt: null, scope, agreed: scope, scopeReason: 'start', typist: 'person',
  secretFocus: false, secretsTyped: false, viaFranceConnect: false, tabId: 3, level: null, outcome: null, stoppedBy: null, ...over,
});
const view = (s: AccompaniedSession | null, over: Partial<PanelView> = {}): PanelView => ({
  session: s, now: 0, tab: { tabId: 3, portal: { id: 'caf', name: 'CAF', shortName: 'CAF' } }, guide, procedures: [], ...over,
});

describe('glanceOf', () => {
  it('accompanied: the step (1-based), who types, and the step to follow', () => {
    expect(glanceOf(view(session()))).toEqual({ step: { number: 2, total: 5, title: 'Tapez votre mot de passe' }, typist: 'person', next: 'follow-step' });
  });

  it('a secret code being typed comes first; no official page, then no step, say what to do instead', () => {
    expect(glanceOf(view(session({ secretFocus: true })))?.next).toBe('look-away');
    expect(glanceOf(view(session(), { tab: null }))?.next).toBe('open-portal');
    expect(glanceOf(view(session(), { tab: { tabId: 3, portal: null } }))?.next).toBe('open-portal');
    expect(glanceOf(view(session({ typist: 'worker' }), { guide: { ...guide, step: null } }))).toEqual({ step: null, typist: 'worker', next: 'help-on-page' });
    expect(glanceOf(view(session(), { guide: null }))?.next).toBe('help-on-page');
  });

  it('the other phases: one next thing, no step, no typist', () => {
    expect(glanceOf(view(session({ phase: 'scope' })))).toEqual({ step: null, typist: null, next: 'choose-procedure' });
    expect(glanceOf(view(session({ phase: 'notice' })))?.next).toBe('read-notice');
    expect(glanceOf(view(session({ phase: 'closing' })))?.next).toBe('ask-outcome');
    expect(glanceOf(view(session({ phase: 'closing', outcome: 'not-done' })))?.next).toBe('clean-desk');
    expect(glanceOf(view(session({ phase: 'receipt' })))?.next).toBe('finish');
  });

  it('no session: nothing at the top', () => {
    expect(glanceOf(view(null))).toBeNull();
  });
});
