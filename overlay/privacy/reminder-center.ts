import { useEffect } from 'preact/hooks';
import { reminderKeys, type ReminderKind, type ReminderTopic, type TypistNow } from '../../core/privacy/reminders';
import type { OverlayFeature, PageContext } from '../feature';
import type { Sensitivity } from '../../core/privacy/sensitivity';
import type { PersonView } from '../../core/session/person-view';
import type { FormField } from '../dom/describe-field';
import { isOurHost } from '../host-tag';
import type { OverlayServices } from '../services';
import { createStore, type Store } from '../store';
import { privacyState } from './privacy-state';
import { frameDocument, frameDocuments } from '../dom/field-roots';

/** One reminder in the bubble: lines for the person only (the worker's are in the side panel). */
export interface Reminder {
  kind: ReminderKind;
  lines: readonly string[];
}

/** What happened on the page element: it got the focus, the pointer, or a click (links). */
export interface Trigger {
  event: 'focus' | 'hover' | 'click';
  target: Element;
  /** The field's category (pack override first), computed once per event and only if asked. */
  sensitivity: () => Sensitivity;
  /** Who types now (accompanied session), null when the person is alone: the lines depend on it. */
  typist: TypistNow;
}

/** One behaviour (a file in overlay/features/): what it has to say about a trigger, or null. */
export interface ReminderRule {
  kind: ReminderKind;
  match: (trigger: Trigger) => Reminder | null;
}

export interface ActiveReminders {
  anchor: Element;
  reminders: readonly Reminder[];
  /** Shown by the pointer only: leaving the element hides it. */
  byHover: boolean;
  /** What opened it (said again with it when the keyboard changes hands). */
  event: Trigger['event'];
}

export interface ReminderCenter {
  register: (rule: ReminderRule) => () => void;
  active: Store<ActiveReminders | null>;
  dismiss: () => void;
}

const ORDER: readonly ReminderKind[] = ['secret', 'shared-computer', 'identifier', 'document'];
const FIELD = 'input, select, textarea';

/** The page's reminder center: one set of document listeners for every reminder behaviour. */
export const reminderCenter = (services: OverlayServices): ReminderCenter => services.reminders;

/** Who types, as the reminders know it: only once the session is agreed (phase accompanied). */
const typistOf = (view: PersonView | null): TypistNow => (view?.phase === 'accompanied' ? view.typist : null);
const isOurs = isOurHost;
/** The shadow host of a node inside a shadow root (where an event's relatedTarget was not retargeted), else the node. */
const rootHost = (node: EventTarget | null) => ((node as Node | null)?.getRootNode?.() as ShadowRoot | undefined)?.host ?? node;

/** Built by createOverlayServices, once per page: one set of document listeners for every reminder behaviour. */
export function createReminderCenter(services: Omit<OverlayServices, 'reminders'>): ReminderCenter {
  const rules = new Set<ReminderRule>();
  const active = createStore<ActiveReminders | null>(null);
  const state = services.privacy;

  const evaluate = (event: Trigger['event'], target: Element): Reminder[] => {
    let category: Sensitivity | undefined;
    const sensitivity = () => (category ??= target.matches(FIELD) ? services.sensitivityOf(target as FormField) : 'none');
    const trigger: Trigger = { event, target, sensitivity, typist: typistOf(state.session.get()) };
    const silenced = state.silenced.get();
    return [...rules]
      .filter((rule) => !silenced.includes(rule.kind))
      .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
      .flatMap((rule) => rule.match(trigger) ?? []);
  };

  const show = (event: Trigger['event'], raw: EventTarget | null) => {
    const target = raw as Element | null;
    if (!target || target.nodeType !== 1 || isOurs(target)) return;
    const reminders = evaluate(event, target);
    if (reminders.length > 0) active.set({ anchor: target, reminders, byHover: event === 'hover', event });
    else if (event !== 'hover') active.set(null);
  };

  const on = { capture: true, passive: true, signal: services.signal };
  const addListener = sameOriginFrames(services);
  // composedPath()[0]: the real field inside a page's own shadow root; null for our own UI
  // (e.target is then our host: our listeners run in the capture phase, before the host's isolation).
  const origin = (e: Event) => (isOurs(rootHost(e.target)) ? null : (e.composedPath()[0] ?? e.target));
  // A focus our layout gives back after Escape or a close does not bring the reminder back.
  addListener('focusin', (e) => services.layout.returning.get() !== e.target && show('focus', origin(e)), on);
  addListener('focusout', (e) => {
    const current = active.get();
    if (current && !current.byHover && origin(e) === current.anchor && !isOurs(rootHost(e.relatedTarget))) active.set(null);
  }, on);
  addListener('mouseover', (e) => {
    const link = (origin(e) as Element | null)?.closest?.('a[href]');
    const current = active.get();
    // The pointer never replaces a reminder the focus opened (the person may be typing).
    if (link && current?.anchor !== link && (!current || current.byHover)) show('hover', link);
  }, on);
  addListener('mouseout', (e) => {
    const current = active.get();
    if (current?.byHover && origin(e) === current.anchor && !current.anchor.contains(e.relatedTarget as Node | null)) active.set(null);
  }, on);
  addListener('click', (e) => {
    const link = (origin(e) as Element | null)?.closest?.('a[href]');
    if (link && e.isTrusted) show('click', link);
  }, on);
  addListener('keydown', (e) => e.key === 'Escape' && e.isTrusted && active.set(null), on);
  // A silenced kind disappears from the bubble at once.
  state.silenced.subscribe((silenced) => {
    const current = active.get();
    if (!current) return;
    const left = current.reminders.filter((r) => !silenced.includes(r.kind));
    active.set(left.length > 0 ? { ...current, reminders: left } : null);
  });

  // The keyboard changed hands (or the session began or ended): the open reminder says it again, so it never contradicts the badge.
  let typist = typistOf(state.session.get());
  state.session.subscribe((view) => {
    const current = active.get();
    if (typistOf(view) === typist) return;
    typist = typistOf(view);
    if (current) show(current.event, current.anchor);
  });

  return {
    register: (rule) => {
      rules.add(rule);
      return () => rules.delete(rule);
    },
    active,
    dismiss: () => active.set(null),
  };
}

/**
 * Registers document listeners on the page's document and on every same-origin frame's
 * document, now and later (focus in a frame never reaches the top document). A frame's
 * document is replaced when it loads: `load` does not bubble, but a capture listener sees it.
 */
function sameOriginFrames(services: Pick<OverlayServices, 'signal' | 'dom'>) {
  const listeners: Array<[string, (e: Event) => void]> = [];
  const on = { capture: true, passive: true, signal: services.signal };
  const docs = new Set<Document>([document]);
  const listen = (doc: Document) => {
    if (docs.has(doc)) return;
    docs.add(doc);
    for (const [type, fn] of listeners) doc.addEventListener(type, fn, on);
    doc.addEventListener('load', (e) => watch(e.target as Element), on);
    for (const inner of frameDocuments(doc)) listen(inner);
  };
  const watch = (el: Element) => {
    const doc = frameDocument(el);
    if (doc) listen(doc);
  };
  document.addEventListener('load', (e) => watch(e.target as Element), on);
  for (const doc of frameDocuments(document)) listen(doc);
  services.dom.subscribe((added) => {
    for (const el of added) for (const doc of frameDocuments(el)) listen(doc);
  });
  return <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, options: AddEventListenerOptions) => {
    listeners.push([type, fn as (e: Event) => void]);
    for (const doc of docs) doc.addEventListener(type, fn, options);
  };
}

/**
 * An overlay feature that is one reminder behaviour: its rule is registered with the
 * page's reminder center while the overlay is mounted; the bubble feature shows it.
 */
export function reminderFeature(spec: { id: string; kind: ReminderKind; topic: (trigger: Trigger) => ReminderTopic | null }): OverlayFeature {
  function View({ page }: { page: PageContext }) {
    useEffect(
      () =>
        reminderCenter(page.services).register({
          kind: spec.kind,
          match: (trigger) => {
            const topic = spec.topic(trigger);
            return topic ? { kind: spec.kind, lines: reminderKeys(topic, trigger.typist).map((key) => page.i18n.t(key)) } : null;
          },
        }),
      [page],
    );
    return null;
  }
  return { id: spec.id, appliesTo: (page) => page.portal !== null, View };
}
