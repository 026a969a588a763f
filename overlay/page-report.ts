import { classifyField } from '../core/privacy/classify';
import { stripUrl } from '../core/portals/registry';
import type { PortalEntry } from '../core/portals/registry-schema';
import type { FieldReport, PageReport } from '../core/protocol/page-report';
import { collectFields } from './dom/collect-fields';
import { fieldKey } from './dom/field-key';

/**
 * Builds `page.report` from the live page: fields are described from their labels and
 * attributes only (never their values). `exclude` is our own shadow host.
 */
export function buildPageReport(doc: Document, portal: PortalEntry | null, exclude?: Element): PageReport {
  return {
    url: stripUrl(doc.location?.href ?? ''),
    portal: portal?.id ?? null,
    official: portal !== null,
    fields: collectFields(doc, exclude ? { exclude } : {}).map(({ element, description }): FieldReport => ({
      key: fieldKey(element, doc),
      label: description.accessibleName,
      sensitivity: classifyField(description),
      // Filled from guide packs (field help, G2) once a pack covers the page.
      hint: null,
    })),
    // Filled by the glossary (G5) and the walkthrough engine (G3).
    glossary: [],
    steps: [],
  };
}
