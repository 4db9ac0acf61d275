import { describe, expect, it } from 'vitest';
import {
  SKIP_WAITING,
  watchForUpdate,
  type ContainerLike,
  type RegistrationLike,
  type WorkerLike,
} from '../../../src/lib/site/sw-update';

class FakeWorker extends EventTarget implements WorkerLike {
  state = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  /** A new deploy: a worker starts installing, then waits. */
  deploy(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
    return worker;
  }
}

class FakeContainer extends EventTarget implements ContainerLike {
  readonly ready: Promise<RegistrationLike>;
  constructor(
    public controller: unknown,
    registration: FakeRegistration | undefined,
  ) {
    super();
    // No registration: `ready` never resolves, as in a browser.
    this.ready = registration ? Promise.resolve(registration) : new Promise(() => {});
  }
  /** A worker takes control of the page. */
  takeOver(): void {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function ui() {
  const seen = { offers: [] as (() => void)[], reloads: 0 };
  return { seen, ui: { offer: (apply: () => void) => seen.offers.push(apply), reload: () => void seen.reloads++ } };
}

describe('the update notice of tool pages', () => {
  it('a new deploy is offered, and only the click lets the new worker take over; the page reloads once it has', async () => {
    const registration = new FakeRegistration();
    const sw = new FakeContainer({}, registration);
    const { seen, ui: page } = ui();
    await watchForUpdate(sw, page);
    expect(seen.offers).toHaveLength(0);
    const worker = registration.deploy();
    expect(seen.offers).toHaveLength(1);
    expect(worker.messages).toEqual([]);
    expect(seen.reloads).toBe(0);
    seen.offers[0]!();
    expect(worker.messages).toEqual([SKIP_WAITING]);
    expect(seen.reloads).toBe(0);
    sw.takeOver();
    expect(seen.reloads).toBe(1);
  });

  it('a worker already waiting when the page opens is offered at once', async () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const { seen, ui: page } = ui();
    await watchForUpdate(new FakeContainer({}, registration), page);
    expect(seen.offers).toHaveLength(1);
  });

  it('the first install offers nothing and reloads nothing', async () => {
    const registration = new FakeRegistration();
    const sw = new FakeContainer(null, registration);
    const { seen, ui: page } = ui();
    await watchForUpdate(sw, page);
    registration.installing = new FakeWorker();
    registration.dispatchEvent(new Event('updatefound'));
    registration.installing.become('installed');
    sw.takeOver();
    expect(seen.offers).toHaveLength(0);
    expect(seen.reloads).toBe(0);
  });

  it('a tab whose worker another tab replaced offers a reload, and does not reload by itself', async () => {
    const sw = new FakeContainer({}, new FakeRegistration());
    const { seen, ui: page } = ui();
    await watchForUpdate(sw, page);
    sw.takeOver();
    expect(seen.reloads).toBe(0);
    expect(seen.offers).toHaveLength(1);
    seen.offers[0]!();
    expect(seen.reloads).toBe(1);
  });

  it('a page with no worker (blocked, or never registered) offers nothing', async () => {
    const { seen, ui: page } = ui();
    void watchForUpdate(new FakeContainer(null, undefined), page);
    await Promise.resolve();
    expect(seen.offers).toHaveLength(0);
  });
});
