/** What a tool does with the case store, loaded with it on demand (case-link.ts). */
import { caseStore, changeCase } from './use-case';
import { newId } from '../../lib/case/backup-file';
import { activeCase } from '../../lib/case/actions';
import { saveToolQuery, sameAsCase, toolQuery, type ToolPart } from '../../lib/case/tool-part';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseSlotProps } from './case-link';
import { CaseBar, type CaseMode } from './case-bar';

/** The current case's query for a tool ('' when none). */
export const caseQuery = (part: ToolPart): string => toolQuery(caseStore().get().state, part);

/** The current case's client and whether it holds the tool's numbers; null when there is no case. */
function currentCase(part: ToolPart): { client: string; has: boolean } | null {
  const state = caseStore().get().state;
  const c = activeCase(state);
  return c ? { client: c[1].client, has: toolQuery(state, part) !== '' } : null;
}

/** How the tool's numbers at load relate to the current case. */
function modeAtLoad(part: ToolPart, query: string): CaseMode {
  const state = caseStore().get().state;
  return !activeCase(state) ? 'none' : query === '' || sameAsCase(state, part, query) ? 'synced' : 'link';
}

/** Save the tool's query into the current case, or into a new one (`fresh`, or when there is none). */
function saveQuery(part: ToolPart, query: string, fresh = false): void {
  changeCase((s, at) => saveToolQuery(s, part, query, at, newId(), fresh));
}

/** Keeps the tool's query in the current case, and the line that says so (see case-bar.tsx for the modes). */
export function CaseView({ part, query, usable }: CaseSlotProps) {
  // Set as the line first shows, so an edit right after is kept (see keep).
  const [mode, setMode] = useState<CaseMode>(() => modeAtLoad(part, query));
  const [, setTick] = useState(0);
  // The tool shows the case's own numbers: nothing to save until they change.
  const last = useRef<string | null>(mode === 'synced' ? query : null);

  useEffect(() => caseStore().subscribe(() => setTick((n) => n + 1)), []);
  /** Save the last render's query when it is to be kept and is not yet. */
  const now = useRef({ mode, query, usable, part });
  now.current = { mode, query, usable, part };
  const keep = (): void => {
    const { mode, query, usable, part } = now.current;
    if (mode === 'link' || query === last.current) return;
    if (mode === 'none' && (!usable || query === '')) return;
    last.current = query;
    saveQuery(part, query);
    if (mode === 'none') setMode('synced');
  };
  useEffect(keep, [mode, query, usable, part]);
  // Leaving the page right after an edit (Back, reload, closing the tab) may come before the effect runs.
  useEffect(() => {
    addEventListener('pagehide', keep);
    return () => removeEventListener('pagehide', keep);
  }, []);

  const current = currentCase(part);
  const choose = (fresh: boolean) => {
    saveQuery(part, query, fresh);
    last.current = query;
    setMode('synced');
  };
  return (
    <CaseBar
      mode={mode}
      client={current?.client ?? ''}
      caseHas={current?.has ?? false}
      save={() => choose(false)}
      startNew={() => choose(true)}
    />
  );
}
