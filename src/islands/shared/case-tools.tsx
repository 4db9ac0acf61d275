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
  const [mode, setMode] = useState<CaseMode | null>(null);
  const [, setTick] = useState(0);
  const last = useRef<string | null>(null);

  useEffect(() => caseStore().subscribe(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    if (mode !== null) return;
    const atLoad = modeAtLoad(part, query);
    // The tool shows the case's own numbers: nothing to save until they change.
    if (atLoad === 'synced') last.current = query;
    setMode(atLoad);
  }, [mode, part, query]);
  useEffect(() => {
    if (mode === null || mode === 'link' || query === last.current) return;
    if (mode === 'none' && (!usable || query === '')) return;
    last.current = query;
    saveQuery(part, query);
    if (mode === 'none') setMode('synced');
  }, [mode, query, usable, part]);

  const current = currentCase(part);
  const choose = (fresh: boolean) => {
    saveQuery(part, query, fresh);
    last.current = query;
    setMode('synced');
  };
  return (
    <CaseBar
      mode={mode ?? 'none'}
      client={current?.client ?? ''}
      caseHas={current?.has ?? false}
      save={() => choose(false)}
      startNew={() => choose(true)}
    />
  );
}
