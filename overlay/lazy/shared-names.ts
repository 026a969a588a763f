/**
 * The exports of the content script's own modules that lazy parts may use (one Preact
 * instance across the content script and its parts). build/shared-runtime.ts lets part
 * builds import exactly these names — a part importing another name fails to BUILD — and
 * overlay/lazy/share-runtime.ts shares exactly these values (a unit test checks both match).
 * Named, not `import *`: the content script keeps only what it uses itself (30 KiB budget).
 */
export const SHARED_EXPORTS = {
  preact: ['Fragment', 'createElement', 'h'],
  'preact/hooks': ['useCallback', 'useContext', 'useEffect', 'useLayoutEffect', 'useMemo', 'useRef', 'useState'],
  'preact/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
} as const;
