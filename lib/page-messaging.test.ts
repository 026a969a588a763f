import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundMessages } from '../core/protocol/messages';
import { contractDouble } from '../tests/support/contract-double';
import { sendToBackground } from './messaging';
import { sendFromPage } from './page-messaging';

/** A background that answers `cleandesk.forget` with `answer`, whatever it is. */
function answering(answer: unknown) {
  fakeBrowser.runtime.onMessage.addListener(((_message: unknown, _sender: unknown, respond: (reply: unknown) => void) => {
    respond(answer);
    return true;
  }) as never);
}

describe('extension pages parse every reply (sendFromPage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('passes a reply that matches the contract', async () => {
    answering({ forgotten: true });
    expect(await sendFromPage('cleandesk.forget', {})).toEqual({ ok: true, data: { forgotten: true } });
  });

  it('refuses a reply that does not (bad-response), where the content script would take it as is', async () => {
    answering({ forgotten: 'yes', extra: '<script>' });
    expect(await sendFromPage('cleandesk.forget', {})).toEqual({ ok: false, error: { code: 'bad-response', type: 'cleandesk.forget' } });
    // The documented exception (lib/messaging.ts): the content script does not parse twice.
    expect((await sendToBackground('cleandesk.forget', {})).ok).toBe(true);
  });

  it('passes a wire error on, and never throws without a receiver', async () => {
    answering({ error: { code: 'untrusted-sender', type: 'cleandesk.forget' } });
    expect(await sendFromPage('cleandesk.forget', {})).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    fakeBrowser.reset();
    expect(await sendFromPage('cleandesk.forget', {})).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
  });
});

describe('a test double behind the contract (tests/support/contract-double.ts)', () => {
  it('parses what the double answers: an answer the background could never give fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = contractDouble(backgroundMessages, { 'lookalike.allow': () => ({ allowed: true }) });
    expect(await good.send('lookalike.allow', { host: 'ameli-frconnect.fr' })).toEqual({ ok: true, data: { allowed: true } });
    const bad = contractDouble(backgroundMessages, { 'lookalike.allow': () => ({ allowed: 'oui' }) as never });
    expect(await bad.send('lookalike.allow', { host: 'ameli-frconnect.fr' })).toMatchObject({ ok: false, error: { code: 'bad-response', paths: ['allowed'] } });
    warn.mockRestore();
  });

  it('parses the request too, records the calls, answers no-receiver when down or unscripted', async () => {
    const double = contractDouble<typeof backgroundMessages, 'lookalike.allow' | 'cleandesk.forget'>(backgroundMessages, { 'lookalike.allow': () => ({ allowed: true }) });
    expect(await double.send('lookalike.allow', { host: 'AMELI FR/<x>' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await double.send('cleandesk.forget', {})).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
    double.down();
    expect(await double.send('lookalike.allow', { host: 'ameli-frconnect.fr' })).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
    expect(double.calls.map((c) => c.type)).toEqual(['lookalike.allow', 'cleandesk.forget', 'lookalike.allow']);
  });
});
