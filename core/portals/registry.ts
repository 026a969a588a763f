import registryData from './official-portals.json';
import { PortalRegistry, type PortalEntry } from './registry-schema';

/**
 * The bundled allow-list, validated once at load. A broken data file is a build-time
 * mistake: the unit tests parse it, so throwing here never reaches a person.
 */
export const officialRegistry: PortalRegistry = PortalRegistry.parse(registryData);

/** True when `hostname` is matched by one host pattern (exact, or `*.domain` = domain + subdomains). */
export function hostMatches(pattern: string, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  if (!pattern.startsWith('*.')) return host === pattern;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** Lower-cases and drops a trailing dot (`www.caf.fr.` is the same host for DNS). */
export function normalizeHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * Which official portal serves this URL, or null. Only `https:` counts: an official portal
 * served over plain http is not what it claims to be.
 */
export function findPortal(url: string, registry: PortalRegistry = officialRegistry): PortalEntry | null {
  const parsed = safeUrl(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return registry.portals.find((portal) => portal.hosts.some((p) => hostMatches(p, parsed.hostname))) ?? null;
}

/** Manifest match patterns (`https://*.caf.fr/*`) for every host of the registry, deduplicated. */
export function manifestMatchPatterns(registry: PortalRegistry = officialRegistry): string[] {
  const patterns = registry.portals.flatMap((portal) => portal.hosts.map((host) => `https://${host}/*`));
  return [...new Set(patterns)].sort();
}

export { stripUrl } from './url';

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
