/**
 * Plain text of an MDX fragment for the search index: markup, imports and component tags dropped, link
 * texts kept, and the `source` of a legal fact kept (people search for «ст. 196»).
 */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[A-Za-z][^>]*?\bsource="([^"]*)"[^>]*>/g, ' $1. ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*:?-{2,}.*$/gm, ' ')
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/\*\*|__|[*_`|]/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
