// Generates realistic guide pages for the scale bench: 4–7 paragraphs and 2–4 `##` headings each, Russian
// text recombined from the real guide's sentences (so stemming and search see real word forms), new words
// on every page (a real site's vocabulary keeps growing with it), spread over the guide's sections.
// The same pages are written as this site's guide pages and as Starlight docs.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The guide's sections (src/lib/content/guide-schema.ts), with their labels for Starlight's sidebar. */
export const SECTIONS = {
  basics: 'Что делать',
  reasons: 'Почему клиент не платит',
  terms: 'Условия и документы',
  options: 'Как договориться',
  law: 'Юридический путь',
};

/** Who a generated page is for: makes titles differ the way a growing guide's would. */
const AUDIENCES = [
  'для строителей',
  'для дизайнеров',
  'в рознице',
  'для поставщиков',
  'для переводчиков',
  'в рекламе',
  'для ремонтных бригад',
  'для IT-подрядчиков',
  'для фотографов',
  'в логистике',
  'для бухгалтеров на аутсорсе',
  'для кейтеринга',
  'для автосервисов',
  'для агентств недвижимости',
  'для репетиторов',
  'для типографий',
  'для клининга',
  'в оптовой торговле',
  'для event-агентств',
  'для архитекторов',
];

/** A small seeded random generator (mulberry32), so every run writes the same pages. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markdown inline markup reduced to plain text (links keep their text). */
function plain(line) {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/[<>{}]/g, '')
    .trim();
}

/** Sentences, list items and `##` headings of the real guide pages in `dir`. */
export function realPool(dir) {
  const sentences = [];
  const headings = [];
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
    const body = readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (line === '' || /^(import|export)\s/.test(line) || /^<\/?[A-Z]/.test(line) || line.startsWith('|')) continue;
      const h = /^##\s+(.+)$/.exec(line);
      if (h) {
        headings.push(plain(h[1]));
        continue;
      }
      if (/^#/.test(line)) continue;
      const text = plain(line.replace(/^(>\s*|[-*]\s+|\d+\.\s+)/, ''));
      for (const s of text.split(/(?<=[.!?])\s+/)) {
        if (s.length > 30 && /[.!?;:]$/.test(s)) sentences.push(s.charAt(0).toUpperCase() + s.slice(1));
      }
    }
  }
  return { sentences, headings };
}

/**
 * `count` pages from the pool: { slug, title, description, section, order, keywords, body } with a body of
 * 4–7 paragraphs under 2–4 `##` headings.
 */
export function generatePages(pool, count, seed = 14) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const longWords = pool.sentences.flatMap((s) => s.split(/\s+/)).filter((w) => /^[а-яё]{6,}$/.test(w));
  const newWord = () => {
    const a = pick(longWords);
    const b = pick(longWords);
    return a.slice(0, Math.ceil(a.length / 2)) + b.slice(Math.floor(b.length / 2));
  };
  const sectionKeys = Object.keys(SECTIONS);
  const pages = [];
  for (let i = 0; i < count; i++) {
    const fresh = Array.from({ length: 6 }, newWord);
    const paragraph = () =>
      Array.from({ length: between(2, 4) }, () => {
        const s = pick(pool.sentences);
        return rnd() < 0.3 ? s.replace(/[.!?;:]$/, `, ${pick(fresh)}.`) : s;
      }).join(' ');
    const paragraphs = between(4, 7);
    const headingCount = Math.min(between(2, 4), paragraphs - 1);
    const headings = new Set();
    while (headings.size < headingCount) headings.add(pick(pool.headings));
    // An introduction, then the other paragraphs shared out among the headings.
    const parts = [paragraph()];
    [...headings].forEach((h, k) => {
      parts.push(`## ${h}`);
      const under = Math.floor((paragraphs - 1) / headingCount) + (k < (paragraphs - 1) % headingCount ? 1 : 0);
      for (let n = 0; n < under; n++) parts.push(paragraph());
    });
    let description = pick(pool.sentences);
    if (description.length > 200) description = `${description.slice(0, 196).replace(/\s+\S*$/, '')}…`;
    while (description.length < 50) description = `${description} ${pick(pool.sentences)}`.slice(0, 200);
    const audience = pick(AUDIENCES);
    pages.push({
      slug: `tema-${String(i + 1).padStart(4, '0')}`,
      title: `${pick(pool.headings)} ${audience}`.slice(0, 90),
      navTitle: `${pick(pool.headings).slice(0, 24)} ${i + 1}`,
      description,
      section: sectionKeys[i % sectionKeys.length],
      order: 1000 + i,
      keywords: [fresh[0], audience.replace(/^(для|в)\s+/, '')],
      body: `${parts.join('\n\n')}\n`,
    });
  }
  return pages;
}

const yamlString = (s) => JSON.stringify(s);

/** Write the pages as this site's guide pages (content/guide/<slug>.<ext>). */
export function writeGuidePages(pages, dir, ext = 'mdx') {
  mkdirSync(dir, { recursive: true });
  for (const p of pages) {
    const front = [
      '---',
      `title: ${yamlString(p.title)}`,
      `navTitle: ${yamlString(p.navTitle)}`,
      `description: ${yamlString(p.description)}`,
      `section: ${p.section}`,
      `order: ${p.order}`,
      'updated: 2026-11-27',
      `keywords: [${p.keywords.map(yamlString).join(', ')}]`,
      '---',
    ];
    writeFileSync(join(dir, `${p.slug}.${ext}`), `${front.join('\n')}\n\n${p.body}`);
  }
}

/** Write the pages as Starlight docs (src/content/docs/guide/<section>/<slug>.<ext>), one sidebar group per section. */
export function writeStarlightPages(pages, docsDir, ext = 'mdx') {
  for (const p of pages) {
    const dir = join(docsDir, 'guide', p.section);
    mkdirSync(dir, { recursive: true });
    const front = [
      '---',
      `title: ${yamlString(p.title)}`,
      `description: ${yamlString(p.description)}`,
      'sidebar:',
      `  label: ${yamlString(p.navTitle)}`,
      `  order: ${p.order}`,
      '---',
    ];
    writeFileSync(join(dir, `${p.slug}.${ext}`), `${front.join('\n')}\n\n${p.body}`);
  }
}
