import type { Browser } from 'wxt/browser';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { cardOf, compactTerms, Glossary } from '../../core/text/glossary-schema';
import glossaryFr from '../../packs/glossary/fr.json';
import { knownTermsItem } from '../../lib/storage-items';

type GlossaryMessages = Pick<BackgroundMessages, 'glossary.terms' | 'glossary.entry' | 'glossary.known'>;
type Sender = Browser.runtime.MessageSender;

/**
 * The glossary (G5) lives here, not in the content script: the page gets the compact list
 * of forms to find, then one explanation per card. "Je connais ce mot" is remembered in
 * storage.session (`knownTermsItem`, term ids only) until the browser closes.
 * `glossary` is a parameter for tests; the bundled file is parsed once, on first use (a
 * broken file is a build error: tests/contract/plain-language.test.ts).
 */
export function createGlossaryHandlers(deps: { glossary?: () => Glossary } = {}) {
  let parsed: Glossary | null = null;
  const source = deps.glossary ?? (() => (parsed ??= Glossary.parse(glossaryFr)));
  const readKnown = async () => (await knownTermsItem.get()).ids;
  return {
    'glossary.terms': async () => ({ terms: compactTerms(source()), known: await readKnown() }),
    'glossary.entry': ({ id }) => ({ entry: cardOf(source(), id) }),
    'glossary.known': async ({ id }) => {
      if (!cardOf(source(), id)) return { known: await readKnown() };
      const next = await knownTermsItem.update((known) => (known.ids.includes(id) ? known : { v: 1, ids: [...known.ids, id] }));
      return { known: next.ids };
    },
  } satisfies Handlers<GlossaryMessages, Sender>;
}
