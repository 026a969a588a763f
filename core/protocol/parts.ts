/**
 * The lazy parts of the overlay, declared once: each name is a file
 * `entrypoints/part-<name>.ts` (checked by tests/contract/registry.test.ts), the closed list
 * the background accepts in `part.load`, and a key of `PartExports` (overlay/lazy/parts.ts:
 * what the part registers).
 */
export const PART_NAMES = ['glossary', 'read-aloud', 'curtain', 'guidance', 'session', 'layout', 'report'] as const;
export type PartName = (typeof PART_NAMES)[number];
