import { stripUrl } from '../core/portals/url';
import type { PortalEntry } from '../core/portals/registry-schema';
import type { FieldReport, PageReport } from '../core/protocol/page-report';
import { fieldCandidates, isCollectable } from './dom/collect-fields';
import { describeField, descriptionTables, type FormField } from './dom/describe-field';
import { createDomIndex, type DomIndex } from './dom/dom-index';
import { fieldKey, keyTables } from './dom/field-key';
import { fieldRoots } from './dom/field-roots';
import { deepFieldKey } from './dom/page-fields';
import type { OverlayServices } from './services';

/** Main-thread time one slice of the report may take before the page gets its turn (a frame is 16 ms). */
export const SLICE_MS = 8;

export interface SliceOptions {
  sliceMs?: number;
  /** Gives the page its turn between slices (a macrotask by default). */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

/**
 * Builds `page.report` from the live page: fields are described from their labels and
 * attributes only (never their values); hints, steps and glossary terms come from the
 * features that own them (report slots). `exclude` is our own shadow host.
 *
 * Linear and in slices (issue 12: one task of 2.1–2.8 s at 2,000 fields): one DomIndex
 * for the whole report (dropped when the page changes between slices), its tables built
 * one step each, then the fields described, in slices of SLICE_MS with the page running
 * between them. A field the page removed or hid meanwhile is left out.
 */
export async function buildPageReport(
  doc: Document,
  portal: PortalEntry | null,
  services: OverlayServices,
  exclude?: Element,
  options: SliceOptions = {},
): Promise<PageReport> {
  const { sliceMs = SLICE_MS, yieldToPage = macrotask, now = () => performance.now() } = options;
  const index = createDomIndex();
  const stopWatching = invalidateOnChange(doc, index);
  try {
    const hintFor = services.report.hintFor.get();
    const fields: FieldReport[] = [];
    const describe = (element: FormField) => () => {
      if (element.isConnected && isCollectable(element, exclude)) fields.push(fieldReport(element, doc, index, services, hintFor));
    };
    const tables = [...descriptionTables(index, doc), ...keyTables(index, doc)];
    // Open shadow roots and same-origin frames too (overlay/dom/field-roots.ts); their keys say how to get in.
    const candidates = fieldRoots(doc).flatMap((root) => fieldCandidates(root));
    await inSlices([...tables, ...candidates.map(describe)], { sliceMs, yieldToPage, now });
    return {
      url: stripUrl(doc.location?.href ?? ''),
      portal: portal?.id ?? null,
      official: portal !== null,
      fields,
      glossary: safe(services.report.glossary.get(), []),
      steps: safe(services.report.steps.get(), []),
    };
  } finally {
    stopWatching();
  }
}

/** Runs `steps` in order, giving the page its turn whenever a slice has used its time. */
async function inSlices(steps: ReadonlyArray<() => void>, { sliceMs, yieldToPage, now }: Required<SliceOptions>): Promise<void> {
  let deadline = now() + sliceMs;
  for (let i = 0; i < steps.length; i++) {
    steps[i]!();
    if (i + 1 < steps.length && now() >= deadline) {
      await yieldToPage();
      deadline = now() + sliceMs;
    }
  }
}

function fieldReport(element: FormField, doc: Document, index: DomIndex, services: OverlayServices, hintFor: (field: Element) => string | null): FieldReport {
  // The report's index covers the top document; a field in a shadow root or a frame is read directly.
  const top = element.getRootNode() === doc;
  const description = top ? describeField(element, index) : describeField(element);
  return {
    key: top ? fieldKey(element, doc, index) : deepFieldKey(element, doc),
    label: description.accessibleName,
    sensitivity: services.sensitivityOf(element, description),
    hint: safe(() => hintFor(element), null),
  };
}

// Structure, names and texts the index read; not `style` or `class` (animations would
// drop the index at every slice).
const WATCHED_ATTRIBUTES = ['id', 'for', 'name', 'type', 'maxlength', 'hidden', 'aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-label', 'aria-hidden', 'contenteditable'];

/** Drops the index when the page changes between two slices (its tables would be stale). */
function invalidateOnChange(doc: Document, index: DomIndex): () => void {
  if (typeof MutationObserver !== 'function' || !doc.documentElement) return () => {};
  const observer = new MutationObserver(() => index.invalidate());
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  return () => observer.disconnect();
}

/**
 * A macrotask through a MessageChannel: unlike setTimeout it is not throttled to 1 s in a
 * tab in the background (the side panel asks for the report of a tab the person may not show),
 * and unlike requestIdleCallback it is not postponed indefinitely on a busy page.
 */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A failing contribution leaves its part empty; the report itself always answers. */
function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
