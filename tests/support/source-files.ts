import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The project's root, for contract tests that read the tree. */
export const root = join(import.meta.dirname, '../..');

/** A file of the project, as text (path relative to the root). */
export const readSource = (path: string) => readFileSync(join(root, path), 'utf8');

/** Every .ts/.tsx file under `dir` (relative to the root), tests left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What ships in the extension: core/, lib/, overlay/, components/, entrypoints/. */
export const extensionCode = () => ['core', 'lib', 'overlay', 'components', 'entrypoints'].flatMap(sourceFiles);
