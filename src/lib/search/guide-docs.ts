import type { SearchDoc } from './doc';
import { mdxToText } from './markdown-text';
import { routes } from '../site/routes';

/** A heading as Astro reports it for a rendered page (its id is the slug used in the built page). */
interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What the guide-section splitter needs to know about a guide page. */
export interface GuideSource {
  slug: string;
  title: string;
  navTitle?: string | undefined;
  description: string;
  keywords: readonly string[];
  /** The MDX body, frontmatter excluded. */
  body: string;
  /** The page's headings from Astro's render (ids as in the built page). */
  headings: readonly RenderedHeading[];
}

const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;

/** The body cut at its h2/h3 headings: the part before the first heading, then one part per heading. */
function splitAtHeadings(body: string): { depth: number; lines: string[] }[] {
  const parts: { depth: number; lines: string[] }[] = [{ depth: 1, lines: [] }];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : HEADING.exec(line);
    if (m) parts.push({ depth: m[1]?.length ?? 2, lines: [] });
    else parts[parts.length - 1]?.lines.push(line);
  }
  return parts;
}

/**
 * One search document per section of a guide page (split at its h2 and h3 headings, linked by the
 * heading's id), plus one for the page's introduction. Fails, naming the page, if the headings found in
 * the MDX do not line up with the ones Astro rendered.
 */
export function guideSearchDocs(page: GuideSource): SearchDoc[] {
  const parts = splitAtHeadings(page.body);
  const headings = page.headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (headings.length !== parts.length - 1 || headings.some((h, i) => h.depth !== parts[i + 1]?.depth)) {
    throw new Error(
      `Search: the h2/h3 headings of guide page "${page.slug}" could not be matched with its rendered headings ` +
        `(${parts.length - 1} in the MDX, ${headings.length} rendered).`,
    );
  }
  const name = page.navTitle ?? page.title;
  const docs: SearchDoc[] = [
    {
      id: `guide:${page.slug}`,
      kind: 'guide',
      url: routes.guide(page.slug),
      title: page.title,
      context: 'Гайд',
      text: `${page.description} ${mdxToText(parts[0]?.lines.join('\n') ?? '')}`.trim(),
      keywords: page.keywords,
    },
  ];
  let parent = '';
  headings.forEach((h, i) => {
    if (h.depth === 2) parent = h.text;
    docs.push({
      id: `guide:${page.slug}#${h.slug}`,
      kind: 'guide',
      url: routes.guide(page.slug, h.slug),
      title: h.text,
      context: h.depth === 3 && parent ? `Гайд › ${name} › ${parent}` : `Гайд › ${name}`,
      text: mdxToText(parts[i + 1]?.lines.join('\n') ?? ''),
    });
  });
  return docs;
}
