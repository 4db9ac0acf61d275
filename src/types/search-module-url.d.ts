/** The search module's URL: the bundled file in a build, its source on the dev server (scripts/search-module.mjs). */
declare module 'virtual:search-module-url' {
  const url: string;
  export default url;
}
