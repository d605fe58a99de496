// The seam between AppService and whatever runs the sync: the engine-backed controller
// (./engine-sync-controller.ts) in the product, the setup-required one (./setup-required-sync.ts)
// while tokens are missing, and the in-process stand-in (./in-process-sync.ts) in shell tests.
import type {
  ActionResult,
  AppStatus,
  CoreEvent,
  HeldOrders,
  HistoryImport,
  LogLine,
  RunTrigger,
} from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/i18n/translate';

export interface RunNowOutcome {
  accepted: boolean;
  runId: string | null;
  /** Why no run was started, or a note on the one that was. */
  reason: LocalizedText | null;
}

export interface SyncController {
  status(): AppStatus;
  runNow(trigger: RunTrigger): RunNowOutcome;
  pause(): void;
  resume(): void;
  /** The owner changed how often to sync; applies from the next scheduled run on. */
  setIntervalMinutes(minutes: number): void;
  recentLog(limit: number): LogLine[];
  /** Parked and waiting orders, at most `limit` of each. */
  heldOrders(limit: number): HeldOrders;
  /** Puts a held order back in the queue, then syncs. */
  retryOrder(orderNumber: string): ActionResult;
  /** The same for several orders, with one sync for them all. */
  retryOrders(orderNumbers: readonly string[]): ActionResult;
  /** The owner decided the order is not to be booked. */
  skipOrder(orderNumber: string): ActionResult;
  historyImport(): HistoryImport | null;
  /** Books the shop's orders from `since` (YYYY-MM-DD) on. */
  startImport(since: string): ActionResult;
  /** Every state change, progress step, run start/finish, order result and log line. */
  subscribe(listener: (event: CoreEvent) => void): () => void;
  close(): Promise<void>;
}

export const NO_HELD_ORDERS: HeldOrders = { parked: [], waiting: [], parkedTotal: 0, waitingTotal: 0 };
