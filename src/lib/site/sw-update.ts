/**
 * When a tool page offers «Доступна новая версия — обновить» (docs/decisions/120). A new deploy installs a new
 * service worker that waits: the page keeps running on the old worker's files, so it is never half updated. The
 * offer appears once a new worker waits; the user's click lets it take over, and the page reloads when it has.
 * A tab whose worker was replaced by another tab's click offers a plain reload. The first install (nothing
 * controlled the page before) offers nothing.
 */

/** The parts of a service worker this module uses. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

/** The parts of a service worker registration this module uses. */
export interface RegistrationLike extends EventTarget {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
}

/** The parts of `navigator.serviceWorker` this module uses. */
export interface ContainerLike extends EventTarget {
  readonly controller: unknown;
  /** Resolves once the page's registration has an active worker (never, if there is none). */
  readonly ready: Promise<RegistrationLike>;
}

/** What the page does: show the offer (once) with what its button does, and reload. */
export interface UpdateUi {
  offer(apply: () => void): void;
  reload(): void;
}

/** The message the Workbox-built worker answers by taking over (`skipWaiting: false` in its build). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** Watch the page's registration and make the offer when there is a new version. */
export async function watchForUpdate(sw: ContainerLike, ui: UpdateUi): Promise<void> {
  let controlled = !!sw.controller;
  let asked = false;
  const reload = (): void => {
    asked = true;
    ui.reload();
  };
  sw.addEventListener('controllerchange', () => {
    if (asked) ui.reload();
    else if (controlled) ui.offer(reload);
    controlled = true;
  });
  const registration = await sw.ready;
  const offer = (worker: WorkerLike): void =>
    ui.offer(() => {
      asked = true;
      worker.postMessage(SKIP_WAITING);
    });
  if (registration.waiting && sw.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) offer(worker);
    });
  });
}
