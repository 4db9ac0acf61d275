/** The longest <title> search engines show in full; pages and content schemas keep titles within it (html-validate: long-title). */
export const TITLE_MAX = 70;

/** Zod check message: a heading longer than TITLE_MAX characters needs a short `seoTitle` for the <title>. */
export const SEO_TITLE_NEEDED = `seoTitle: заголовок длиннее ${TITLE_MAX} символов — добавьте короткий seoTitle для вкладки и поисковиков`;

/** Whether a page with this heading and optional short title has a <title> within TITLE_MAX characters. */
export function titleFits(page: { title: string; seoTitle?: string | undefined }): boolean {
  return (page.seoTitle ?? page.title).length <= TITLE_MAX;
}
