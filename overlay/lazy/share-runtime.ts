import { createElement, Fragment, h } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsx, jsxs, Fragment as JsxFragment } from 'preact/jsx-runtime';
import { browser } from 'wxt/browser';
import { ReadAloudButton } from '../../components/ReadAloudButton';
import { sendToBackground } from '../../lib/messaging';
import { CardSection } from '../layout/Card';
import { LauncherItem } from '../layout/Launcher';
import type { Kit } from './kit';

/**
 * Hands our Preact and browser API to the lazy parts injected later into this isolated
 * world (see build/shared-runtime.ts and overlay/lazy/shared-names.ts): one Preact
 * instance, so components, hooks and contexts work across the content script and its
 * parts; and the `kit` of components and messaging the parts use (never copies: a copied
 * component would read a copied context). Page scripts cannot see it: content scripts and
 * injected parts share the extension's isolated world, not the page's.
 */
export function shareRuntime(): void {
  const kit: Kit = { send: sendToBackground, CardSection, LauncherItem, ReadAloudButton };
  (globalThis as { __cacShared?: unknown }).__cacShared = {
    preact: { Fragment, createElement, h },
    'preact/hooks': { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState },
    'preact/jsx-runtime': { Fragment: JsxFragment, jsx, jsxs },
    browser,
    kit,
  };
}
