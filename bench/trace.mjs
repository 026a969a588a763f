// Main-thread tasks of one page, from outside, with CDP tracing: which tasks ran, how long,
// and which of them ran extension code (a nested event names a chrome-extension:// script).
// The page's own long-task observer cannot see content-script work; the trace does.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Runs `action` while tracing; returns its result and the trace events. */
export async function traced(cdp, action) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  let result;
  try {
    result = await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

/** The renderer main thread (pid, tid) of the page whose URL starts with `urlPrefix`. */
function pageMainThread(events, urlPrefix) {
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => (f.url ?? '').startsWith(urlPrefix) && !f.parent);
  // A navigation during the trace: the process the frame committed in.
  const committed = events.find((e) => e.name === 'FrameCommittedInBrowser' && (e.args?.data?.url ?? '').startsWith(urlPrefix));
  const pid = committed?.args?.data?.processId ?? frame?.processId;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  return main ? { pid, tid: main.tid } : null;
}

const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';

/**
 * Who ran script in an event: 'extension' (a chrome-extension:// script, or a script with
 * no URL — Chromium names no URL for isolated-world calls such as content-script listeners,
 * and extension messaging arrives as an `extensions.mojom` message), 'page' (a script with
 * the page's URL), or null. Playwright's page.evaluate also has no URL: the benches never
 * evaluate in the measured page while tracing.
 */
function origin(e) {
  const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '';
  if (tag.startsWith('extensions.mojom')) return 'extension';
  if (e.name !== 'FunctionCall' && e.name !== 'EvaluateScript') return null;
  const url = urlOf(e);
  if (url === '' || url.startsWith('chrome-extension://')) return 'extension';
  return /^https?:/.test(url) ? 'page' : null;
}

// Script run by a task, outermost events only (a forced layout inside our script is ours;
// the frame's own style, layout and paint around it are not).
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'EventDispatch']);

/**
 * Main-thread tasks of the page, each `{ ms, cpuMs, scriptMs, scriptCpuMs, who }`: its
 * duration and the time its script took, as wall time and as the thread's CPU time (trace
 * `tdur`: on a busy machine the wall time also counts the time the thread waited for a
 * core, the CPU time does not), and whose script ran — 'extension' (only ours), 'mixed' (a page event our
 * listeners also heard), 'page' or null (rendering only).
 */
export function mainThreadTasks(events, urlPrefix) {
  const thread = pageMainThread(events, urlPrefix);
  if (!thread) return [];
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = onThread.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur > 0 && !isNested(e, onThread));
  const result = [];
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (k < onThread.length && onThread[k].ts < task.ts) k++;
    const seen = new Set();
    let scriptUs = 0;
    let scriptCpuUs = 0;
    let scriptEnd = -1;
    for (let i = k; i < onThread.length && onThread[i].ts <= end; i++) {
      const e = onThread[i];
      const who = origin(e);
      if (who) seen.add(who);
      if (e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.ts >= scriptEnd) {
        scriptUs += e.dur ?? 0;
        scriptCpuUs += e.tdur ?? e.dur ?? 0;
        scriptEnd = e.ts + (e.dur ?? 0);
      }
    }
    const who = seen.has('extension') ? (seen.has('page') ? 'mixed' : 'extension') : seen.has('page') ? 'page' : null;
    result.push({ ms: task.dur / 1000, cpuMs: (task.tdur ?? task.dur) / 1000, scriptMs: scriptUs / 1000, scriptCpuMs: scriptCpuUs / 1000, who });
  }
  return result;
}

/** Totals of `mainThreadTasks`: our script time, our longest task (script), the longest task of all. */
export function taskFigures(tasks) {
  const ours = tasks.filter((t) => t.who === 'extension');
  return {
    extensionScript: sum(ours.map((t) => t.scriptMs)),
    extensionScriptCpu: sum(ours.map((t) => t.scriptCpuMs)),
    longestExtensionScript: max(ours.map((t) => t.scriptMs)),
    longestExtensionScriptCpu: max(ours.map((t) => t.scriptCpuMs)),
    longestExtensionTask: max(ours.map((t) => t.ms)),
    longestTask: max(tasks.map((t) => t.ms)),
    mixedTasks: tasks.filter((t) => t.who === 'mixed').length,
  };
}

// RunTask is recorded twice (two categories) and can nest: only outermost tasks count.
const nestedCache = new WeakMap();
function isNested(task, onThread) {
  let outer = nestedCache.get(onThread);
  if (!outer) {
    outer = [];
    let end = -1;
    for (const e of onThread) {
      if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || !(e.dur > 0)) continue;
      if (e.ts >= end) {
        outer.push(e);
        end = e.ts + e.dur;
      }
    }
    nestedCache.set(onThread, new Set(outer));
    outer = nestedCache.get(onThread);
  }
  return !outer.has(task);
}

/**
 * Where the extension's main-thread time went: self time (wall, ms) by trace event name —
 * script evaluation and compilation, style and layout our script forced, our style sheet's
 * parsing, garbage collection — over the tasks that ran only our script.
 */
export function extensionBreakdown(events, urlPrefix) {
  const thread = pageMainThread(events, urlPrefix);
  if (!thread) return new Map();
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur >= 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = onThread.filter((e) => TASK_NAMES.has(e.name) && !isNested(e, onThread));
  const ours = new Set(mainThreadTasks(events, urlPrefix).map((t, i) => (t.who === 'extension' ? tasks[i] : null)).filter(Boolean));
  const self = new Map();
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (k < onThread.length && onThread[k].ts < task.ts) k++;
    if (!ours.has(task)) continue;
    const stack = [];
    const within = [];
    let covered = 0;
    for (let i = k; i < onThread.length && onThread[i].ts + onThread[i].dur <= end; i++) {
      const e = onThread[i];
      if (TASK_NAMES.has(e.name)) continue;
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      // Style, layout and paint inside our script were forced by it; beside it, they are the frame's.
      const forced = !SCRIPT_EVENTS.has(e.name) && stack.some((parent) => SCRIPT_EVENTS.has(parent.name));
      const node = { name: forced ? `${e.name} (inside our script)` : e.name, ts: e.ts, dur: e.dur, children: 0 };
      if (stack.length) stack.at(-1).children += e.dur;
      else covered += e.dur;
      stack.push(node);
      within.push(node);
    }
    for (const node of within) self.set(node.name, (self.get(node.name) ?? 0) + Math.max(0, node.dur - node.children) / 1000);
    self.set('(task, outside any event)', (self.get('(task, outside any event)') ?? 0) + Math.max(0, task.dur - covered) / 1000);
  }
  return self;
}

export const sum = (xs) => xs.reduce((a, b) => a + b, 0);
export const max = (xs) => (xs.length ? Math.max(...xs) : 0);

/**
 * Waits until the page is quiet (a second with under 5 ms of our script and no task over
 * 50 ms): a big page keeps the main thread busy for seconds after `load` (layout, our
 * idle-time work), which would otherwise be counted in what is measured next.
 */
export async function waitForQuiet(cdp, urlPrefix, { tries = 30 } = {}) {
  for (let i = 0; i < tries; i++) {
    const { events } = await traced(cdp, () => new Promise((r) => setTimeout(r, 1000)));
    const figures = taskFigures(mainThreadTasks(events, urlPrefix));
    if (figures.extensionScript < 5 && figures.longestTask < 50) return i + 1;
  }
  return tries;
}
