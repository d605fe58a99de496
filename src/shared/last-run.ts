// What the last run's line says about the booked orders it found cancelled in the shop: news while
// one of them (or another cancellation) still waits for the owner, history once none does (settled
// with "Zelf geregeld", or credited since). One rule for the dashboard's status line and the tray.
import type { RunSummary } from './contract/status';

export interface CalledOffNews {
  /** How many booked orders the run found cancelled in the shop. */
  count: number;
  /** Nothing of it waits for the owner any more: said as history ("…, inmiddels geregeld"). */
  settled: boolean;
}

/**
 * The run's cancellations and how to say them; null when it found none. `cancelledOpen`: the
 * cancellations waiting for the owner now (AppStatus.counts.cancelled); not known, said as news.
 */
export function calledOffNews(
  run: Pick<RunSummary, 'calledOff'>,
  cancelledOpen: number | undefined,
): CalledOffNews | null {
  const count = run.calledOff ?? 0;
  return count > 0 ? { count, settled: cancelledOpen === 0 } : null;
}
