// A run's cancel, reaching the requests the run makes. The sync engine's parts call the clients in
// many places, and none of them passes a signal; so while a run lasts its signal is the one every
// request goes by, and the HTTP layer reads it. Runs never overlap. Not AsyncLocalStorage: on Node 20
// it hooks every promise of the process, a cost the engine's CPU budget has no room for. The price:
// a request made beside the run while it lasts (an order's page opened meanwhile) is given up on
// a cancel too, and simply asked again.

let runSignal: AbortSignal | undefined;

/** Runs `work` so that every request made while it lasts gives up its waits once `signal` aborts. */
export async function cancellableBy<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const before = runSignal;
  runSignal = signal;
  try {
    return await work();
  } finally {
    runSignal = before;
  }
}

/**
 * The signal a request goes by: its own, the run's it is made in, or both. `release` lets go of the
 * link between them (the run's signal lives as long as the run, the request's far shorter).
 */
export function requestSignal(own: AbortSignal | undefined): {
  signal: AbortSignal | undefined;
  release: () => void;
} {
  const run = runSignal;
  if (!run || run === own) return { signal: own, release: () => {} };
  if (!own) return { signal: run, release: () => {} };
  const both = new AbortController();
  const follow = (from: AbortSignal) => () => both.abort(from.reason);
  const onOwn = follow(own);
  const onRun = follow(run);
  if (own.aborted) onOwn();
  else if (run.aborted) onRun();
  own.addEventListener('abort', onOwn, { once: true });
  run.addEventListener('abort', onRun, { once: true });
  return {
    signal: both.signal,
    release: () => {
      own.removeEventListener('abort', onOwn);
      run.removeEventListener('abort', onRun);
    },
  };
}
