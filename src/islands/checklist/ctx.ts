import type { Snapshot, Store } from '../../lib/case/store';
import type { State } from '../../lib/case/stored-state';
import type { ChecklistMessages } from '../../lib/checklist/messages';
import type { MoneyError } from '../../lib/money/kopecks';
import type { Channel } from '../../lib/case/stored-state';

/** The copy the page passes to the island, so it travels in the HTML and not in the JavaScript budget. */
export interface Copy {
  /** The checklist's own text. */
  messages: ChecklistMessages;
  /** Why a typed amount cannot be used: the one set every tool shows (src/lib/money/messages.ts). */
  money: Readonly<Record<MoneyError, string>>;
  /** Russian names of contact channels (src/lib/checklist/labels.ts). */
  channels: Readonly<Record<Channel, string>>;
}

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
  /** The money error texts and channel names, passed in from the page. */
  copy: Copy;
}
