import type { Contract, Handlers, Reply, RequestOf, ResponseOf } from '../../core/protocol/contract';
import { dispatch } from '../../core/protocol/dispatch';

/**
 * A scripted receiver for tests, behind the REAL contract: each request is parsed with its
 * schema, the scripted handler answers, and the answer is parsed with the response schema
 * before the code under test sees it — a double that answers what the background never
 * could fails (`bad-response`), as it would in the browser. A type without a handler
 * answers `no-receiver`; `down()` makes every message answer `no-receiver`.
 */
export function contractDouble<C extends Contract, K extends keyof C & string = keyof C & string>(contract: C, handlers: Partial<Pick<Handlers<C, undefined>, K>>) {
  const calls: Array<{ type: string; payload: unknown }> = [];
  let reachable = true;
  const send = async <T extends K>(type: T, payload: RequestOf<C, T>): Promise<Reply<ResponseOf<C, T>>> => {
    calls.push({ type, payload });
    if (!reachable || !handlers[type]) return { ok: false, error: { code: 'no-receiver', type } };
    // dispatch() is the background's own parser; its untyped reply is typed by the same contract.
    return (await dispatch(contract, handlers as Handlers<C, undefined>, { type, payload }, undefined)) as Reply<ResponseOf<C, T>>;
  };
  return { send, calls, down: (down = true) => void (reachable = !down) };
}
