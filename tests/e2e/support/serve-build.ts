import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types a static host sends for the built files. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The built file in `dir` for a URL path under `base` ("/kp/guide/x/" → dir/guide/x/index.html), or null. */
export function fileUnder(dir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates = [join(dir, rel), join(dir, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * Serve the build in `dir` under `base` on a free port of 127.0.0.1, as a static host would; `body` may change
 * what a file sends (a new deploy). `stop` closes the server and the connections open pages keep.
 */
export async function serveBuild(
  dir: string,
  base: string,
  body: (file: string, content: Buffer) => Buffer = (_file, content) => content,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const file = fileUnder(dir, base, new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body(file, readFileSync(file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop };
}
