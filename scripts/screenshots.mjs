// Screenshots of every tool at 390 px (a phone), each in use — with a case saved, numbers in the link, a
// document filled — for a person to read, and the figures that say whether a phone reads them well: the page
// never scrolls sideways, no table cell narrower than 40 px outside a scroll region, the document preview's
// smallest body text. Against the production build (`npm run build` first); the files go to SHOTS_DIR
// (default `screenshots/`, not kept in git).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withPreview } from './bench/server.mjs';
import { SEED } from './bench/feature-delo.mjs';

if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const DIR = process.env.SHOTS_DIR ?? 'screenshots';
mkdirSync(DIR, { recursive: true });

/** The debtor's and the user's details typed into the documents form. */
async function fillDocument(page) {
  await page.locator('#doc-me-name').fill('ООО «Лютик»');
  await page.locator('#doc-me-signer').fill('Смирнова Анна Сергеевна');
  await page.locator('#doc-debtor-name').fill('ООО «Ромашка»');
  await page.locator('#doc-debtor-inn').fill('7702070139');
}

const CLAIM_LINK = 'debt=300000&due=2026-03-10&pay=2026-05-01:100000&claimSent=2026-10-20&debtor=company';
const SHOTS = [
  { name: 'home-with-case', path: '/', ready: '[data-case-card]', seed: true },
  { name: 'tree-question', path: '/plan/q/reason/', ready: 'main [data-answer]' },
  { name: 'tree-plan', path: '/plan/order-cancelled/', ready: 'main h1' },
  {
    name: 'calculator',
    path: '/calculator/?mode=installments&amount=150000&n=12&rate=12',
    ready: '.calc-result table',
  },
  { name: 'calculator-discount', path: '/calculator/?mode=discount&amount=150000', ready: '.calc-result' },
  { name: 'claim', path: `/claim/?${CLAIM_LINK}`, ready: '.claim-result .claim-table tbody tr' },
  { name: 'documents-claim', path: `/documents/?doc=claim&${CLAIM_LINK}`, ready: '.doc-page', act: fillDocument },
  { name: 'documents-lawsuit', path: `/documents/?doc=lawsuit&${CLAIM_LINK}`, ready: '.doc-page', act: fillDocument },
  { name: 'documents-fssp', path: '/documents/?doc=fssp', ready: '.doc-page', act: fillDocument },
  { name: 'checklist', path: '/checklist/', ready: '.cl[data-ready]', seed: true },
  { name: 'delo', path: '/delo/', ready: '.delo[data-ready]', seed: true },
  { name: 'search', path: '/guide/', ready: 'main h1', act: (page) => page.keyboard.press('/') },
];

/** What a phone reader meets on the page (run in the page). */
function readability() {
  const inScroll = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (/(auto|scroll)/.test(s.overflowX) && p.getAttribute('tabindex') === '0') return true;
    }
    return false;
  };
  const narrow = [...document.querySelectorAll('td, th')].filter(
    (c) => c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().width < 40 && !inScroll(c),
  ).length;
  const body = [...document.querySelectorAll('.doc-page p, .doc-page li')].map((el) =>
    parseFloat(getComputedStyle(el).fontSize),
  );
  return {
    sideways: document.documentElement.scrollWidth > window.innerWidth,
    narrow,
    previewPx: body.length ? Math.min(...body) : null,
    height: document.documentElement.scrollHeight,
  };
}

await withPreview(async ({ browser, baseURL }) => {
  const rows = [];
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      locale: 'ru-RU',
    });
    if (shot.seed) await context.addInitScript((seed) => localStorage.setItem('knp:checklist', seed), SEED);
    const page = await context.newPage();
    try {
      await page.goto(`${baseURL}${shot.path}`, { waitUntil: 'networkidle' });
      await page.locator(shot.ready).first().waitFor();
      if (shot.act) {
        await shot.act(page);
        await page.waitForLoadState('networkidle');
      }
      const file = join(DIR, `${shot.name}-390.png`);
      await page.screenshot({ path: file, fullPage: true });
      const r = await page.evaluate(readability);
      rows.push({
        shot: shot.name,
        'sideways scroll': r.sideways ? 'YES' : 'no',
        'cells < 40 px outside a scroll region': r.narrow,
        'preview body text, px': r.previewPx ?? '—',
        'page height, screens': Math.round((r.height / 844) * 10) / 10,
      });
    } catch (err) {
      rows.push({ shot: shot.name, 'sideways scroll': `failed: ${String(err).split('\n')[0]}` });
    } finally {
      await context.close();
    }
  }
  console.log(`\nScreenshots at 390 px in ${DIR}/:\n`);
  console.table(rows);
});
