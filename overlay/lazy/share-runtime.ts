import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';
import { browser } from 'wxt/browser';
import { ReadAloudButton } from '../../components/ReadAloudButton';
import { sendToBackground } from '../../lib/messaging';
import { FloatingCard } from '../guide/FloatingCard';
import { Dock } from '../dock';

/**
 * Hands our Preact and browser API to the lazy parts injected later into this isolated
 * world (see build/shared-runtime.ts): one Preact instance, so components, hooks and
 * contexts work across the content script and its parts; and the `kit` of components and
 * messaging the parts use (never copies: a copied component would read a copied context). Page scripts cannot see it:
 * content scripts and injected parts share the extension's isolated world, not the page's.
 */
export function shareRuntime(): void {
  const kit = { send: sendToBackground, FloatingCard, ReadAloudButton, Dock };
  (globalThis as { __cacShared?: unknown }).__cacShared = { preact, 'preact/hooks': hooks, 'preact/jsx-runtime': jsxRuntime, browser, kit };
}
