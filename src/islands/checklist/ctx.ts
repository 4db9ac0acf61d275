import type { Snapshot, Store } from '../../lib/checklist/store';
import type { State } from '../../lib/checklist/stored-state';
import type { ChecklistMessages } from '../../lib/checklist/messages';

/** What the checklist's panels share; its own module so no panel imports the app that renders it. */
export interface Ctx {
  snap: Snapshot;
  /** Change the state with a lib action; `caseId` is the active case, created on first use. */
  act: (change: (s: State, caseId: string, at: number) => State) => void;
  store: Store;
  /** Say something to screen-reader users (a polite live region). */
  announce: (message: string) => void;
  /** The copy, passed in from the page. */
  m: ChecklistMessages;
}
