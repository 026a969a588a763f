import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PART_NAMES } from '../../core/protocol/parts';

/** ARCHITECTURE.md's lists ("How to add…", lib/) cannot drift from the code. */
const root = join(import.meta.dirname, '../..');
const architecture = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
const howTo = architecture.slice(architecture.indexOf('## How to add…'), architecture.indexOf('## Context diagram'));

describe('ARCHITECTURE.md follows the code', () => {
  it('has a "How to add…" section with a feature, a lazy part, a message, a stored item, a pack, a language', () => {
    for (const what of ['A feature on the page', 'A lazy part', 'A message', 'A stored item', 'A guide pack', 'A language']) expect(howTo).toContain(what);
  });

  it('names every lazy part', () => {
    const line = howTo.slice(howTo.indexOf('Parts today:'));
    const named = line.slice('Parts today:'.length, line.indexOf('.')).split(',').map((s) => s.trim());
    expect(named.sort()).toEqual([...PART_NAMES].sort());
  });

  it('names every locale area', () => {
    const areas = readdirSync(join(root, 'locales/fr')).map((f) => f.replace(/(\.pages)?\.json$/, ''));
    for (const area of new Set(areas)) expect([area, howTo.includes(area)]).toEqual([area, true]);
  });

  it('describes every lib/ module', () => {
    const libs = readdirSync(join(root, 'lib')).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|test-double/.test(f));
    const section = architecture.slice(architecture.indexOf('- **lib/**'), architecture.indexOf('- **overlay/**'));
    for (const file of libs) expect([file, section.includes(file)]).toEqual([file, true]);
  });
});
