/**
 * The tree's history hook: the view read from the URL (after the first render, so it matches the server's),
 * back/forward through the questions, in-place moves with history.pushState (right after the new question is
 * painted, so the answer shows at once), and focus on each new question.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { questionOf, type Tree } from '../../lib/decision-tree/engine';
import { initialView, readView, type View } from '../../lib/decision-tree/view';
import { FOCUS_KEY, focusTarget, shouldFocus } from '../../lib/decision-tree/focus';

/** A plain left click that the island may handle in place. */
export const plainClick = (e: MouseEvent): boolean =>
  !(e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);

/** Before loading another tree page: remember it, so that page moves focus to its heading. */
export function remember(href: string): void {
  const target = focusTarget(href, location.href);
  try {
    if (target) sessionStorage.setItem(FOCUS_KEY, target);
  } catch {
    // Storage off: the next page keeps the browser's default focus.
  }
}

/** Whether this page was loaded by the tree (and should focus its heading); forgets the mark either way. */
function arrivedFromTree(): boolean {
  try {
    const stored = sessionStorage.getItem(FOCUS_KEY);
    sessionStorage.removeItem(FOCUS_KEY);
    return shouldFocus(stored, location.pathname);
  } catch {
    return false;
  }
}

/** The view of a URL (the current one by default). */
const current = (tree: Tree, node: string, at: URL | Location = location): View =>
  readView(tree, node, at.pathname, at.search);

/** Addresses shown in place, added to the history (in order) in the task after the paint: pushState takes a few ms. */
const unpushed: string[] = [];
const pushPending = (): void => unpushed.splice(0).forEach((url) => history.pushState(null, '', url));

/**
 * The view, the heading to focus after a move, and `navigate(url, target)`: a question is shown in place (a
 * history entry), an outcome is loaded as a page. On an outcome page, arriving from the tree focuses its h1.
 */
export function useTreeHistory(tree: Tree, node: string, kind: 'question' | 'outcome') {
  const [view, setView] = useState<View>(() => initialView(node));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const arrived = arrivedFromTree();
    if (kind === 'question') moved.current = arrived;
    else if (arrived) document.querySelector<HTMLElement>('main h1')?.focus();
    setView(current(tree, node));
    const onPop = (): void => {
      moved.current = true;
      setView(current(tree, node));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!view.live) return;
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [view]);

  const navigate = (url: string, target: string): void => {
    pushPending();
    if (!questionOf(tree, target)) {
      remember(url);
      return location.assign(url);
    }
    moved.current = true;
    setView(current(tree, node, new URL(url, location.href)));
    unpushed.push(url);
    requestAnimationFrame(() => setTimeout(pushPending));
  };
  return { view, heading, navigate };
}
