import { test, expect } from '@playwright/test';
import { LEGAL_FACTS_CHECKED } from '../../src/lib/legal/facts-date';

test('a reader moves through the guide: index, page, table of contents, next page, breadcrumbs', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Гайд' }).click();
  await expect(page).toHaveURL(/\/guide\/$/);
  const first = page.locator('main .card__link').first();
  const firstHref = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${firstHref}$`));

  const toc = page.getByRole('navigation', { name: 'На этой странице' });
  if ((await toc.count()) > 0) {
    const link = toc.getByRole('link').nth(1);
    const hash = decodeURIComponent((await link.getAttribute('href')) ?? '');
    await link.click();
    await expect(page.locator(`[id="${hash.slice(1)}"]`)).toBeInViewport();
  }

  const next = page.locator('a[rel="next"]');
  await expect(next).toHaveCount(1);
  const nextHref = await next.getAttribute('href');
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${nextHref}$`));
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', firstHref ?? '');
  await page.getByRole('navigation', { name: 'Вы здесь' }).getByRole('link', { name: 'Гайд' }).click();
  await expect(page).toHaveURL(/\/guide\/$/);
});

test('the disclaimer with the facts date is on every guide page, and print hides navigation', async ({ page }) => {
  await page.goto('/guide/');
  const href = await page.locator('main .card__link').first().getAttribute('href');
  await page.goto(href ?? '/');
  await expect(page.locator('.disclaimer')).toContainText('не юридическая консультация');
  await expect(page.locator('.disclaimer time').first()).toHaveAttribute('datetime', LEGAL_FACTS_CHECKED);
  await expect(page.locator('.disclaimer')).toContainText(
    `по состоянию на ${LEGAL_FACTS_CHECKED.split('-').reverse().join('.')}.`,
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.guide-nav')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});
