import { browser, type Browser } from 'wxt/browser';
import { assessHost } from '../../core/portals/lookalike';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { allowedHostsItem, MAX_ALLOWED_HOSTS } from '../../lib/storage-items';

/**
 * The look-alike guard (G1): every top-frame navigation's host goes through `assessHost`
 * (pure, local: nothing stored, nothing sent). A look-alike that the person has not chosen
 * to visit in this browser session is replaced by our warning page before the person can
 * type. Permission: `webNavigation` only — no host access to those sites, no content script.
 *
 * Hosts the person chose to visit anyway. storage.session is the truth (`allowedHostsItem`);
 * a copy in memory lets the navigation listener decide without waiting (the check races
 * the page's request). Created by the background's composition root; `watch` keeps the
 * copy true to storage (a cleared session storage forgets the choices) until stopped.
 */
export function createAllowList() {
  let hosts: Set<string> | null = null;
  let loading: Promise<Set<string>> | null = null;
  const load = async () => (hosts = new Set(await allowedHostsItem.get()));
  const reload = () => {
    hosts = null;
    return (loading = load());
  };
  return {
    /** The hosts now if known (synchronous), else null. */
    now: () => hosts,
    /** Reads storage again (background start). */
    reload,
    ready: () => (loading ??= load()),
    watch: () =>
      allowedHostsItem.watch((value) => {
        hosts = new Set(value);
        loading = Promise.resolve(hosts);
      }),
    async add(host: string): Promise<void> {
      const next = await allowedHostsItem.update((current) => (current.includes(host) ? current : [...current, host].slice(-MAX_ALLOWED_HOSTS)));
      hosts = new Set(next);
    },
    /** The clean desk ends the session for the next person: choices to visit a look-alike are forgotten. */
    async forget(): Promise<void> {
      await allowedHostsItem.remove();
      await reload();
    },
  };
}
export type AllowList = ReturnType<typeof createAllowList>;

/** The host of an http(s) URL, or null (browser pages, files, data: URLs are never intercepted). */
export function navigationHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Our warning page for `url`; the address travels in the fragment (never sent to any
 * server). `committed`: the look-alike is already in the tab's history (it committed
 * before we could replace it), so "Revenir en arrière" must step back over it (`?back=2`).
 */
export function warningPageUrl(url: string, committed = false): string {
  return `${browser.runtime.getURL('/warning.html')}${committed ? '?back=2' : ''}#${encodeURIComponent(url)}`;
}

interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  documentLifecycle?: string;
}

/** Starts watching navigations (and the allowed hosts in storage). Returns the stop function. */
export function startLookalikeGuard(allowList: AllowList): () => void {
  const nav = browser.webNavigation;
  if (!nav) return () => undefined;
  void allowList.reload();
  assessHost('warm-up.example'); // builds the word tables now, not during the first navigation

  // Synchronous up to tabs.update: the page's own request is already on its way.
  const check = (details: NavigationDetails, committed: boolean) => {
    // Top frame of a real tab only; a prerendered page is checked if and when it is shown.
    if (details.frameId !== 0 || details.tabId < 0 || details.documentLifecycle === 'prerender') return;
    const host = navigationHost(details.url);
    if (!host || assessHost(host).verdict !== 'lookalike') return;
    const { tabId, url } = details;
    const act = () => redirect(tabId, url, committed);
    const allowed = allowList.now();
    if (allowed) {
      if (!allowed.has(host)) act();
    } else {
      void allowList.ready().then((hosts) => hosts.has(host) || act());
    }
  };
  const redirect = (tabId: number, url: string, committed: boolean) =>
    void browser.tabs.update(tabId, { url: warningPageUrl(url, committed) }).catch(() => undefined);
  const before = (details: NavigationDetails) => check(details, false);
  // If the look-alike commits although we already redirected (our update lost the race),
  // onCommitted redirects again: a phishing page is never left on screen. It also covers
  // back/forward cache restores, which may skip onBeforeNavigate.
  const committed = (details: NavigationDetails) => check(details, true);
  try {
    nav.onBeforeNavigate.addListener(before);
    nav.onCommitted.addListener(committed);
  } catch {
    console.warn('[Côte à côte] garde des faux sites inactive (API webNavigation absente)');
    return () => undefined;
  }
  const unwatch = allowList.watch();
  return () => {
    nav.onBeforeNavigate.removeListener(before);
    nav.onCommitted.removeListener(committed);
    unwatch();
  };
}

type LookalikeMessages = Pick<BackgroundMessages, 'lookalike.allow'>;
type Sender = Browser.runtime.MessageSender;

/** "Continuer quand même": the host only, for this browser session (storage.session). */
export function createLookalikeHandlers(allowList: AllowList) {
  return {
    'lookalike.allow': async ({ host }) => {
      if (assessHost(host).verdict !== 'lookalike') return { allowed: false };
      await allowList.add(host);
      return { allowed: true };
    },
  } satisfies Handlers<LookalikeMessages, Sender>;
}
