/**
 * The tree's start page with a saved case: «Продолжить с того, где вы остановились: Претензия отправлена …»,
 * linking the question or plan that matches the case's last step (src/lib/decision-tree/resume.ts; the page
 * builds every link, this part only picks one). It loads only when this browser has saved a case
 * (src/islands/case/card-gate.ts), so a first visit fetches none of it. Without JavaScript (or a case) the page shows
 * «Начать» alone.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RESUME_MESSAGES } from '../../lib/decision-tree/messages';
import type { CasePoint } from './resume-case';

interface Props {
  /** The URL of each target (resumeTargets). */
  targets: Readonly<Record<string, string>>;
  m: typeof RESUME_MESSAGES;
}

export default function ResumeCase({ targets, m }: Props) {
  const [point, setPoint] = useState<CasePoint | null>(null);
  useEffect(() => {
    import('./resume-case')
      .then((x) => setPoint(x.casePoint()))
      .catch(() => {
        /* without the store the page still offers «Начать» */
      });
  }, []);
  const href = point && targets[point.target];
  if (!point || !href) return null;
  return (
    <div class="card dt-resume" data-resume>
      <p class="dt-resume__lead">
        {m.lead}{' '}
        <a class="card__link" href={href}>
          {point.text}
        </a>
      </p>
      {point.client && (
        <p>
          {m.client} {point.client}
        </p>
      )}
    </div>
  );
}
