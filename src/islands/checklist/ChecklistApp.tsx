import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChecklistPhase } from '../../lib/checklist/items';
import { createStore, type Snapshot, type Store } from '../../lib/case/store';
import { activeCase, onActiveCase, progress } from '../../lib/case/actions';
import { newId } from '../../lib/case/backup-file';
import { parseNowParam } from '../../lib/checklist/now';
import { fill } from '../../lib/format/fill';
import { PhaseList } from './PhaseList';
import { CasePanel } from './CasePanel';
import { ContactLog } from './ContactLog';
import { BackupPanel } from './BackupPanel';
import { Notices } from './Notices';
import type { Copy, Ctx } from './ctx';

/** The checklist, cases and contact log; before hydration (and without JavaScript) a plain list. */
export default function ChecklistApp({ phases, ...copy }: { phases: ChecklistPhase[] } & Copy) {
  const m = copy.messages;
  const ids = useMemo(() => phases.flatMap((p) => p.items.map((i) => i.id)), [phases]);
  const store = useRef<Store | null>(null);
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [now, setNow] = useState<string[]>([]);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const s = createStore({ storage: () => window.localStorage, knownIds: ids });
    store.current = s;
    setSnap(s.get());
    setNow(parseNowParam(window.location.search, ids));
    const off = s.subscribe(setSnap);
    const disconnect = s.connect(window);
    return () => {
      off();
      disconnect();
    };
  }, [ids]);

  if (!snap || !store.current) return <PhaseList phases={phases} now={[]} m={m} />;

  const ctx: Ctx = {
    snap,
    store: store.current,
    announce: setMessage,
    m,
    copy,
    act: (change) => store.current?.update((s, at) => onActiveCase(s, newId(), at, change)),
  };
  const { done, total } = progress(activeCase(snap.state)?.[1] ?? null, ids);
  return (
    <div class="cl" data-ready="true">
      <Notices snap={snap} now={now} phases={phases} m={m} />
      <CasePanel ctx={ctx} />
      <div class="cl-main">
        <p class="cl-progress">
          <strong data-progress={`${done}/${total}`}>{fill(m.progress, { done, total })}</strong>
          <progress max={total} value={done} aria-label={m.progressLabel} />
        </p>
        <PhaseList phases={phases} now={now} m={m} ctx={ctx} />
      </div>
      <div class="cl-side">
        <ContactLog ctx={ctx} />
        <BackupPanel ctx={ctx} />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
