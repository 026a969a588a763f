import * as z from 'zod/mini';

/**
 * A tab's walkthrough as the background keeps it in storage.session (per tab, so it
 * survives reloads, FranceConnect's cross-host redirects and service-worker restarts).
 * Only a pack id and a step number: nothing about the person.
 */
export const StoredWalkthrough = z.strictObject({
  /** Version of this stored shape; a value that does not parse is dropped, never trusted. */
  v: z.literal(1),
  packId: z.string(),
  step: z.int().check(z.minimum(0), z.maximum(11)),
});

/** What `walkthrough.get` answers: the stored step plus the pack's title and length (for a paused guide). */
export const WalkthroughProgress = z.object({
  packId: z.string(),
  step: z.int().check(z.minimum(0)),
  title: z.string(),
  total: z.int().check(z.minimum(1)),
});

export type StoredWalkthrough = z.infer<typeof StoredWalkthrough>;
export type WalkthroughProgress = z.infer<typeof WalkthroughProgress>;
