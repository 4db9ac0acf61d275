/**
 * The site's one set of Russian typography rules, applied at build time to the guide (MDX text nodes) and to the
 * JSON content (decision tree, checklist). Nothing here ships to the browser:
 * docs/decisions/060-typography-and-legal-routes.md.
 */
import Typograf from 'typograf';

/** No-break space: before ₽ and %, after №, «ст.», «п.», «ч.» and other short references. */
export const NBSP = '\u00a0';
/** Narrow no-break space between digit groups, as the site's money formatting writes them (1 200 000). */
export const NNBSP = '\u202f';

/** Abbreviations glued to the number or word that follows (law references, numbers). */
const GLUED_AFTER = ['№', 'ст.', 'ст.ст.', 'п.', 'пп.', 'ч.', 'абз.', 'гл.', 'стр.', 'т.', 'руб.'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AFTER_ABBR = new RegExp(
  `(^|[\\s(«„"\\[])(${GLUED_AFTER.map(escape).join('|')}) +(?=[\\dA-Za-zА-Яа-яЁё«"(IVX])`,
  'gu',
);

/** The rules of our own, on top of typograf's: each a pure string → string. */
const OWN_RULES: readonly { name: string; apply: (text: string) => string; first?: boolean }[] = [
  {
    // 1 200 000 → 1 200 000; only groups of exactly three digits after a 1–3 digit head.
    name: 'number-groups',
    apply: (t) =>
      t.replace(
        /(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d])/g,
        (_m, head: string, rest: string) => head + rest.replace(/[ \u00a0\u202f]/g, NNBSP),
      ),
  },
  { name: 'before-currency-percent', apply: (t) => t.replace(/(\S) +(?=[₽%‰])/g, `$1${NBSP}`) },
  { name: 'after-abbreviations', apply: (t) => t.replace(AFTER_ABBR, `$1$2${NBSP}`) },
  // A range of numbers takes an en dash without spaces («10–14 дней»), a hyphen between numbers too.
  {
    name: 'number-ranges',
    first: true, // before typograf turns « - » into « — »
    apply: (t) => t.replace(/(\d) ?[-–] ?(?=\d)/g, (m, d: string) => (/\d-\d/.test(m) ? m : `${d}–`)),
  },
];

for (const rule of OWN_RULES) {
  Typograf.addRule({
    name: `ru/klient/${rule.name}`,
    handler: (text: string) => rule.apply(text),
    queue: rule.first ? 'start' : 'end',
  });
}

/** typograf's rules we use: dashes (« - » → « — » with a no-break space before it), «т. д.», day + month. */
const TYPOGRAF_RULES = ['ru/dash/main', 'ru/dash/time', 'ru/nbsp/abbr', 'ru/nbsp/dayMonth', 'ru/nbsp/rubleKopek'];

const engine = new Typograf({
  locale: ['ru', 'en-US'],
  htmlEntity: { type: 'default' },
  disableRule: '*',
  enableRule: [...TYPOGRAF_RULES, ...OWN_RULES.map((r) => `ru/klient/${r.name}`)],
});

/** A piece of plain text with the site's typography applied (spaces at its edges kept as they were). */
export function typograph(text: string): string {
  if (!/[\d№₽%\-–—.]/.test(text)) return text;
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const trail = /\s*$/.exec(text)?.[0] ?? '';
  const core = text.slice(lead.length, text.length - trail.length);
  if (!core) return text;
  return lead + engine.execute(core) + trail;
}

/** Keys of content objects whose values are identifiers or URLs, never prose: left exactly as written. */
const NOT_PROSE = new Set([
  'id',
  'href',
  'next',
  'node',
  'start',
  'calculator',
  'group',
  'checklist',
  'keywords',
  '$comment',
]);

/** A copy of JSON content with every prose string typographed (ids, URLs and keywords untouched). */
export function typographContent<T>(data: T): T {
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (key !== undefined && NOT_PROSE.has(key)) return value;
    if (typeof value === 'string') return typograph(value);
    if (Array.isArray(value)) return value.map((v) => walk(v, undefined));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(data, undefined) as T;
}
