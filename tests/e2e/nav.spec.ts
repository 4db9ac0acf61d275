import { expect, test, type Page } from '@playwright/test';

/** One page of each kind: home, a guide page, a plan question and every tool. */
const PAGES = [
  ['home', '/'],
  ['guide page', '/guide/sud/'],
  ['plan question', '/plan/q/acknowledged/'],
  ['calculator', '/calculator/'],
  ['claim', '/claim/'],
  ['checklist', '/checklist/'],
  ['documents', '/documents/'],
  ['search', '/search/'],
] as const;

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

const header = (page: Page) => page.locator('header.site-header');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Основные разделы' });

/** The visible links of the main navigation, as their href attributes. */
async function visibleHrefs(page: Page): Promise<string[]> {
  const links = nav(page).getByRole('link');
  const hrefs: string[] = [];
  for (const link of await links.all()) {
    if (await link.isVisible()) hrefs.push((await link.getAttribute('href')) ?? '');
  }
  return hrefs;
}

for (const [kind, path] of PAGES) {
  test.describe(`${kind} (${path})`, () => {
    test('on a laptop the header is one row whose sections include «Документы» and «Моё дело»', async ({ page }) => {
      await page.setViewportSize(LAPTOP);
      await page.goto(path);
      await expect(nav(page).getByRole('link', { name: 'Документы' })).toHaveAttribute('href', '/documents/');
      await expect(nav(page).getByRole('link', { name: 'Моё дело' })).toHaveAttribute('href', '/delo/');
      await expect(page.locator('.main-nav__menu')).toBeHidden();
      const box = await header(page).boundingBox();
      expect(box?.height).toBeLessThanOrEqual(64);
    });

    test('on a 390 px phone the header is one row and «Меню» opens from the keyboard', async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      const box = await header(page).boundingBox();
      expect(box?.height).toBeLessThanOrEqual(64);
      expect(await visibleHrefs(page)).toEqual([]);

      const menu = nav(page).locator('summary', { hasText: 'Меню' });
      await expect(menu).toBeVisible();
      // Tab: the skip link, the brand, then the menu; Enter opens it.
      await page.keyboard.press('Tab');
      await expect(page.locator('.skip-link')).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(menu).toBeFocused();
      await page.keyboard.press('Enter');
      const documents = nav(page).getByRole('link', { name: 'Документы' });
      await expect(documents).toBeVisible();
      await expect(documents).toHaveAttribute('href', '/documents/');
      await expect(nav(page).getByRole('link', { name: 'Моё дело' })).toHaveAttribute('href', '/delo/');
      // The open menu drops over the page: the header row keeps its height.
      expect((await header(page).boundingBox())?.height).toBeLessThanOrEqual(64);
      // The next Tab reaches the first section, and Enter on the summary closes the menu again.
      await page.keyboard.press('Tab');
      await expect(nav(page).getByRole('link', { name: 'Гайд' })).toBeFocused();
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(documents).toBeHidden();
    });

    test('the footer links «Документы» and «Моё дело»', async ({ page }) => {
      await page.goto(path);
      const footer = page.getByRole('navigation', { name: 'Разделы сайта в подвале' });
      await expect(footer.getByRole('link', { name: 'Документы' })).toHaveAttribute('href', '/documents/');
      await expect(footer.getByRole('link', { name: 'Моё дело' })).toHaveAttribute('href', '/delo/');
    });
  });
}

test('the menu marks the current section, and a phone reaches a tool through it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/guide/sud/');
  await nav(page).locator('summary').click();
  await expect(nav(page).getByRole('link', { name: 'Гайд' })).toHaveAttribute('aria-current', 'page');
  await nav(page).getByRole('link', { name: 'Документы' }).click();
  await expect(page).toHaveURL(/\/documents\/$/);
  await expect(nav(page).locator('details')).not.toHaveAttribute('open');
});
