import * as z from 'zod/mini';
import { Sensitivity } from '../privacy/sensitivity';

/** One form field as the extension understands it. Never carries what is typed in it. */
export const FieldReport = z.object({
  /** A CSS selector that finds exactly this field in the page. */
  key: z.string(),
  /** The field's accessible name (label, aria, placeholder, nearby text). */
  label: z.string(),
  sensitivity: Sensitivity,
  /** Plain-language help from a guide pack, when one covers this field. */
  hint: z.nullable(z.string()),
});

/** One walkthrough step of the guide pack that matches this page, with its anchoring result. */
export const StepReport = z.object({
  id: z.string(),
  status: z.enum(['found', 'missed']),
  /** Why a step was missed (no selector matched…); null when found. */
  reason: z.nullable(z.string()),
});

/**
 * `page.report`: what the content script sees on a page. Used by the side panel
 * ("Ce que voit l'extension"), the guide health check and the tests.
 */
export const PageReport = z.object({
  /** Origin + path only: queries and fragments can hold personal data. */
  url: z.string(),
  portal: z.nullable(z.string()),
  official: z.boolean(),
  fields: z.array(FieldReport),
  /** Glossary terms found in the page text. */
  glossary: z.array(z.string()),
  steps: z.array(StepReport),
});

export type FieldReport = z.infer<typeof FieldReport>;
export type StepReport = z.infer<typeof StepReport>;
export type PageReport = z.infer<typeof PageReport>;
