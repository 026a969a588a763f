import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dispatch } from './dispatch';
import type { Contract, Handlers } from './contract';

const contract = {
  'echo.upper': { req: z.object({ text: z.string() }), res: z.object({ text: z.string() }) },
  'bad.answer': { req: z.object({}), res: z.object({ n: z.number() }) },
  'throws': { req: z.object({}), res: z.object({}) },
} satisfies Contract;

const handlers = {
  'echo.upper': (req) => ({ text: req.text.toUpperCase() }),
  'bad.answer': () => ({ n: 'not a number' }) as unknown as { n: number },
  throws: () => {
    throw new Error('boom secret-canary');
  },
} satisfies Handlers<typeof contract, null>;

describe('dispatch', () => {
  it('runs the handler of a valid message', async () => {
    expect(await dispatch(contract, handlers, { type: 'echo.upper', payload: { text: 'abc' } }, null)).toEqual({
      ok: true,
      data: { text: 'ABC' },
    });
  });

  it.each([
    [null, 'bad-envelope'],
    ['page.report', 'bad-envelope'],
    [{ type: 42 }, 'bad-envelope'],
    [{ type: 'nope', payload: {} }, 'unknown-type'],
    [{ type: 'toString', payload: {} }, 'unknown-type'],
    [{ type: '__proto__', payload: {} }, 'unknown-type'],
    [{ type: 'echo.upper', payload: { text: 5 } }, 'bad-request'],
    [{ type: 'echo.upper' }, 'bad-request'],
    [{ type: 'bad.answer', payload: {} }, 'bad-response'],
    [{ type: 'throws', payload: {} }, 'handler-failed'],
  ])('answers %j with %s and never throws', async (raw, code) => {
    const reply = await dispatch(contract, handlers, raw, null);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe(code);
  });

  it('treats a missing payload as an empty one', async () => {
    const contractWithEmpty = { 'page.ping': { req: z.object({}), res: z.object({ pong: z.boolean() }) } } satisfies Contract;
    const reply = await dispatch(contractWithEmpty, { 'page.ping': () => ({ pong: true }) }, { type: 'page.ping' }, null);
    expect(reply).toEqual({ ok: true, data: { pong: true } });
  });

  it('reports failing paths, never the values', async () => {
    const reply = await dispatch(contract, handlers, { type: 'echo.upper', payload: { text: { canary: 'SECRET-42' } } }, null);
    expect(JSON.stringify(reply)).not.toContain('SECRET-42');
    expect(reply).toMatchObject({ ok: false, error: { paths: ['text'] } });
  });

  it('does not leak a handler exception message', async () => {
    const reply = await dispatch(contract, handlers, { type: 'throws', payload: {} }, null);
    expect(JSON.stringify(reply)).not.toContain('canary');
  });
});
