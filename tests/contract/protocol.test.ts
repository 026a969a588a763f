import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundMessages, contentMessages, panelMessages } from '../../core/protocol/messages';
import type { Contract } from '../../core/protocol/contract';

const contracts: Record<string, Contract> = { contentMessages, backgroundMessages, panelMessages };
const architecture = readFileSync(join(import.meta.dirname, '../../ARCHITECTURE.md'), 'utf8');

/** Top-level keys of an object schema (zod/mini keeps them in def.shape). */
const shapeKeys = (schema: unknown) => Object.keys((schema as { def?: { shape?: object } }).def?.shape ?? {});

describe('message contract', () => {
  for (const [receiver, contract] of Object.entries(contracts)) {
    for (const [type, spec] of Object.entries(contract)) {
      it(`${receiver} ${type}: named domain.verb and documented in ARCHITECTURE.md`, () => {
        expect(type).toMatch(/^[a-z]+(\.[a-z][a-zA-Z]*)+$/);
        expect(architecture).toContain(`\`${type}\``);
      });
      it(`${receiver} ${type}: response is an object without a top-level "error" key (wire errors use it)`, () => {
        expect(shapeKeys(spec.res).length).toBeGreaterThan(0);
        expect(shapeKeys(spec.res)).not.toContain('error');
      });
    }
  }

  it('no message type is declared for two receivers', () => {
    const types = Object.values(contracts).flatMap((c) => Object.keys(c));
    expect(new Set(types).size).toBe(types.length);
  });
});
