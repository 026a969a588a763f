import { useEffect, useRef, useState } from 'preact/hooks';
import { createGlossaryMatcher } from '../../core/text/glossary-match';
import type { GlossaryCard, GlossaryTerm } from '../../core/text/glossary-schema';
import type { ReadAloudButton } from '../../components/ReadAloudButton';
import type { sendToBackground } from '../../lib/messaging';
import { createGlossaryScanner, type GlossaryScanner } from '../dom/glossary-scan';
import type { Box } from '../../core/layout/geometry';
import { SECTION_PRIORITY } from '../../core/layout/select-card';
import { trusted } from '../../lib/trusted';
import type { OverlayFeature, PageContext } from '../feature';
import type { CardSection } from '../layout/Card';
import type { LauncherItem } from '../layout/Launcher';
import { isOurHost } from '../host-tag';
import css from './glossary.css?inline';

export type Send = typeof sendToBackground;

/**
 * What the glossary takes from the content script instead of importing it: it runs as a
 * lazy part (entrypoints/part-glossary.ts), and the cards must be the content script's own
 * components (their contexts — dock, reading settings — live there), the messaging too.
 */
export interface GlossaryKit {
  send: Send;
  /** The one contextual card: the word the pointer is on is explained in it. */
  CardSection: typeof CardSection;
  ReadAloudButton: typeof ReadAloudButton;
  /** The launcher: the list of explained words opens in its tray. */
  LauncherItem: typeof LauncherItem;
}
const isOurs = isOurHost;

/**
 * G5: words of the administration found in the page are underlined (CSS highlight, no
 * change to the page's layout) and explained on hover, or from the "Mots expliqués" list
 * with the keyboard. The glossary itself stays in the background: the page gets the
 * forms to find, then one card at a time. Dependencies come in through the kit.
 */
export function createGlossary({ send, CardSection, ReadAloudButton, LauncherItem }: GlossaryKit): OverlayFeature {
  const cards = new Map<string, Promise<GlossaryCard | null>>();
  const cardOf = (id: string) => {
    if (!cards.has(id)) cards.set(id, send('glossary.entry', { id }).then((r) => (r.ok ? r.data.entry : null)));
    return cards.get(id)!;
  };

  function Glossary({ page }: { page: PageContext }) {
    const { services, i18n } = page;
    const { t } = i18n;
    const [terms, setTerms] = useState<ReadonlyMap<string, GlossaryTerm>>(new Map());
    const [found, setFound] = useState<string[]>([]);
    const [hover, setHover] = useState<{ id: string; box: Box } | null>(null);
    const [listOpen, setListOpen] = useState(false);
    const [status, setStatus] = useState('');
    const scanner = useRef<GlossaryScanner | null>(null);
    const toggle = useRef<HTMLButtonElement>(null);
    const panel = useRef<HTMLElement>(null);

    useEffect(() => {
      const local = new AbortController();
      const signal = AbortSignal.any([services.signal, local.signal]);
      void send('glossary.terms', {}).then((reply) => {
        if (!reply.ok || signal.aborted) return;
        const byId = new Map(reply.data.terms.map((term) => [term.id, term]));
        const s = createGlossaryScanner(document, createGlossaryMatcher(reply.data.terms), { signal, isOurs, known: reply.data.known, onChange: afterPaint(() => setFound((old) => same(old, s.found()))) });
        scanner.current = s;
        setTerms(byId);
        services.report.glossary.set(() => s.found().map((id) => byId.get(id)?.term ?? id));
        signal.addEventListener('abort', services.dom.subscribe((added) => s.scan(added)));
        if (document.body) s.scan([document.body]);
        watchPointer(s, signal, setHover);
      });
      return () => local.abort();
    }, []);

    const known = (id: string) => {
      scanner.current?.dismiss(id);
      void send('glossary.known', { id });
      setHover(null);
      if (listOpen) panel.current?.focus(); // the item leaves the list: the focus stays in the list
      setStatus(t('glossary.known.done', { term: terms.get(id)?.term ?? '' }));
    };
    const closeList = () => {
      setListOpen(false);
      toggle.current?.focus();
    };

    if (found.length === 0 && !status) return null;
    return (
      <div data-feature="glossary">
        <style>{css}</style>
        {found.length > 0 && (
          <LauncherItem slot="tray" order={20}>
            <button type="button" ref={toggle} class="cac-gloss__open" aria-expanded={listOpen} aria-controls="cac-gloss-list" onClick={trusted(() => setListOpen(!listOpen))} onKeyDown={(e) => e.key === 'Escape' && listOpen && (e.stopPropagation(), closeList())}>
              {t('glossary.list.open', { count: String(found.length) })}
            </button>
            {listOpen && (
              <section id="cac-gloss-list" ref={panel} tabIndex={-1} class="cac-gloss__panel" aria-label={t('glossary.list.title')} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), closeList())}>
                <div class="cac-gloss__title">
                  <h2>{t('glossary.list.title')}</h2>
                  <button type="button" class="cac-gloss__close" aria-label={t('glossary.list.close')} title={t('glossary.list.close')} onClick={trusted(closeList)}>✕</button>
                </div>
                <p>{t('glossary.list.help')}</p>
                <ul class="cac-gloss__list">
                  {found.map((id) => <ListItem key={id} id={id} term={terms.get(id)?.term ?? id} page={page} onKnown={known} />)}
                </ul>
              </section>
            )}
          </LauncherItem>
        )}
        {hover && terms.has(hover.id) && (
          <CardSection id="glossary" kind="hover" priority={SECTION_PRIORITY.glossary} anchor={hover.box} label={t('glossary.card.label', { term: terms.get(hover.id)!.term })} onKeyDown={(e) => e.key === 'Escape' && setHover(null)}>
            <div class="cac-gloss__hover">
              <h2>{terms.get(hover.id)!.term}</h2>
              <Explanation id={hover.id} page={page} onKnown={known} />
            </div>
          </CardSection>
        )}
        <p class="cac-sr" role="status">{status}</p>
      </div>
    );
  }

  function ListItem({ id, term, page, onKnown }: { id: string; term: string; page: PageContext; onKnown: (id: string) => void }) {
    const [open, setOpen] = useState(false);
    return (
      <li>
        <button type="button" class="cac-gloss__term" aria-expanded={open} aria-controls={`cac-gloss-${id}`} onClick={trusted(() => setOpen(!open))}>
          <span aria-hidden="true">{open ? '▾' : page.i18n.dir === 'rtl' ? '◂' : '▸'} </span>
          {term}
        </button>
        {open && (
          <div id={`cac-gloss-${id}`} class="cac-gloss__details">
            <Explanation id={id} page={page} onKnown={onKnown} />
          </div>
        )}
      </li>
    );
  }

  function Explanation({ id, page, onKnown }: { id: string; page: PageContext; onKnown: (id: string) => void }) {
    const { t } = page.i18n;
    const [card, setCard] = useState<GlossaryCard | null | undefined>(undefined);
    useEffect(() => {
      let live = true;
      void cardOf(id).then((c) => live && setCard(c));
      return () => void (live = false);
    }, [id]);
    if (card === undefined) return <p>{t('glossary.loading')}</p>;
    if (card === null) return <p>{t('glossary.missing')}</p>;
    const text = card.example ? `${card.plain}\n${t('glossary.example')} ${card.example}` : card.plain;
    return (
      <div lang="fr">
        <ReadAloudButton text={text} i18n={page.i18n} />
        {card.sensitive && <p class="cac-card__note">{t('glossary.sensitive')}</p>}
        <div class="cac-card__actions">
          <button type="button" class="cac-btn" onClick={trusted(() => onKnown(id))}>{t('glossary.known')}</button>
        </div>
      </div>
    );
  }

  return { id: 'glossary', appliesTo: (page) => page.portal !== null, View: Glossary };
}

/**
 * Hover: the pointer position is only noted in pointermove (nothing else runs there); the
 * term under it is looked up at most every 80 ms. The card stays while the pointer is on
 * it (WCAG 1.4.13), closes a moment after the pointer leaves, and on scroll.
 */
function watchPointer(s: GlossaryScanner, signal: AbortSignal, setHover: (h: { id: string; box: Box } | null) => void) {
  let x = 0;
  let y = 0;
  let overUs = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hide: ReturnType<typeof setTimeout> | undefined;
  let current: string | null = null;
  const check = () => {
    timer = undefined;
    if (overUs) return clearTimeout(hide);
    const hit = s.hitAt(x, y);
    if (!hit) {
      if (current !== null && hide === undefined) hide = setTimeout(() => ((current = null), (hide = undefined), setHover(null)), 400);
      return;
    }
    clearTimeout(hide);
    hide = undefined;
    if (hit.termId === current) return;
    current = hit.termId;
    setHover({ id: hit.termId, box: hit.box });
  };
  const on = { passive: true, signal };
  document.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    x = e.clientX;
    y = e.clientY;
    overUs = isOurs(e.target as Node);
    timer ??= setTimeout(check, 80);
  }, on);
  window.addEventListener('scroll', () => ((current = null), setHover(null)), { ...on, capture: true });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && e.isTrusted && ((current = null), setHover(null)), on);
  signal.addEventListener('abort', () => (clearTimeout(timer), clearTimeout(hide)), { once: true });
}

/** Runs `fn` once after the next paint (coalesced): the page's style is then up to date. */
function afterPaint(fn: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => setTimeout(() => ((pending = false), fn()), 0));
  };
}

/** The previous list when nothing changed (no re-render after a slice that found nothing new). */
const same = (old: string[], next: string[]) => (old.length === next.length && old.every((id, i) => id === next[i]) ? old : next);
