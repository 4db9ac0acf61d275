/**
 * Build-time hast plugins for the guide's MDX (the Sätteri pipeline, `markdown.processor` in astro.config.mjs):
 * the site's typography on text nodes, and wide tables made keyboard-reachable, named scroll regions.
 * Markup and attributes are never touched by the typography; nothing here reaches the browser as script.
 */
import GithubSlugger from 'github-slugger';
import { typograph } from '../typography/typograph';

/** The slice of a hast node these plugins read. */
interface HastLike {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly HastLike[];
  /** MDX JSX elements: their name and attributes. */
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** The slice of Sätteri's visitor context these plugins use. */
interface VisitContext {
  parent(node: HastLike): HastLike | undefined;
  textContent(node: HastLike): string;
  setProperty(node: HastLike, key: string, value: unknown): void;
  wrapNode(node: HastLike, parent: HastLike): void;
}

/** A Sätteri hast plugin definition (structurally). */
export interface HastPlugin {
  name: string;
  before?: (root: HastLike, ctx: VisitContext) => void;
  element?: { filter: string[]; visit: (node: HastLike, ctx: VisitContext) => void };
  text?: (node: HastLike, ctx: VisitContext) => HastLike | undefined;
  mdxJsxFlowElement?: { filter: string[]; visit: (node: HastLike, ctx: VisitContext) => HastLike | undefined };
}

/** Components whose string props are prose shown to the reader (the source line of a legal fact). */
const PROSE_PROPS: Record<string, readonly string[]> = { LegalFact: ['source'] };

/** Elements whose text is code or otherwise verbatim: no typography inside. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function insideVerbatim(node: HastLike, ctx: VisitContext): boolean {
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
    if (p.type === 'element' && p.tagName && VERBATIM.has(p.tagName)) return true;
  }
  return false;
}

/**
 * Typography on every text node (not in code). Headings keep the ids their untouched text gives, so links and
 * anchors stay as they were (Astro's own id step runs later and keeps an existing id).
 */
export function typographyPlugin(): HastPlugin {
  const slugger = new GithubSlugger();
  return {
    name: 'klient-typography',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        if (typeof node.properties?.['id'] !== 'string')
          ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
      },
    },
    mdxJsxFlowElement: {
      filter: Object.keys(PROSE_PROPS),
      visit(node) {
        const props = PROSE_PROPS[node.name ?? ''] ?? [];
        let changed = false;
        const attributes = (node.attributes ?? []).map((a) => {
          if (a.type !== 'mdxJsxAttribute' || !props.includes(a.name ?? '') || typeof a.value !== 'string') return a;
          const value = typograph(a.value);
          changed ||= value !== a.value;
          return { ...a, value };
        });
        return changed ? { ...node, attributes } : undefined;
      },
    },
    text(node, ctx) {
      const value = node.value ?? '';
      if (insideVerbatim(node, ctx)) return undefined;
      const next = typograph(value);
      return next === value ? undefined : { type: 'text', value: next };
    },
  };
}

/** Plain text of a hast subtree. */
function textOf(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The name each table of a document gets, in document order: its caption, else the nearest heading before it,
 * else «Таблица».
 */
export function tableNames(root: HastLike): string[] {
  const names: string[] = [];
  let heading = '';
  const walk = (node: HastLike): void => {
    if (node.type === 'element' && node.tagName && HEADINGS.includes(node.tagName)) {
      heading = textOf(node).trim();
      return;
    }
    if (node.type === 'element' && node.tagName === 'table') {
      const caption = node.children?.find((c) => c.type === 'element' && c.tagName === 'caption');
      names.push((caption ? textOf(caption).trim() : '') || heading || 'Таблица');
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return names;
}

/** Region labels for a page's tables, each unique: a repeated one gets «, часть 2», «, часть 3»… (two regions
 * with one name are indistinguishable in a screen reader's list of landmarks). */
export function tableLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const label = name && name !== 'Таблица' ? `Таблица: ${name}` : 'Таблица';
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label}, часть ${count}`;
  });
}

/**
 * Every table wrapped in a scroll area a keyboard can reach and a screen reader can name:
 * `<div class="table-wrap" role="region" tabindex="0" aria-label="…">` (axe: scrollable-region-focusable).
 */
export function tableRegionsPlugin(): HastPlugin {
  let labels: string[] = [];
  let index = 0;
  return {
    name: 'klient-table-regions',
    before(root) {
      labels = tableLabels(tableNames(root));
      index = 0;
    },
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const label = labels[index] ?? 'Таблица';
        index += 1;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: label },
          children: [],
        });
      },
    },
  };
}
