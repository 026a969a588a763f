import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { cardOf, compactTerms, Glossary } from '../../core/text/glossary-schema';
import glossaryFr from '../../packs/glossary/fr.json';
import { readSessionItem } from '../../lib/session-storage';

type GlossaryMessages = Pick<BackgroundMessages, 'glossary.terms' | 'glossary.entry' | 'glossary.known'>;
type Sender = Browser.runtime.MessageSender;

/**
 * The glossary (G5) lives here, not in the content script: the page gets the compact list
 * of forms to find, then one explanation per card. "Je connais ce mot" is remembered in
 * storage.session (term ids only) until the browser closes.
 */
const KNOWN_KEY = 'glossary:known';
const KnownIds = z.object({ v: z.literal(1), ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(500)) });

let parsed: Glossary | null = null;
/** Parsed once, on first use; a broken file is a build error (tests/contract/plain-language.test.ts). */
export function glossary(): Glossary {
  parsed ??= Glossary.parse(glossaryFr);
  return parsed;
}

async function readKnown(): Promise<string[]> {
  return (await readSessionItem(KNOWN_KEY, KnownIds, 'mots connus'))?.ids ?? [];
}

export function createGlossaryHandlers(source: () => Glossary = glossary) {
  return {
    'glossary.terms': async () => ({ terms: compactTerms(source()), known: await readKnown() }),
    'glossary.entry': ({ id }) => ({ entry: cardOf(source(), id) }),
    'glossary.known': async ({ id }) => {
      const known = await readKnown();
      if (!cardOf(source(), id)) return { known };
      const next = known.includes(id) ? known : [...known, id];
      await browser.storage.session.set({ [KNOWN_KEY]: { v: 1, ids: next } });
      return { known: next };
    },
  } satisfies Handlers<GlossaryMessages, Sender>;
}
