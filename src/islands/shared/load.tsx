/**
 * Failed on-demand loads, shown where the user waits (src/lib/site/load.ts): the text and «Повторить».
 * On the first load of the claim, calculator and documents pages, each at its budget: keep it small.
 */
import { useEffect, useState } from 'preact/hooks';
import { LoadError, loadFailedText } from '../../lib/site/load';

/** The notice: what did not load, and a button that tries again. */
const failed = (text: string, retry: () => unknown) => (
  <p class="load-failed" role="alert">
    {text}{' '}
    <button type="button" class="button" onClick={retry}>
      Повторить
    </button>
  </p>
);

/**
 * `load()` once `key` is not null, and again for a new key: its value for the current key (undefined while it
 * loads), and the notice to show instead when it did not load.
 */
export function useOnDemand<T>(key: string | null, load: () => Promise<T>, what: string) {
  /** [key, value] once loaded, [key] when it failed. */
  const [got, setGot] = useState<[string, T?]>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (key === null || (got?.[0] === key && got.length > 1)) return;
    let live = true;
    load().then(
      (value) => live && setGot([key, value]),
      () => live && setGot([key]),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  return got?.[0] === key
    ? ([got[1], got.length > 1 ? null : failed(loadFailedText(what), () => setAttempt(attempt + 1))] as const)
    : ([undefined, null] as const);
}

/**
 * A button's action that loads code (its loads wrapped with `named`): `run(action)` runs it; when a load fails,
 * the notice says so and «Повторить» runs it again. Other errors reach the caller.
 */
export function useRetry() {
  const [text, setText] = useState<[string, () => unknown]>();
  const run = async (action: () => Promise<void>): Promise<void> => {
    setText(undefined);
    try {
      await action();
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      setText([e.message, () => run(action)]);
    }
  };
  return [text && failed(...text), run] as const;
}
