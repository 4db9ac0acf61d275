// Helpers for the scale bench: copying the project, timing a build with its peak memory, serving a build.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'coverage', 'playwright-report', 'test-results']);

/** Copy the project to `to` (sources and content; node_modules' packages are linked, not copied). */
export function copyProject(from, to) {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(from.length + 1);
      return rel === '' || !SKIP.has(rel.split('/')[0]);
    },
  });
  // Each package is linked, but caches (.astro, .vite) stay the copy's own.
  mkdirSync(join(to, 'node_modules'));
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(resolve(from, 'node_modules', name), join(to, 'node_modules', name));
  }
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const TIME = '/usr/bin/time';
const CPU_MARK = 'bench-cpu-seconds';

/**
 * Run a command in `cwd`, returning its wall time (s), its CPU time (user + system, s, with its children;
 * via /usr/bin/time when present — on a busy machine it varies less than the wall time) and the peak
 * resident memory of its whole process tree (sampled every 50 ms). Throws with the output's tail when it
 * fails.
 */
export function timed(cmd, args, cwd, env = {}) {
  const withTime = existsSync(TIME);
  const [exe, argv] = withTime ? [TIME, ['-f', `${CPU_MARK} %U %S`, cmd, ...args]] : [cmd, args];
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(exe, argv, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
    child.on('close', (code) => {
      clearInterval(sample);
      const seconds = (performance.now() - start) / 1000;
      const m = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(out);
      const cpu = m ? Number(m[1]) + Number(m[2]) : NaN;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${out.slice(-3000)}`));
      else resolvePromise({ seconds, cpu, peak, out });
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serve a built site's directory on 127.0.0.1:`port` (directory → index.html, unknown → 404.html). */
export function serveStatic(dir, port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir)) file = join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file);
    const body = readFileSync(found ? file : join(dir, '404.html'));
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** Files and bytes under a directory (recursively). */
export function diskUsage(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = diskUsage(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(p).size;
    }
  }
  return { files, bytes };
}
