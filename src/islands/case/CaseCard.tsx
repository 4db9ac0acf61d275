import { activeCase } from '../../lib/case/actions';
import type { CASE_CARD_MESSAGES } from '../../lib/case/delo-messages';
import { nextStep } from '../../lib/case/next-step';
import { isoFromDay, localToday } from '../../lib/date/day';
import { useCaseSnapshot } from '../shared/use-case';

/** The home page's card of the current case: its client and next step, linking «Моё дело»; nothing without a case. */
export default function CaseCard({ m, href }: { m: typeof CASE_CARD_MESSAGES; href: string }) {
  const snap = useCaseSnapshot();
  const shown = snap ? activeCase(snap.state) : null;
  if (!shown) return null;
  const [, c] = shown;
  const next = nextStep(c, isoFromDay(localToday(new Date())));
  return (
    // No heading: the card comes before the page's h1.
    <section class="card case-card" aria-label={m.heading} data-case-card>
      <p>
        <strong>
          {m.heading}: {c.client || m.unnamed}
        </strong>
      </p>
      <p data-next>{next.text}</p>
      <p>
        <a class="button button--primary" href={href}>
          {m.open}
        </a>
      </p>
    </section>
  );
}
