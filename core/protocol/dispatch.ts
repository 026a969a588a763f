import { Envelope, issuePaths, type Contract, type Handlers, type Reply } from './contract';

/**
 * Validates a raw message against a receiver's contract, runs its handler and validates
 * the response. Never throws: every failure becomes an error reply with a code and the
 * failing paths, so callers can log without logging content.
 */
export async function dispatch<C extends Contract, Ctx>(
  contract: C,
  handlers: Handlers<C, Ctx>,
  raw: unknown,
  ctx: Ctx,
): Promise<Reply<unknown>> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return fail('bad-envelope');
  const { type } = envelope.data;
  // A message with no payload is a message with an empty one (`{ type: 'page.report' }`).
  const payload = envelope.data.payload ?? {};
  if (!Object.hasOwn(contract, type)) return fail('unknown-type', type);
  const spec = contract[type]!;
  const request = spec.req.safeParse(payload);
  if (!request.success) return fail('bad-request', type, issuePaths(request.error));
  let result: unknown;
  try {
    result = await handlers[type as keyof C](request.data as never, ctx);
  } catch {
    return fail('handler-failed', type);
  }
  const response = spec.res.safeParse(result);
  if (!response.success) return fail('bad-response', type, issuePaths(response.error));
  return { ok: true, data: response.data };
}

function fail(code: Exclude<Reply<unknown>, { ok: true }>['error']['code'], type?: string, paths?: string[]): Reply<never> {
  return { ok: false, error: { code, ...(type ? { type } : {}), ...(paths ? { paths } : {}) } };
}
