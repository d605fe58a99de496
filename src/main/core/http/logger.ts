// The core never writes to the console: callers inject a Logger. Every line passes through redaction
// before it reaches the caller's sink, so no component has to remember to redact.
import { redact, redactText } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
}

export const silentLogger: Logger = { log: () => {} };

/** Wraps a sink so that message and fields are redacted before it sees them. */
export function redactingLogger(sink: Logger): Logger {
  // Nothing to redact for a sink that drops everything; requests log on every exchange.
  if (sink === silentLogger) return silentLogger;
  return {
    log(level, message, fields) {
      sink.log(level, redactText(message), fields ? (redact(fields) as LogFields) : undefined);
    },
  };
}
