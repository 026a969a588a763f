/**
 * The in-page half of the occlusion audit (issue 9, "Checked by"): one self-contained
 * function, serialised by Playwright into the page, that reads geometry only — bounding
 * boxes, computed styles and `elementFromPoint` through our open shadow root. It knows no
 * class name of ours: a surface is any rendered box of our shadow root that paints
 * something (a background, a border, its own text) or that a person can act on. Whatever
 * layout the overlay has, the same rules hold. Never reads a value typed in the page.
 */

export interface Box {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** One thing of the page that nothing of ours may cover in this state. */
export interface Protected {
  kind: 'focused-field' | 'label' | 'hint' | 'step-target' | 'pointed';
  what: string;
  box: Box;
}

export interface Finding {
  kind: 'covers' | 'hit' | 'overlap' | 'button-outside' | 'button-cut' | 'button-hidden';
  /** Our surface (or button) at fault: tag, class and its own words (our UI text, never the page's values). */
  surface: string;
  /** What it covers: a protected thing of the page, another surface of ours, the viewport edge. */
  other: string;
  /** Pixels of intersection, or points sampled that hit us. */
  amount: number;
}

export interface Measured {
  viewport: { width: number; height: number };
  findings: Finding[];
  /** Share of the viewport painted by our surfaces, 0–1. */
  coverage: number;
  /** Our surfaces seen, with the pixels each paints inside the viewport. */
  surfaces: Array<{ name: string; area: number }>;
  buttons: number;
  protectedThings: Array<{ kind: Protected['kind']; what: string }>;
  /** Where the focus is: 'page' (a field of the page), 'overlay' (inside our UI) or 'none'. */
  focus: 'page' | 'overlay' | 'none';
}

export interface MeasureArgs {
  host: string;
  /** Elements of our shadow root left out on purpose (the privacy curtain hides things by design). */
  exclude: string[];
  /** CSS selector of the element a "montrer ce champ" points at, if any. */
  pointed: string | null;
  /** The current step's target selectors (a pack SelectorSet), resolved with the product's own finder if loaded. */
  stepTarget: unknown[] | null;
  /** Smallest intersection side, in px, that counts (anti-aliasing and 1 px borders touching are not covering). */
  minSide: number;
}

/**
 * Runs in the page (passed to `page.evaluate`): everything it needs is inside it.
 * Helpers are arrow functions in its body so that the serialised source stays whole.
 */
export function measureInPage(args: MeasureArgs): Measured {
  const vw = document.documentElement.clientWidth || innerWidth;
  const vh = document.documentElement.clientHeight || innerHeight;
  const viewport: Box = { l: 0, t: 0, r: vw, b: vh };
  const host = document.querySelector(args.host) as HTMLElement | null;
  const root = host?.shadowRoot ?? null;

  const boxOf = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { l: r.left, t: r.top, r: r.right, b: r.bottom };
  };
  const meet = (a: Box, b: Box): Box | null => {
    const box = { l: Math.max(a.l, b.l), t: Math.max(a.t, b.t), r: Math.min(a.r, b.r), b: Math.min(a.b, b.b) };
    return box.r - box.l >= args.minSide && box.b - box.t >= args.minSide ? box : null;
  };
  const area = (b: Box) => Math.round((b.r - b.l) * (b.b - b.t));
  const words = (text: string | null, max = 40) => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  };
  const cls = (el: Element) => (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2).map((c) => `.${c}`).join('');
  // Ours: our own UI words are public. The page's: tag, id, name and visible label text only.
  // The words a person sees in one of our elements (the text of our <style> elements is not).
  const ownWords = (el: Element) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('style, script') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    let text = '';
    while (walker.nextNode() && text.length < 80) text += ` ${walker.currentNode.textContent ?? ''}`;
    return words(text);
  };
  const ours = (el: Element) => `${el.tagName.toLowerCase()}${cls(el)}${ownWords(el) ? ` "${ownWords(el)}"` : ''}`;
  const theirs = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    const id = el.id ? `#${el.id}` : '';
    const name = el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '';
    const editable = /^(input|textarea|select)$/.test(tag) || (el as HTMLElement).isContentEditable;
    const text = editable ? '' : words(el.textContent, 50);
    return `${tag}${id}${name}${text ? ` "${text}"` : ''}`;
  };
  const rgbaAlpha = (color: string) => {
    if (!color || color === 'transparent') return 0;
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return 1;
    const parts = m[1]!.split(/[ ,/]+/).filter(Boolean);
    return parts.length >= 4 ? Number.parseFloat(parts[3]!) : 1;
  };
  const rendered = (el: Element) => {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return cs.display !== 'none' && cs.visibility === 'visible' && r.width > 0 && r.height > 0;
  };

  // ---- what must stay visible -------------------------------------------------------
  const protectedThings: Protected[] = [];
  const guard = (kind: Protected['kind'], el: Element | null | undefined) => {
    if (!el || !el.isConnected || !rendered(el) || (host && host.contains(el))) return;
    const box = meet(boxOf(el), viewport);
    if (box && !protectedThings.some((p) => p.kind === kind && p.what === theirs(el))) protectedThings.push({ kind, what: theirs(el), box });
  };
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const inOverlay = !!active && !!host && (active === host || host.contains(active) || active.getRootNode() === root);
  const fieldLike = !!active && !inOverlay && active.matches('input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="spinbutton"]');
  const focus: Measured['focus'] = inOverlay ? 'overlay' : fieldLike ? 'page' : 'none';
  if (fieldLike && active) {
    const field = active as HTMLInputElement;
    guard('focused-field', field);
    const scope = field.getRootNode() as Document | ShadowRoot;
    const labels = [...(field.labels ?? []), field.closest('label')].filter((l): l is HTMLLabelElement => !!l);
    for (const label of labels) {
      guard('label', label);
      for (const hint of label.querySelectorAll('.fr-hint-text')) guard('hint', hint);
    }
    const ids = (attr: string) => (field.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean);
    for (const id of ids('aria-labelledby')) guard('label', scope.getElementById(id));
    for (const id of ids('aria-describedby')) guard('hint', scope.getElementById(id));
    // DSFR puts the hint in the label; some portals put it beside, in the field's group.
    const group = field.closest('.fr-input-group, .fr-select-group, .fr-fieldset__element, .fr-password');
    for (const hint of group?.querySelectorAll('.fr-hint-text') ?? []) guard('hint', hint);
  }
  const finder = (window as unknown as { __cacAuditFinder?: { createTargetFinder: (d: Document, ex?: Element) => { find: (s: unknown[]) => { target: Element | null } } } }).__cacAuditFinder;
  if (args.stepTarget && finder) guard('step-target', finder.createTargetFinder(document, host ?? undefined).find(args.stepTarget).target);
  if (args.pointed) {
    try {
      guard('pointed', document.querySelector(args.pointed));
    } catch {
      /* a selector the page cannot parse points at nothing */
    }
  }

  // ---- our surfaces -------------------------------------------------------------------
  interface Surface {
    el: Element;
    name: string;
    paint: Box[];
  }
  const surfaces: Surface[] = [];
  const buttons: Element[] = [];
  const INTERACTIVE = 'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';
  const excluded = (el: Element) => args.exclude.some((css) => el.matches(css));
  const walk = (el: Element, clip: Box, opacity: number, insideOpaque: Element | null) => {
    if (excluded(el)) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') return;
    // Screen-reader-only text is clipped to nothing on purpose.
    if ((cs.clip && cs.clip !== 'auto') || /inset\(50%/.test(cs.clipPath)) return;
    const alpha = opacity * Number.parseFloat(cs.opacity || '1');
    const box = boxOf(el);
    const ownClip = cs.position === 'fixed' ? viewport : clip;
    const visible = cs.visibility === 'visible' && alpha > 0.05 && box.r - box.l >= 2 && box.b - box.t >= 2;
    const filled = rgbaAlpha(cs.backgroundColor) > 0.05 || cs.backgroundImage !== 'none';
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((s) => {
      const style = cs.getPropertyValue(`border-${s.toLowerCase()}-style`);
      const color = cs.getPropertyValue(`border-${s.toLowerCase()}-color`);
      return style !== 'none' && style !== 'hidden' && rgbaAlpha(color) > 0.05 ? Number.parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) || 0 : 0;
    });
    const bordered = sides.some((w) => w > 0);
    const interactive = el.matches(INTERACTIVE);
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const isSurface = visible && (filled || bordered || interactive || ownText);
    if (visible && interactive) buttons.push(el);
    if (isSurface) {
      const full = filled || interactive || ownText;
      const [t, r, b, l] = sides as [number, number, number, number];
      const parts = full ? [box] : [
        { l: box.l, t: box.t, r: box.r, b: box.t + t },
        { l: box.r - r, t: box.t, r: box.r, b: box.b },
        { l: box.l, t: box.b - b, r: box.r, b: box.b },
        { l: box.l, t: box.t, r: box.l + l, b: box.b },
      ];
      const paint = parts.map((p) => { const c = meetAny(p, ownClip); return c ? meetAny(c, viewport) : null; }).filter((p): p is Box => p !== null);
      // A child of an opaque surface is part of it, unless what it paints sticks out of it (a tail, a menu).
      const sticksOut = !!insideOpaque && paint.some((p) => !meetsWhole(p, boxOf(insideOpaque)));
      if (paint.length && (!insideOpaque || sticksOut)) surfaces.push({ el, name: ours(el), paint });
    }
    const overflowClips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    const childClip = overflowClips ? meetAny(box, ownClip) ?? { l: 0, t: 0, r: 0, b: 0 } : ownClip;
    const opaque = isSurface && (filled || interactive) ? el : insideOpaque;
    for (const child of el.children) walk(child, childClip, alpha, opaque);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) walk(child, childClip, alpha, opaque);
  };
  function meetAny(a: Box, b: Box): Box | null {
    const box = { l: Math.max(a.l, b.l), t: Math.max(a.t, b.t), r: Math.min(a.r, b.r), b: Math.min(a.b, b.b) };
    return box.r > box.l && box.b > box.t ? box : null;
  }
  function meetsWhole(inner: Box, outer: Box): boolean {
    return inner.l >= outer.l - 2 && inner.t >= outer.t - 2 && inner.r <= outer.r + 2 && inner.b <= outer.b + 2;
  }
  if (root && host && getComputedStyle(host).display !== 'none') {
    for (const child of root.children) if (child.tagName !== 'STYLE' && child.tagName !== 'LINK') walk(child, viewport, 1, null);
  }

  // ---- checks -------------------------------------------------------------------------
  const findings: Finding[] = [];
  const surfaceOf = (el: Element | null): string => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = surfaces.find((x) => x.el === e);
      if (s) return s.name;
    }
    return el ? ours(el) : '?';
  };
  // 1. Boxes: none of our painted areas meets a protected thing.
  for (const s of surfaces) {
    for (const p of protectedThings) {
      const px = s.paint.reduce((sum, part) => sum + (meet(part, p.box) ? area(meet(part, p.box)!) : 0), 0);
      if (px > 0) findings.push({ kind: 'covers', surface: s.name, other: `${p.kind} ${p.what}`, amount: px });
    }
  }
  // 2. Hit-testing: a point of a protected thing must reach the page, not us.
  const ourHit = (x: number, y: number): Element | null => {
    const top = document.elementFromPoint(x, y);
    if (!top || !host || (top !== host && !host.contains(top))) return null;
    return root?.elementFromPoint(x, y) ?? host;
  };
  for (const p of protectedThings) {
    const hits = new Map<string, number>();
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      for (const fy of [0.2, 0.5, 0.8]) {
        const inner = ourHit(p.box.l + (p.box.r - p.box.l) * fx, p.box.t + (p.box.b - p.box.t) * fy);
        if (inner) hits.set(surfaceOf(inner), (hits.get(surfaceOf(inner)) ?? 0) + 1);
      }
    }
    for (const [surface, n] of hits) findings.push({ kind: 'hit', surface, other: `${p.kind} ${p.what}`, amount: n });
  }
  // 3. Ours never overlap each other (an element and its own descendant are one thing).
  for (let i = 0; i < surfaces.length; i++) {
    for (let j = i + 1; j < surfaces.length; j++) {
      const a = surfaces[i]!;
      const b = surfaces[j]!;
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const px = a.paint.reduce((sum, pa) => sum + b.paint.reduce((s2, pb) => s2 + (meet(pa, pb) ? area(meet(pa, pb)!) : 0), 0), 0);
      if (px > 0) findings.push({ kind: 'overlap', surface: a.name, other: b.name, amount: px });
    }
  }
  // 4. Every button of ours is whole inside the viewport and reached at its centre.
  for (const el of buttons) {
    const box = boxOf(el);
    if (box.l < -1 || box.t < -1 || box.r > vw + 1 || box.b > vh + 1) {
      // Whole out of the window (the notice's "J'accepte" below the fold; a "?" drawn for a
      // field far down, which a person cannot use now) or cut by its edge.
      const seen = meetAny(box, viewport);
      const where = box.t >= vh ? 'below' : box.b <= 0 ? 'above' : box.l >= vw || box.r <= 0 ? 'beside' : 'cut by the edge of';
      findings.push({ kind: seen ? 'button-cut' : 'button-outside', surface: ours(el), other: `${where} viewport ${vw}×${vh}`, amount: area(box) - area(seen ?? { l: 0, t: 0, r: 0, b: 0 }) });
      continue;
    }
    const x = (box.l + box.r) / 2;
    const y = (box.t + box.b) / 2;
    const top = document.elementFromPoint(x, y);
    const inner = top === host ? root?.elementFromPoint(x, y) ?? null : null;
    if (!inner || (inner !== el && !el.contains(inner))) {
      const by = inner ? `ours ${surfaceOf(inner)}` : top ? `page ${theirs(top)}` : 'nothing';
      findings.push({ kind: 'button-hidden', surface: ours(el), other: by, amount: 1 });
    }
  }

  return {
    viewport: { width: vw, height: vh },
    findings,
    coverage: unionArea(surfaces.flatMap((s) => s.paint)) / (vw * vh),
    surfaces: surfaces.map((s) => ({ name: s.name, area: Math.round(unionArea(s.paint)) })),
    buttons: buttons.length,
    protectedThings: protectedThings.map(({ kind, what }) => ({ kind, what })),
    focus,
  };

  /** Exact area of a union of boxes: sweep over x, merge y intervals. */
  function unionArea(boxes: Box[]): number {
    const xs = [...new Set(boxes.flatMap((b) => [b.l, b.r]))].sort((a, b) => a - b);
    let total = 0;
    for (let i = 0; i + 1 < xs.length; i++) {
      const x0 = xs[i]!;
      const x1 = xs[i + 1]!;
      const spans = boxes.filter((b) => b.l <= x0 && b.r >= x1).map((b) => [b.t, b.b] as const).sort((a, b) => a[0] - b[0]);
      let covered = 0;
      let end = -Infinity;
      for (const [t, b] of spans) {
        if (b <= end) continue;
        covered += b - Math.max(t, end);
        end = b;
      }
      total += covered * (x1 - x0);
    }
    return total;
  }
}
