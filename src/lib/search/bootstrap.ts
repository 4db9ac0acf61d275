/**
 * The only script guide pages carry: a tiny inline bootstrap (its sha256 goes into the CSP from
 * astro.config.mjs — this string is the single source of it). It turns the header's search link into a
 * dialog button and, on the first click, `/` or Ctrl+K (⌘K), imports the search module whose URL the link
 * holds in `data-search-module`, handing it the event's target: the element that had focus, for Esc to
 * return to (a click's target is inside the button and not focusable, so focus falls back to the button). On
 * the search page it loads the module when there is a `?q=` or the field is focused. Without JavaScript the
 * link simply leads to the search page.
 */
export const BOOTSTRAP_SCRIPT =
  '(()=>{const d=document,b=d.querySelector("[data-search-open]");' +
  'if(!b)return;let m;const L=()=>m=m||import(b.dataset.searchModule),' +
  'O=e=>{e.preventDefault();L().then(x=>x.openDialog(b,e.target),()=>{location.href=b.href})};' +
  'b.classList.add("is-live");b.setAttribute("role","button");b.setAttribute("aria-haspopup","dialog");' +
  'b.setAttribute("aria-keyshortcuts","/ Control+K Meta+K");' +
  'b.addEventListener("click",e=>{if(!(e.ctrlKey||e.metaKey||e.shiftKey))O(e)});' +
  // Every key on every page passes here: the field test runs only for `/` (it cost a typed key about 1 ms at ÷4).
  'd.addEventListener("keydown",e=>{const t=e.target,k=e.key;' +
  'if((e.ctrlKey||e.metaKey)&&e.code==="KeyK"||k===" "&&t===b||k==="/"&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&' +
  '!(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))O(e)});' +
  'd.addEventListener("DOMContentLoaded",()=>{const f=d.querySelector("[data-search-page]");if(!f)return;' +
  'const P=()=>L().then(x=>x.initPage(f));' +
  '/[?&]q=[^&]/.test(location.search)?P():f.addEventListener("focusin",P,{once:true})})})();';

/** The search module's source, served as it is by the dev server. */
export const SEARCH_MODULE_SOURCE = '/src/islands/search/search-ui.ts';
