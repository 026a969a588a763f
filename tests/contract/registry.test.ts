import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { overlayFeatures } from '../../overlay/registry';

const featuresDir = join(import.meta.dirname, '../../overlay/features');
const featureFiles = readdirSync(featuresDir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

describe('overlay feature registry', () => {
  it('lists exactly one feature per file in overlay/features/, with id = file name', () => {
    const fromFiles = featureFiles.map((f) => f.replace(/\.tsx?$/, '')).sort();
    expect(overlayFeatures.map((f) => f.id).sort()).toEqual(fromFiles);
  });

  it('has unique ids in kebab-case', () => {
    const ids = overlayFeatures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('each feature file defines the feature whose id is its name', () => {
    for (const file of featureFiles) {
      const source = readFileSync(join(featuresDir, file), 'utf8');
      expect([file, source.includes(`id: '${file.replace(/\.tsx?$/, '')}'`)]).toEqual([file, true]);
    }
  });
});

describe('lazy parts', () => {
  it('are declared once: core/protocol/parts.ts lists exactly the entrypoints/part-<name>.ts files', async () => {
    const { PART_NAMES } = await import('../../core/protocol/parts');
    const files = readdirSync(join(import.meta.dirname, '../../entrypoints'))
      .filter((f) => /^part-[a-z-]+\.ts$/.test(f))
      .map((f) => f.slice('part-'.length, -'.ts'.length));
    expect([...PART_NAMES].sort()).toEqual(files.sort());
  });
});
