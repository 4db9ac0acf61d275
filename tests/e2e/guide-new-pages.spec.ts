import { test, expect } from '@playwright/test';

/** The guide pages added for what happens after the court and for private-person debtors (issue 9). */
const PAGES = [
  { slug: 'posle-suda', h1: 'Суд вынес решение: как получить деньги', query: 'исполнительный лист' },
  { slug: 'dolzhnik-ischez', h1: 'Клиент исчез, закрывает компанию или банкротится', query: 'банкротство' },
  { slug: 'klient-fizlico', h1: 'Если клиент — частное лицо или самозанятый', query: 'самозанятый' },
] as const;

for (const { slug, h1, query } of PAGES) {
  test(`/guide/${slug}/ is in the guide navigation, the sitemap and the search`, async ({ page, request }) => {
    await page.goto('/guide/pervye-shagi/');
    const nav = page.getByRole('navigation', { name: 'Все разделы гайда' });
    await nav.locator(`a[href="/guide/${slug}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/guide/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);

    const index = await request.get('/guide/');
    expect(await index.text()).toContain(`href="/guide/${slug}/"`);

    const sitemap = await request.get('/sitemap-0.xml');
    expect(sitemap.ok()).toBe(true);
    expect(await sitemap.text()).toMatch(new RegExp(`<loc>[^<]*/guide/${slug}/</loc>`));

    await page.goto('/search/?q=' + encodeURIComponent(query));
    await expect(page.locator(`[data-search-results] a.search-result[href^="/guide/${slug}/"]`).first()).toBeVisible();
  });
}
