import type { APIRoute } from 'astro';
import { routes } from '../lib/site/routes';

/** robots.txt pointing crawlers at the sitemap on whatever origin the site is built for. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(routes.asset('sitemap-index.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: ${routes.home()}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
