import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The production build the end-to-end tests run against. */
export const DIST = join(process.cwd(), 'dist');

/** URL path prefixes of pages that are allowed to load JavaScript files (interactive tools). */
const SCRIPTED_PREFIXES = ['/plan/', '/calculator/', '/checklist/', '/claim/', '/documents/', '/delo/'] as const;

/** Whether a page may load script files at first load; every other page must load none. */
export function mayLoadScripts(path: string): boolean {
  // The home page loads the case card («Моё дело», issue 22): it shows only when the browser holds a case.
  return path === '/' || SCRIPTED_PREFIXES.some((p) => path.startsWith(p));
}

/** Every HTML page in dist/ as a URL path ("/guide/x/"), 404.html excluded (it has its own test). */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out
    .map((f) => '/' + relative(dir, f).split(sep).join('/'))
    .filter((p) => p !== '/404.html')
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}
