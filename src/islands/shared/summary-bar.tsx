/**
 * On a phone a tool's result starts screens below its first field: this bar keeps the main figure at the foot of
 * the screen with a jump to the details, and steps aside while the element `watch` (the totals) is on screen.
 * Shown by CSS on a phone's width only (tools.css, .tool-bar).
 */
import { useEffect, useState } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
  /** The link's words. */
  link: string;
  /** `${at}-title` is the details' heading (the link's target); `${at}-totals` the totals, hiding the bar when shown. */
  at: string;
}

export function SummaryBar({ label, value, link, at }: Props) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = document.getElementById(`${at}-totals`);
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const seen = new IntersectionObserver(([entry]) => setShown(Boolean(entry?.isIntersecting)));
    seen.observe(el);
    return () => seen.disconnect();
  }, [at]);
  return (
    <p class="tool-bar no-print" hidden={shown} data-summary-bar>
      <span>
        {label}: <strong>{value}</strong>
      </span>
      <a href={`#${at}-title`}>{link}</a>
    </p>
  );
}
