import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A minimal WebDriver BiDi client for Firefox (Playwright's Firefox mode does not work with
 * Debian's firefox-esr): enough to install the built extension, navigate and evaluate.
 * Firefox has no --host-resolver-rules, so a tiny CONNECT proxy sends every https host to
 * the local practice server instead (nothing leaves the machine).
 */
export interface FirefoxSession {
  navigate: (url: string) => Promise<void>;
  evaluate: <T>(expression: string) => Promise<T>;
  installExtension: (dir: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function startFirefox(binary: string, practicePort: number): Promise<FirefoxSession> {
  const proxy = await startConnectProxy(practicePort);
  const profile = mkdtempSync(join(tmpdir(), 'cac-firefox-'));
  writeFileSync(join(profile, 'user.js'), firefoxPrefs(proxy.port));
  const port = await freePort();
  const child = spawn(binary, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`], { stdio: 'ignore' });
  try {
    const bidi = await connectBidi(port);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = contexts[0]!.context;
    return {
      navigate: async (url) => void (await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' })),
      evaluate: async <T>(expression: string) => {
        const result = await bidi.send<{ result: { value?: T } }>('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
        return result.result.value as T;
      },
      installExtension: async (dir) => (await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: dir } })).extension,
      close: async () => {
        bidi.socket.close();
        await stopChild(child);
        proxy.server.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopChild(child);
    proxy.server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

function firefoxPrefs(proxyPort: number): string {
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': true,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.autoDisableScopes': 0,
  };
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n');
}

/** CONNECT host:443 → 127.0.0.1:practicePort, for every host. Loopback only. */
function startConnectProxy(practicePort: number): Promise<{ server: Server; port: number }> {
  const server = createServer((client) => {
    client.once('data', (head) => {
      if (!/^CONNECT /.test(head.toString('latin1'))) return client.destroy();
      const upstream = connect(practicePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        client.pipe(upstream).pipe(client);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

interface Bidi {
  socket: WebSocket;
  send: <T = unknown>(method: string, params: object) => Promise<T>;
}

async function connectBidi(port: number): Promise<Bidi> {
  const socket = await retry(() => openSocket(`ws://127.0.0.1:${port}/session`), 60, 250);
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'error') waiter.reject(new Error(`${message.error}: ${message.message}`));
    else waiter.resolve(message.result);
  });
  return {
    socket,
    send: <T>(method: string, params: object) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
  };
}

function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error('no BiDi socket yet')), { once: true });
  });
}

async function retry<T>(attempt: () => Promise<T>, times: number, delayMs: number): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= times) throw error;
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}
