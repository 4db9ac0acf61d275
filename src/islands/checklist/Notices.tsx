import type { ChecklistPhase } from '../../lib/checklist/items';
import type { Snapshot } from '../../lib/case/store';
import type { ChecklistMessages } from '../../lib/checklist/messages';

/** Storage problems and the «to do now» banner from a decision-tree outcome. */
export function Notices({
  snap,
  now,
  phases,
  m,
}: {
  snap: Snapshot;
  now: string[];
  phases: ChecklistPhase[];
  m: Pick<ChecklistMessages, 'blocked' | 'full' | 'newer' | 'corrupt' | 'repaired' | 'downloadDamaged' | 'nowBanner'>;
}) {
  const items = phases.flatMap((p) => p.items).filter((i) => now.includes(i.id));
  const storage = snap.persistence === 'saved' ? null : m[snap.persistence];
  const read = snap.outcome === 'corrupt' || snap.outcome === 'repaired' ? m[snap.outcome] : null;
  return (
    <>
      {storage && (
        <p class="cl-notice cl-notice--warn" role="alert" data-notice={snap.persistence}>
          {storage}
        </p>
      )}
      {read && (
        <div class="cl-notice" data-notice={snap.outcome}>
          <p>{read}</p>
          {snap.damaged && (
            <p>
              <button
                type="button"
                class="button"
                data-action="download-damaged"
                onClick={() =>
                  void import('./on-demand').then(({ download }) =>
                    download('chek-list-iskhodnaya-kopiya.json', snap.damaged!.text, 'application/json'),
                  )
                }
              >
                {m.downloadDamaged}
              </button>
            </p>
          )}
        </div>
      )}
      {items.length > 0 && (
        <div class="cl-notice cl-notice--now" data-notice="now">
          <p>{m.nowBanner}</p>
          <ul>
            {items.map((i) => (
              <li key={i.id}>
                <a href={`#${i.id}`}>{i.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
