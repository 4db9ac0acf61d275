import { describe, expect, it } from 'vitest';
import { tableLabels, tableNames, tableRegionsPlugin, typographyPlugin } from '../../../src/lib/content/hast-plugins';

type N = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: N[] };
const el = (tagName: string, children: N[] = [], properties: Record<string, unknown> = {}): N => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): N => ({ type: 'text', value });

/** A minimal stand-in for Sätteri's visitor context over a real tree. */
function context(root: N) {
  const parents = new Map<N, N>();
  const index = (n: N): void => {
    for (const c of n.children ?? []) {
      parents.set(c, n);
      index(c);
    }
  };
  index(root);
  const props = new Map<N, Record<string, unknown>>();
  const wraps = new Map<N, N>();
  const textOf = (n: N): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
  return {
    parent: (n: N) => parents.get(n),
    textContent: textOf,
    setProperty: (n: N, k: string, v: unknown) => props.set(n, { ...props.get(n), [k]: v }),
    wrapNode: (n: N, p: N) => wraps.set(n, p),
    props,
    wraps,
  };
}

describe('tables become named, focusable scroll regions', () => {
  const first = el('table', [el('caption', [text('Госпошлина в арбитраже')]), el('tr')]);
  const second = el('table', [el('tr')]);
  const root = el('root', [el('h2', [text('Пороги по сумме')]), el('div', [second]), first]);
  root.type = 'root';

  it('names each table by its caption, else the heading before it', () => {
    expect(tableNames(root)).toEqual(['Пороги по сумме', 'Госпошлина в арбитраже']);
    expect(tableNames(el('root', [el('table')]))).toEqual(['Таблица']);
  });

  it('wraps each table in a region with tabindex 0 and a label', () => {
    const plugin = tableRegionsPlugin();
    const ctx = context(root);
    plugin.before?.(root, ctx);
    plugin.element?.visit(second, ctx);
    plugin.element?.visit(first, ctx);
    expect(ctx.wraps.get(second)?.properties).toEqual({
      className: ['table-wrap'],
      role: 'region',
      tabIndex: 0,
      ariaLabel: 'Таблица: Пороги по сумме',
    });
    expect(ctx.wraps.get(first)?.properties?.['ariaLabel']).toBe('Таблица: Госпошлина в арбитраже');
  });

  it('gives two tables under one heading different names, so a screen reader can tell them apart', () => {
    expect(tableLabels(['Суд общей юрисдикции', 'Суд общей юрисдикции', 'Примеры', '', ''])).toEqual([
      'Таблица: Суд общей юрисдикции',
      'Таблица: Суд общей юрисдикции, часть 2',
      'Таблица: Примеры',
      'Таблица',
      'Таблица, часть 2',
    ]);
  });
});

describe('typography on MDX text nodes', () => {
  it('changes prose, leaves code alone, and keeps heading ids as the plain text gives them', () => {
    const prose = text('до 750 000 ₽');
    const code = text('npm i 750 000 ₽');
    const heading = el('h2', [text('Шаг 5 - 10 000 ₽')]);
    const root = el('root', [heading, el('p', [prose]), el('pre', [el('code', [code])])]);
    const ctx = context(root);
    const plugin = typographyPlugin();
    expect(plugin.text?.(prose, ctx)?.value).toBe('до 750\u202f000\u00a0₽');
    expect(plugin.text?.(code, ctx)).toBeUndefined();
    plugin.element?.visit(heading, ctx);
    expect(ctx.props.get(heading)?.['id']).toBe('шаг-5---10-000-');
  });

  it('typographs the source line of a LegalFact, nothing else of the component', () => {
    const plugin = typographyPlugin();
    const node = {
      type: 'mdxJsxFlowElement',
      name: 'LegalFact',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'source', value: 'Пленум ВС РФ № 18, п. 2' },
        { type: 'mdxJsxAttribute', name: 'asOf', value: '2026-11-30' },
      ],
    };
    const out = plugin.mdxJsxFlowElement?.visit(node, context(el('root')));
    expect(out?.attributes?.[0]?.value).toBe('Пленум ВС РФ №\u00a018, п.\u00a02');
    expect(out?.attributes?.[1]?.value).toBe('2026-11-30');
  });
});
