// Runs for every page as it is built: a page's island <style> moves from its body into its head
// (docs/decisions/042 and 102). Doing it here, on the HTML in memory, spares the build a second pass that
// read and rewrote every built file.
import { defineMiddleware } from 'astro:middleware';
import { hoistBodyStyles } from './lib/site/head-styles';

/** Pages (text/html) pass through hoistBodyStyles; the search index files and other endpoints as they are. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(hoistBodyStyles(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
