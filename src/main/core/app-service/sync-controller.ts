// The seam between AppService and whatever runs the sync. For now an in-process controller
// (./in-process-sync.ts) fills it; the sync engine will implement this same interface.
import type { AppStatus, CoreEvent, LogLine, RunTrigger } from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/i18n/translate';

export interface RunNowOutcome {
  accepted: boolean;
  runId: string | null;
  /** Why no run was started. */
  reason: LocalizedText | null;
}

export interface SyncController {
  status(): AppStatus;
  runNow(trigger: RunTrigger): RunNowOutcome;
  pause(): void;
  resume(): void;
  recentLog(limit: number): LogLine[];
  /** Every state change, progress step, run start/finish, order result and log line. */
  subscribe(listener: (event: CoreEvent) => void): () => void;
  close(): Promise<void>;
}
