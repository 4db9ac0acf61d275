/**
 * Astro writes a `<style>` for its islands (`astro-island{display:contents}`) right before the first island,
 * inside `<main>`; a `<style>` is only valid HTML in `<head>`. The build moves such elements there
 * (docs/decisions/042-html-validate-exceptions.md). The CSP hash of a style does not depend on where it is.
 */

const BODY_STYLE = /<style\b[^>]*>[\s\S]*?<\/style>/g;

/** A built page with every `<style>` element of its body moved, once each, to the end of its head. */
export function hoistBodyStyles(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const body = html.slice(headEnd);
  const styles = body.match(BODY_STYLE);
  if (!styles) return html;
  const unique = [...new Set(styles)].filter((s) => !head.includes(s));
  return head + unique.join('') + body.replace(BODY_STYLE, '');
}
