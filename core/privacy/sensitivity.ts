import * as z from 'zod/mini';

/**
 * What kind of personal data a field asks for. Decided from the field's description
 * (label, attributes), never from what is typed in it.
 */
export const Sensitivity = z.enum([
  'none',
  'password',
  'one-time-code',
  'social-security-number',
  'tax-number',
  'bank',
  'identity-document',
  'foreigner-number',
  'health',
  'income',
  'identity',
  'contact',
]);
export type Sensitivity = z.infer<typeof Sensitivity>;

/** Secrets: only the person types them, and nobody else should see them. */
export const SECRET_SENSITIVITIES: readonly Sensitivity[] = ['password', 'one-time-code'];
