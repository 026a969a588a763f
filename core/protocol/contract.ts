import * as z from 'zod/mini';

/** A message: the request its sender builds and the response its receiver answers. */
export interface MessageSpec<Req extends z.ZodMiniType = z.ZodMiniType, Res extends z.ZodMiniType = z.ZodMiniType> {
  req: Req;
  res: Res;
}

/** All messages one receiver accepts, by type name. */
export type Contract = Record<string, MessageSpec>;

export type RequestOf<C extends Contract, K extends keyof C> = z.infer<C[K]['req']>;
export type ResponseOf<C extends Contract, K extends keyof C> = z.infer<C[K]['res']>;

/** One handler per message type: a missing handler is a compile error (`satisfies`). */
export type Handlers<C extends Contract, Ctx> = {
  [K in keyof C]: (req: RequestOf<C, K>, ctx: Ctx) => ResponseOf<C, K> | Promise<ResponseOf<C, K>>;
};

/** What travels: the type name and its payload. */
export const Envelope = z.object({ type: z.string(), payload: z.optional(z.unknown()) });
export type Envelope = z.infer<typeof Envelope>;

/** Outcome of a message for the code that sent or handled it. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };
export interface ReplyError {
  code: 'bad-envelope' | 'unknown-type' | 'bad-request' | 'bad-response' | 'handler-failed' | 'untrusted-sender' | 'no-receiver';
  /** The message type, when known. */
  type?: string;
  /** Paths of failing fields ("fields.0.label"), never their values. */
  paths?: string[];
}

/**
 * On the wire a success is the response itself (so `page.report` answers the report, as
 * any inspection script expects) and a failure is `{ error: { code, type?, paths? } }`.
 * No response schema may have a top-level `error` key (tests/contract/protocol.test.ts).
 */
export const WireError = z.object({
  error: z.object({
    code: z.string(),
    type: z.optional(z.string()),
    paths: z.optional(z.array(z.string())),
  }),
});

/** The wire form of a reply. */
export function toWire(reply: Reply<unknown>): unknown {
  return reply.ok ? reply.data : { error: reply.error };
}

/** Issue paths of a failed parse, for logs: where it failed, not what it contained. */
export function issuePaths(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string[] {
  return error.issues.map((issue) => issue.path.map(String).join('.') || '(racine)');
}
