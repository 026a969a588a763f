import * as z from 'zod/mini';

/** How a portal lets people in; used for reminders and the clean desk. */
export const LoginKind = z.enum([
  'none',
  'franceconnect',
  'nir-password',
  'nir-password-code',
  'tax-number-password',
  'identifier-password',
  'foreigner-number-password',
  'account',
]);

/**
 * A host entry: an exact hostname (`www.caf.fr`) or `*.` + a domain (`*.caf.fr`), which
 * matches the domain itself and every subdomain. Lower case, no scheme, no port, no path.
 */
export const HostPattern = z.string().check(
  z.regex(/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/, 'hôte invalide : nom complet en minuscules, ou *.domaine'),
);

export const PortalEntry = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(2)),
  shortName: z.string().check(z.minLength(2)),
  hosts: z.array(HostPattern).check(z.minLength(1)),
  login: z.array(LoginKind).check(z.minLength(1)),
  phone: z.nullable(z.string()),
  /** The address to give a person who should go to the real site (the look-alike warning). */
  home: z.optional(z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\/$/, 'adresse d’accueil invalide : https://hôte/'))),
});

export const PortalRegistry = z.object({
  version: z.literal(1),
  updated: z.string(),
  note: z.optional(z.string()),
  portals: z.array(PortalEntry).check(z.minLength(1)),
});

export type LoginKind = z.infer<typeof LoginKind>;
export type PortalEntry = z.infer<typeof PortalEntry>;
export type PortalRegistry = z.infer<typeof PortalRegistry>;
