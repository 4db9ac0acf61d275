/**
 * A tool and the current case, with the case store loaded only when needed: at once when this browser has
 * saved a case, else on the first usable calculation (which becomes the first case). A visitor with nothing
 * saved loads no store code until then, so the tools' first load keeps its budget.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { STORAGE_KEY } from '../../lib/case/key';
import type { ToolPart } from '../../lib/case/tool-part';

type Tools = typeof import('./case-tools');
/** The case line's module once loaded. */
let loaded: Tools | null = null;
const load = (): Promise<Tools> => import('./case-tools').then((m) => (loaded = m));

/** Whether this browser holds saved cases (storage may be blocked: then it holds none we can read). */
function savedCase(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * The query a tool shows when it opens: the address's, or — opened plainly — the current case's. Resolves at
 * once when there is nothing saved; a failed load of the store leaves the address's (the tool works without).
 * With a saved case it resolves once the case line is loaded, so the line shows with the tool's numbers and
 * keeps an edit made at once (not taking it for a link's other numbers when it loads later).
 */
export function openingQuery(part: ToolPart, addressQuery: string): Promise<string> {
  if (!savedCase()) return Promise.resolve(addressQuery);
  return load()
    .then((t) => (addressQuery !== '' ? addressQuery : t.caseQuery(part)))
    .catch(() => addressQuery);
}

/** What a tool tells its case line. */
export interface CaseSlotProps {
  part: ToolPart;
  /** The tool's query as it writes it to the address. */
  query: string;
  /** The tool has read its query (from the address or the case). */
  ready: boolean;
  /** The query is a calculation worth keeping: a first case is made only then. */
  usable: boolean;
}

/**
 * The tool's case line (case-tools.tsx `CaseView`): keeps the tool's query in the current case and says so, or
 * offers to keep a link's numbers. Renders nothing until the store is wanted and loaded.
 */
export function CaseSlot(props: CaseSlotProps) {
  const [View, setView] = useState<FunctionComponent<CaseSlotProps> | null>(null);
  const wanted = props.ready && (props.usable || savedCase());
  useEffect(() => {
    if (wanted && !View)
      load()
        .then((m) => setView(() => m.CaseView))
        .catch(() => {
          /* without the store the tool still works; nothing is saved */
        });
  }, [wanted, View]);
  // Loaded already (a saved case: see openingQuery): shown in the same render as the tool's numbers.
  const Shown = View ?? (wanted ? loaded?.CaseView : null);
  return Shown ? <Shown {...props} /> : null;
}
