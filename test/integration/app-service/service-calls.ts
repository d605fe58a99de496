// The app service's channels as the window asks them (dispatch, arguments and results checked), for
// the tests that drive the real core through them.
import { afterEach, expect } from 'vitest';
import type {
  CoreEvent,
  Reply,
  RequestArgs,
  RequestChannel,
  RequestResult,
  RunSummary,
} from '../../../src/shared/contract';
import type { Demo } from '../../sim/demo';

/** A channel's reply as the UI receives it. */
export const ask = <C extends RequestChannel>(
  demo: Demo,
  channel: C,
  args: RequestArgs<C>,
): Promise<Reply<C>> => demo.service.dispatch(channel, args as never, 'test') as Promise<Reply<C>>;

/** A channel's result; a refusal fails the test with its message. */
export async function call<C extends RequestChannel>(
  demo: Demo,
  channel: C,
  args: RequestArgs<C>,
): Promise<RequestResult<C>> {
  const reply = await ask(demo, channel, args);
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error.message.en}`);
  return reply.result as RequestResult<C>;
}

/** "Nu synchroniseren", and the run's summary as the window hears it; the run must complete. */
export async function syncNow(demo: Demo): Promise<RunSummary> {
  const finished = new Promise<RunSummary>((resolve) => {
    const stop = demo.service.subscribe((event: CoreEvent) => {
      if (event.channel !== 'run.finished') return;
      stop();
      resolve(event.payload as RunSummary);
    });
  });
  const reply = await ask(demo, 'sync.runNow', {});
  expect(reply.ok).toBe(true);
  const summary = await finished;
  expect(summary.outcome).toBe('completed');
  return summary;
}

/**
 * Demos the test file opens, each closed after its test: `closeAfterEach()` once at the top of the
 * file, then `opened(demo)` for each one started.
 */
export function closeAfterEach(): (demo: Demo) => Demo {
  let opened: Demo[] = [];
  afterEach(async () => {
    const demos = opened;
    opened = [];
    for (const demo of demos) await demo.close();
  });
  return (demo) => {
    opened.push(demo);
    return demo;
  };
}
