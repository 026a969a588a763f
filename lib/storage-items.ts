import * as z from 'zod/mini';
import { StoredWalkthrough } from '../core/packs/walkthrough-state';
import { ReminderKind } from '../core/privacy/reminders';
import { AccompaniedSession } from '../core/session/accompanied';
import { SessionTrail } from '../core/session/clean-desk';
import { EMPTY_STATISTICS, StoredStatistics } from '../core/session/statistics';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_KEY, settingsSchema } from './settings';
import { defineFamily, defineItem } from './stored-item';

/**
 * EVERY value the extension stores, declared once: key, area, schema, version, migrations,
 * fallback. Nothing else names a storage key (tests/contract/storage.test.ts), and the
 * "State" section of ARCHITECTURE.md lists the same items. To add one: declare it here,
 * add it to `storageItems`, describe it in ARCHITECTURE.md. Never store a value typed in a
 * portal's field.
 *
 * storage.session is gone when the browser closes and survives service-worker restarts;
 * content scripts cannot read it (default access level): only the background writes it.
 */

/** G6 reading settings (storage.local). The content script reads this key directly: see lib/settings.ts. */
export const settingsItem = defineItem({
  key: SETTINGS_KEY,
  area: 'local',
  schema: settingsSchema,
  version: 1,
  migrations: {},
  fallback: DEFAULT_SETTINGS,
  name: 'réglages',
  repair: repairSettings,
});

/** W3 content-free statistics (storage.local): counters only, see core/session/statistics.ts. */
export const statisticsItem = defineItem({
  key: 'statistics',
  area: 'local',
  schema: StoredStatistics,
  version: 1,
  migrations: {},
  fallback: EMPTY_STATISTICS,
  name: 'statistiques',
});

/** W1 the accompanied session; removed when it ends. */
export const sessionItem = defineItem<AccompaniedSession | null>({
  key: 'accompaniedSession',
  area: 'session',
  schema: z.nullable(AccompaniedSession),
  version: 1,
  migrations: {},
  fallback: null,
  name: 'session accompagnée',
});

/** G3 walkthrough progress per tab (reloads, FranceConnect's redirects); removed with the tab. */
export const walkthroughItems = defineFamily<StoredWalkthrough | null, number>({
  prefix: 'walkthrough:',
  idName: 'tabId',
  area: 'session',
  schema: z.nullable(StoredWalkthrough),
  version: 1,
  migrations: {},
  fallback: null,
  name: 'état du guide',
});

const StoredTrail = z.extend(SessionTrail, { v: z.literal(1) });
export type StoredTrail = z.infer<typeof StoredTrail>;

/** C4 clean-desk trail: portal ids + origins, download ids; erased by the clean desk. */
export const trailItem = defineItem<StoredTrail>({
  key: 'cleanDeskTrail',
  area: 'session',
  schema: StoredTrail,
  version: 1,
  migrations: {},
  fallback: { v: 1, portals: [], downloads: [] },
  name: 'trace de session',
});

/** G1 host names the person chose to visit anyway ("Continuer quand même"); forgotten by the clean desk. */
export const MAX_ALLOWED_HOSTS = 50;
export const allowedHostsItem = defineItem<string[]>({
  key: 'lookalikeAllowedHosts',
  area: 'session',
  schema: z.array(z.string().check(z.maxLength(253))).check(z.maxLength(MAX_ALLOWED_HOSTS)),
  version: 1,
  migrations: {},
  fallback: [],
  name: 'sites autorisés',
});

/** G5 glossary term ids marked "Je connais ce mot" (ids only). */
export const knownTermsItem = defineItem({
  key: 'glossary:known',
  area: 'session',
  schema: z.object({ v: z.literal(1), ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(500)) }),
  version: 1,
  migrations: {},
  fallback: { v: 1, ids: [] },
  name: 'mots connus',
});

/** C3 tabs whose privacy curtain is on (it comes back after a page load); a closed tab is forgotten. */
export const curtainTabsItem = defineItem({
  key: 'privacy:curtain-tabs',
  area: 'session',
  schema: z.object({ v: z.literal(1), tabs: z.array(z.int()) }),
  version: 1,
  migrations: {},
  fallback: { v: 1, tabs: [] },
  name: 'état du rideau',
});

/** C2 reminder kinds silenced with "Ne plus afficher pendant cette session" (kinds only). */
export const silencedItem = defineItem({
  key: 'privacy:silenced',
  area: 'session',
  schema: z.object({ v: z.literal(1), kinds: z.array(ReminderKind) }),
  version: 1,
  migrations: {},
  fallback: { v: 1, kinds: [] },
  name: 'rappels silencieux',
});

/** The list the contract test compares with ARCHITECTURE.md ("State"). */
export const storageItems = [settingsItem, statisticsItem, sessionItem, walkthroughItems, trailItem, allowedHostsItem, knownTermsItem, curtainTabsItem, silencedItem];
