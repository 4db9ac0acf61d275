/**
 * Where a text states one of the legal figures of src/lib/legal, and whether it states the figure the table has
 * (tests/content/legal-figures.test.ts runs it over the guide, the decision tree, the checklist, the documents and
 * the claim calculator's texts). Hand-written prose is read as a person would: an amount after «до», «не больше»…
 * is a limit; which limit is told by the nearest words naming the procedure (приказ, упрощённое) and the court or
 * debtor (арбитраж, ИП, мировой судья…) — first in its own clause, then in its part of the sentence, then in the
 * sentence, then in what surrounds the text (a table's column, a LegalFact's source, a heading, the page title).
 * Terms likewise by the words around «30 дней», «три года»; duty scales by their rows («от 100 001 до 1 000 000 ₽ |
 * 10 000 ₽ + 5 % суммы свыше 100 000 ₽»). A figure the table no longer has is reported with where it stands.
 */
import { COURT_LIMITS, type CourtLimits } from './court-limits';
import { DUTY_RATES, type DutyRates, type DutyScale } from './duty-rates';
import { TERMS, type Terms } from './terms';

/** Every table of figures, as the checker reads them (a test may pass a changed copy). */
export interface LegalFigures {
  limits: CourtLimits;
  duty: DutyRates;
  terms: Terms;
}

/** The site's figures, as one table for the checker (the application imports each module's own figures). */
export const LEGAL_FIGURES: LegalFigures = { limits: COURT_LIMITS, duty: DUTY_RATES, terms: TERMS };

/** A piece of text a reader sees: a paragraph, a list item, a table cell with its row's label, a note's line. */
export interface Passage {
  /** Where it stands, for the report: «content/guide/sud.mdx:53», «document court-order (ip)». */
  where: string;
  text: string;
  /**
   * What surrounds it, most specific first: a table column's header, a LegalFact's source, a heading, the page
   * title. Read only when the text itself does not say which procedure, court or term it speaks of.
   */
  context?: readonly string[];
}

/** One statement of a figure found in a passage. */
export interface Statement {
  where: string;
  /**
   * The figure's path in LegalFigures: «limits.arbitration.order», «terms.claimWait», «duty.general.claim»; several
   * joined by « | » where the text may state any of them («больше 750 000 ₽» on a court's procedures).
   */
  figure: string;
  /** As the text states it, and as the table has it. */
  stated: string;
  expected: string;
  ok: boolean;
  /** The sentence it was found in. */
  sentence: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading numbers

const SPACES = /[\u00a0\u202f\u2009]/g;
/** Counts in words as the texts write terms, in the cases they use. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  один: 1,
  одного: 1,
  два: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  четыре: 4,
  четырёх: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
};
const WORDS = Object.keys(NUMBER_WORDS).join('|');
/** «750 000 ₽», «750 000 рублей», «8 000 ₽». */
const MONEY = /(?<![\d\p{L},])(\d{1,3}(?: \d{3})+|\d+)(?:,\d{1,2})? ?(?:₽|руб)/gu;
/** «50 %». */
const PERCENT = /(?<![\d\p{L},])(\d+(?:,\d+)?) ?%/gu;
/** «30 календарных дней», «10 дней». */
const DAYS = new RegExp(`(?<![\\d\\p{L}])(\\d+|${WORDS}) (?:календарн\\p{L}* )?(?:день|дня|дней)(?!\\p{L})`, 'giu');
/** «три года», «3 лет» (not «2022 года»). */
const YEARS = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2}|${WORDS}) (?:год|года|лет)(?!\\p{L})`, 'giu');

const count = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/ /g, '').replace(',', '.'));
const rub = (kopecks: number): string => `${String(kopecks / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ₽`;

/** A passage's text as the checker reads it: plain spaces, no Markdown emphasis or link targets. */
function plain(text: string): string {
  return text
    .replace(SPACES, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Sentences: split after «.», «!» or «?» before a capital letter or a quote («ст. 229.2», «т. д.» stay whole). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[А-ЯЁA-Z«])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// Which words a number belongs to

type Cues<K extends string> = Readonly<Record<K, RegExp>>;

/** The bounds of the part of `s` around [at, end) that no `delimiter` splits. */
function span(s: string, at: number, end: number, delimiter: RegExp): [number, number] {
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(delimiter)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end && to === s.length) to = m.index;
  }
  return [from, to];
}

/**
 * The cue nearest to the number at [at, end) of a sentence: in its clause (before, then after), in its part of
 * the sentence (after, then before), anywhere in the sentence; else the keys found in the first context line
 * that has any. An empty list when nothing says.
 */
function nearest<K extends string>(cues: Cues<K>, s: string, at: number, end: number, context: readonly string[]): K[] {
  const clause = span(s, at, end, /[;|]|, /g);
  const part = span(s, at, end, /[;|]/g);
  let best: { key: K; score: number } | null = null;
  for (const key of Object.keys(cues) as K[]) {
    for (const m of s.matchAll(new RegExp(cues[key].source, 'giu'))) {
      const from = m.index;
      const to = from + m[0].length;
      const before = to <= at;
      const after = from >= end;
      if (!before && !after) continue;
      const inside = (b: [number, number]) => from >= b[0] && to <= b[1];
      const distance = before ? at - to : from - end;
      const tier = inside(clause) ? (before ? 0 : 1) : inside(part) ? (after ? 2 : 3) : 4;
      const score = tier * 10_000 + distance;
      if (!best || score < best.score) best = { key, score };
    }
  }
  if (best) return [best.key];
  for (const line of context) {
    const keys = (Object.keys(cues) as K[]).filter((k) => new RegExp(cues[k].source, 'iu').test(plain(line)));
    if (keys.length > 0) return keys;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------------
// Court thresholds

const PROCEDURE: Cues<'order' | 'simplified'> = { order: /приказ/u, simplified: /упрощ/u };
const PARTY: Cues<'company' | 'ip' | 'arbitration' | 'general'> = {
  company: /компани|юридическ\p{L}* лиц|организаци|ООО/u,
  ip: /(?<!\p{L})ИП(?!\p{L})|предпринимател/u,
  arbitration: /арбитраж|АПК|ст\. 229\.2|ст\. 227/u,
  general:
    /миров\p{L}* суд|общей юрисдикции|ГПК|Гражданского процессуального|гражданин|граждан(?:е|ам)(?!\p{L})|частн\p{L}* лиц|ст\. 121|ст\. 232\.2/u,
};
/** Words that make the amount after them a procedure's own limit: «до 750 000 ₽», «не превышает», «порог … — ». */
const UP_TO_BEFORE =
  /(?:(?<!\p{L})(?:до|не больше|не более|не выше|не превышает|меньше)|≤|порог\p{L}*[^.;|—]*—) *(?:чем )?$/iu;
const NOT_UP_TO_BEFORE = /не (?:меньше|менее) *$/iu;
/**
 * Words that put the amount after them under the claim: «больше 750 000 ₽: приказ не подходит», but also «больше
 * 500 000 ₽ по документам» on the simplified procedure — a limit of the same court, not always of that procedure.
 */
const OVER_BEFORE = /(?<!\p{L})(?:больше|свыше|выше|превышает) *(?:чем )?$/iu;

/** The threshold figures a limit may state, by procedure (null: any of the court's) and by who the party is. */
function thresholdFigures(procedure: 'order' | 'simplified' | null, parties: readonly string[]): string[] {
  const arbitration = parties.every((p) => p !== 'general');
  const general = parties.every((p) => p === 'general');
  const simplified = general
    ? ['limits.general.simplified']
    : !arbitration
      ? []
      : parties.includes('company') || parties.includes('ip')
        ? [
            ...(parties.includes('company') ? ['limits.arbitration.simplifiedCompany'] : []),
            ...(parties.includes('ip') ? ['limits.arbitration.simplifiedIp'] : []),
          ]
        : ['limits.arbitration.simplifiedCompany', 'limits.arbitration.simplifiedIp'];
  const order = arbitration ? ['limits.arbitration.order'] : general ? ['limits.general.order'] : [];
  if (procedure === 'order') return order;
  if (procedure === 'simplified') return simplified;
  return simplified.length > 0 ? [...order, ...simplified] : [];
}

function thresholds(s: string, context: readonly string[], figures: LegalFigures, emit: Emit): void {
  for (const m of s.matchAll(MONEY)) {
    const at = m.index;
    const end = at + m[0].length;
    const head = s.slice(0, at);
    const upTo = (UP_TO_BEFORE.test(head) && !NOT_UP_TO_BEFORE.test(head)) || /^ *или меньше/u.test(s.slice(end));
    if (!upTo && !OVER_BEFORE.test(head)) continue;
    const [procedure, ...more] = nearest(PROCEDURE, s, at, end, context);
    const parties = nearest(PARTY, s, at, end, context);
    if (!procedure || more.length > 0 || parties.length === 0) continue;
    const ids = thresholdFigures(upTo ? procedure : null, parties);
    if (ids.length === 0) continue;
    const stated = count(m[1] ?? '') * 100;
    const values = ids.map((id) => valueAt(figures, id));
    emit(ids.join(' | '), rub(stated), values.map(rub).join(' или '), values.includes(stated));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// State duty

const DUTY_TOPIC = /пошлин|333\.19|333\.21/iu;
const COURT: Cues<'arbitration' | 'general'> = {
  arbitration: /арбитраж|333\.21|АПК/u,
  general: /миров\p{L}* суд|общей юрисдикции|333\.19|ГПК/u,
};
/** A percent of the duty: the court order's share, or a rate of a scale (checked with its row). */
const SHARE: Cues<'order' | 'scale'> = { order: /приказ/u, scale: /(?<!\p{L})иск(?!\p{L})|свыше|×/u };

function orderDuty(s: string, context: readonly string[], figures: LegalFigures, emit: Emit): void {
  if (!DUTY_TOPIC.test(s) && !context.some((c) => DUTY_TOPIC.test(c))) return;
  for (const m of s.matchAll(PERCENT)) {
    const at = m.index;
    const end = at + m[0].length;
    if (nearest(SHARE, s, at, end, context).join() !== 'order') continue;
    const courts = nearest(COURT, s, at, end, context);
    const stated = count(m[1] ?? '');
    for (const court of courts.length > 0 ? courts : (['arbitration', 'general'] as const)) {
      const expected = figures.duty[court].order.percent;
      emit(`duty.${court}.order.percent`, `${stated} %`, `${expected} %`, stated === expected);
    }
  }
  for (const m of s.matchAll(MONEY)) {
    const at = m.index;
    if (!/(?:не меньше|не менее|минимум) *$/iu.test(s.slice(0, at))) continue;
    if (nearest(PROCEDURE, s, at, at + m[0].length, context).join() !== 'order') continue;
    const [court, ...more] = nearest(COURT, s, at, at + m[0].length, context);
    if (!court || more.length > 0) continue;
    const stated = count(m[1] ?? '') * 100;
    const min = figures.duty[court].order.min;
    emit(`duty.${court}.order.min`, rub(stated), min === null ? 'нет минимума' : rub(min), stated === min);
  }
}

const AMOUNT = String.raw`(\d{1,3}(?: \d{3})*)`;
/** A row of a duty scale: «от 100 001 до 1 000 000 ₽ | 10 000 ₽ + 5 % суммы свыше 100 000 ₽», «свыше …, но не более …». */
const SCALE_ROW = new RegExp(
  String.raw`^(?:до ${AMOUNT}|от ${AMOUNT} до ${AMOUNT}|свыше ${AMOUNT}) ₽ \| ${AMOUNT} ₽(?: \+ (\d+(?:,\d+)?) % суммы свыше ${AMOUNT} ₽)?(?:, но не более ${AMOUNT} ₽)?$`,
  'u',
);

function scaleRow(s: string, context: readonly string[], figures: LegalFigures, emit: Emit): void {
  const m = SCALE_ROW.exec(s);
  if (!m) return;
  const [court, ...more] = nearest(COURT, '', 0, 0, context);
  if (!court || more.length > 0) return;
  const k = (i: number): number | null => (m[i] === undefined ? null : count(m[i]) * 100);
  const [upTo, from, to, over, base, pct, pctOver, cap] = [k(1), k(2), k(3), k(4), k(5), m[6], k(7), k(8)];
  const scale: DutyScale = figures.duty[court].claim;
  const lower = upTo !== null ? 0 : from !== null ? from - 100 : (over ?? 0);
  const i = scale.brackets.findIndex((b) => b.over === lower);
  const b = scale.brackets[i];
  const next = scale.brackets[i + 1];
  const bp = pct === undefined ? 0 : Math.round(Number(pct.replace(',', '.')) * 100);
  const ok =
    b !== undefined &&
    base === b.base &&
    bp === b.bp &&
    (pct === undefined || pctOver === b.over) &&
    (upTo ?? to) === (next ? next.over : null) &&
    (cap === null || (next === undefined && cap === scale.max));
  const expected = b
    ? `${next ? `до ${rub(next.over)}` : `свыше ${rub(b.over)}`}: ${rub(b.base)}${b.bp ? ` + ${String(b.bp / 100).replace('.', ',')} % суммы свыше ${rub(b.over)}` : ''}${next ? '' : `, но не более ${rub(scale.max)}`}`
    : `нет ступени от ${rub(lower)}`;
  emit(`duty.${court}.claim`, s, expected, ok);
}

// ---------------------------------------------------------------------------------------------------------------
// Terms

/**
 * Terms in days. «payment» marks a term to pay («в течение 10 дней … оплатить»), no legal figure; a claim letter's
 * own words «настоящая претензия» do not make its term the wait before a suit.
 */
const DAY_TERMS: Cues<'claimWait' | 'limitationPause' | 'orderObjections' | 'extractAge' | 'payment'> = {
  claimWait: /(?<!настоящ\p{L}* )претензи/u,
  extractAge: /выписк/u,
  limitationPause: /приостан|пауз/u,
  orderObjections: /возражени/u,
  payment: /оплат/u,
};
const YEAR_TERMS: Cues<'limitation' | 'writ' | 'limitationMax'> = {
  limitation: /давност|ст\. 196/u,
  writ: /исполнени|исполнительн|предъяв|229-ФЗ/u,
  limitationMax: /нарушени/u,
};
/** «не больше чем на 30 дней», «не больше 30 дней»: the pause of limitation (the claim's wait is no upper bound). */
const AT_MOST_DAYS_BEFORE = /не (?:больше|более)(?: чем)?(?: на)? *$/iu;
/** «не больше 10 лет», «не может быть больше 10 лет»: the outer bound of limitation. */
const AT_MOST_BEFORE = /не (?:может быть )?(?:больше|более) *(?:чем )?$/iu;

function terms(s: string, context: readonly string[], figures: LegalFigures, emit: Emit): void {
  const check = (id: keyof Terms, stated: number, unit: string) => {
    const expected = figures.terms[id].value;
    emit(`terms.${id}`, `${stated} ${unit}`, `${expected} ${unit}`, stated === expected);
  };
  for (const m of s.matchAll(DAYS)) {
    const [id, ...more] = AT_MOST_DAYS_BEFORE.test(s.slice(0, m.index))
      ? ['limitationPause' as const]
      : nearest(DAY_TERMS, s, m.index, m.index + m[0].length, context);
    if (!id || more.length > 0 || id === 'payment') continue;
    check(id, count(m[1] ?? ''), 'дн.');
  }
  for (const m of s.matchAll(YEARS)) {
    const [found, ...more] = AT_MOST_BEFORE.test(s.slice(0, m.index))
      ? ['limitationMax' as const]
      : nearest(YEAR_TERMS, s, m.index, m.index + m[0].length, context);
    if (!found || more.length > 0) continue;
    check(found, count(m[1] ?? ''), 'г.');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a guide page

/**
 * The passages of a Markdown or MDX page: the title and description, each paragraph, list item and heading, and
 * each table cell with its row's label (context: its column's header). Every passage carries, as context, the
 * source of the LegalFact it stands in, the heading it stands under and the page title.
 */
export function markdownPassages(file: string, source: string): Passage[] {
  const passages: Passage[] = [];
  const lines = source.split('\n');
  let title = '';
  let heading = '';
  let factSource = '';
  let header: string[] | null = null;
  let inFrontmatter = lines[0] === '---';
  let inCode = false;
  lines.forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.trim();
    const around = () => [factSource, heading, title].filter(Boolean);
    if (inFrontmatter) {
      if (i > 0 && line === '---') inFrontmatter = false;
      const meta = /^(title|description): *"?(.*?)"?$/.exec(line);
      if (meta?.[1] === 'title') title = meta[2] ?? '';
      if (meta) passages.push({ where, text: meta[2] ?? '', context: [title] });
      return;
    }
    if (line.startsWith('```')) inCode = !inCode;
    if (inCode || line.startsWith('```') || line.startsWith('import ')) return;
    if (!line.startsWith('|')) header = null;
    const fact = /^<LegalFact\b.*?\bsource="([^"]*)"/.exec(line);
    if (fact) factSource = fact[1] ?? '';
    if (line.startsWith('</LegalFact')) factSource = '';
    if (line === '' || line.startsWith('<')) return;
    if (line.startsWith('|')) {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      if (!header) header = cells;
      else if (!cells.every((c) => /^:?-+:?$/.test(c)))
        cells.slice(1).forEach((cell, c) => {
          passages.push({ where, text: `${cells[0] ?? ''} | ${cell}`, context: [header?.[c + 1] ?? '', ...around()] });
        });
      return;
    }
    const h = /^#{1,6} +(.*)$/.exec(line);
    if (h) heading = h[1] ?? '';
    passages.push({ where, text: line.replace(/^(?:[-*>] +|\d+\. +|#{1,6} +)/, ''), context: h ? [title] : around() });
  });
  return passages;
}

// ---------------------------------------------------------------------------------------------------------------

type Emit = (figure: string, stated: string, expected: string, ok: boolean) => void;

/** The number at a path of LegalFigures: «limits.arbitration.order» → its limit, «terms.writ» → its value. */
function valueAt(figures: LegalFigures, path: string): number {
  let node: unknown = figures;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  const { limit, value } = node as { limit?: number; value?: number };
  const n = limit ?? value;
  if (typeof n !== 'number') throw new Error(`legal figure ${path} has no number`);
  return n;
}

/** Every statement of a legal figure in the passages, each with whether it agrees with `figures`. */
export function statedFigures(passages: readonly Passage[], figures: LegalFigures = LEGAL_FIGURES): Statement[] {
  const found: Statement[] = [];
  for (const p of passages) {
    sentences(plain(p.text)).forEach((sentence, i, all) => {
      // A sentence goes on from the one before it («… отправьте претензию. Если должник — компания, через 30 дней …»).
      const context = [...(i > 0 ? [all[i - 1] ?? ''] : []), ...(p.context ?? [])];
      const emit: Emit = (figure, stated, expected, ok) =>
        found.push({ where: p.where, figure, stated, expected, ok, sentence });
      thresholds(sentence, context, figures, emit);
      orderDuty(sentence, context, figures, emit);
      scaleRow(sentence, context, figures, emit);
      terms(sentence, context, figures, emit);
    });
  }
  return found;
}

/** The statements that disagree with `figures`: what a change in the law leaves behind. */
export function staleFigures(passages: readonly Passage[], figures: LegalFigures = LEGAL_FIGURES): Statement[] {
  return statedFigures(passages, figures).filter((s) => !s.ok);
}
