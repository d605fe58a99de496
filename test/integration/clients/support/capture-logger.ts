// A logger sink that keeps every line, so tests can prove no secret ever reached a log.
import type { LogFields, Logger, LogLevel } from '../../../../src/main/core/http/logger';

export class CapturingLogger implements Logger {
  readonly lines: Array<{ level: LogLevel; message: string; fields?: LogFields }> = [];

  log(level: LogLevel, message: string, fields?: LogFields): void {
    this.lines.push({ level, message, fields });
  }

  text(): string {
    return JSON.stringify(this.lines);
  }
}

/** Everything a caught error exposes as text: message, stack, URL, user message, own fields. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return JSON.stringify({ ...error, message: error.message, stack: error.stack });
}
