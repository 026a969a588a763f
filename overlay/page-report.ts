import { stripUrl } from '../core/portals/url';
import type { PortalEntry } from '../core/portals/registry-schema';
import type { FieldReport, PageReport } from '../core/protocol/page-report';
import { collectPageFields, deepFieldKey } from './dom/page-fields';
import type { OverlayServices } from './services';

/**
 * Builds `page.report` from the live page: fields are described from their labels and
 * attributes only (never their values); hints, steps and glossary terms come from the
 * features that own them (report slots). `exclude` is our own shadow host.
 */
export function buildPageReport(doc: Document, portal: PortalEntry | null, services: OverlayServices, exclude?: Element): PageReport {
  const hintFor = services.report.hintFor.get();
  return {
    url: stripUrl(doc.location?.href ?? ''),
    portal: portal?.id ?? null,
    official: portal !== null,
    // Open shadow roots and same-origin frames included; their keys say how to get in.
    fields: collectPageFields(doc, exclude ? { exclude } : {}).map(({ element, description }): FieldReport => ({
      key: deepFieldKey(element, doc),
      label: description.accessibleName,
      sensitivity: services.sensitivityOf(element, description),
      hint: safe(() => hintFor(element), null),
    })),
    glossary: safe(services.report.glossary.get(), []),
    steps: safe(services.report.steps.get(), []),
  };
}

/** A failing contribution leaves its part empty; the report itself always answers. */
function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
