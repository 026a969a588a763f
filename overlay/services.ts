import type { Sensitivity } from '../core/privacy/sensitivity';
import type { FieldDescription } from '../core/privacy/field-description';
import type { StepReport } from '../core/protocol/page-report';
import { describeField, type FormField } from './dom/describe-field';
import type { DomWatcher } from './dom/observe';
import { createStore, type Store } from './store';
import type { GuideView } from './guide/types';
import { createLayoutState, type LayoutState } from './layout/layout-state';
import { createPrivacyState, type PrivacyState } from './privacy/privacy-state';
import { createReminderCenter, type ReminderCenter } from './privacy/reminder-center';

/** Classifies a field description, with the word lists the background sent (`privacy.rules`). */
export type Classifier = (description: FieldDescription) => Sensitivity;

/**
 * What features contribute to `page.report`. Each slot is filled by the feature that owns
 * it (guidance: hints and steps; glossary: terms) and read when a report is asked for.
 */
export interface ReportSlots {
  hintFor: (field: Element) => string | null;
  steps: () => StepReport[];
  glossary: () => string[];
}

/**
 * Per-page services handed to every feature (through PageContext): one DOM watcher, URL
 * changes, report slots, and the field-sensitivity decision with pack overrides.
 * Everything hangs off `signal`, which aborts when WXT invalidates the content script.
 */
export interface OverlayServices {
  signal: AbortSignal;
  dom: DomWatcher;
  /** Current URL; changes on SPA navigations (wxt:locationchange) without reload. */
  location: Store<string>;
  report: { [K in keyof ReportSlots]: Store<ReportSlots[K]> };
  /** Pack-declared categories that win over the classifier (set by the guidance feature). */
  sensitivityOverride: Store<(field: Element) => Sensitivity | null>;
  /** The classifier, once its rules came from the background (null until then: ~ms after start). */
  classifier: Store<Classifier | null>;
  /** The sensitivity of a field: pack override first, else the classifier (never the value); 'none' before the rules came. */
  sensitivityOf: (field: FormField, description?: FieldDescription) => Sensitivity;
  /** The guide pack of this page with its anchored fields and steps, or null (overlay/guide/start-guide.ts). */
  guide: Store<GuideView | null>;
  /** Settles once the page's guide pack (if any) is anchored: page.report waits for it (overlay/guide/watch-guide.ts). */
  guideSettled: Store<Promise<void>>;
  /** What features declared for the one card, the launcher and the "?" marks (overlay/layout/). */
  layout: LayoutState;
  /** Confidentiality state: curtain, silenced reminders, the accompanied session's view (overlay/privacy/privacy-state.ts). */
  privacy: PrivacyState;
  /** The reminder behaviours' one set of listeners and the reminder on screen (overlay/privacy/reminder-center.ts). */
  reminders: ReminderCenter;
}

export function createOverlayServices(signal: AbortSignal, dom: DomWatcher, initialUrl: string): OverlayServices {
  const sensitivityOverride = createStore<(field: Element) => Sensitivity | null>(() => null);
  const classifier = createStore<Classifier | null>(null);
  // A field once seen as a password or a code stays one: a page script may switch its type
  // ("Afficher") with a toggle we cannot see from the field.
  const secrets = new WeakMap<Element, Sensitivity>();
  const remember = (field: Element, found: Sensitivity): Sensitivity => {
    if (found === 'password' || found === 'one-time-code') secrets.set(field, found);
    return secrets.get(field) ?? found;
  };
  const base: Omit<OverlayServices, 'reminders'> = {
    signal,
    dom,
    location: createStore(initialUrl),
    report: {
      hintFor: createStore<ReportSlots['hintFor']>(() => null),
      steps: createStore<ReportSlots['steps']>(() => []),
      glossary: createStore<ReportSlots['glossary']>(() => []),
    },
    sensitivityOverride,
    classifier,
    sensitivityOf: (field, description) =>
      sensitivityOverride.get()(field) ?? remember(field, classifier.get()?.(description ?? describeField(field)) ?? 'none'),
    guide: createStore<GuideView | null>(null),
    guideSettled: createStore<Promise<void>>(Promise.resolve()),
    layout: createLayoutState(),
    privacy: createPrivacyState({ signal }),
  };
  // Per-page state comes from this one factory (no side tables keyed by the services).
  return { ...base, reminders: createReminderCenter(base) };
}
