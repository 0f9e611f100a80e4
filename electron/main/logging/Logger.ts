/**
 * Main's structured log: one line per event, `<ISO time> <LEVEL> <event> <details as JSON>`. The event
 * is a fixed code (`ipc.bad-request`, `security.navigation-denied`, …) and the details are ids, codes,
 * channel names and sizes, passed through redactForLog so a passphrase, a password or note text never
 * reaches the file even if a caller slips. Logging never throws: a full disk must not break the app.
 */
import { redactForLog } from './redactForLog';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogDetails = Record<string, unknown>;

export interface Logger {
  info(event: string, details?: LogDetails): void;
  warn(event: string, details?: LogDetails): void;
  error(event: string, details?: LogDetails): void;
}

export interface LogSink {
  write(line: string): void;
}

const EVENT_PATTERN = /^[a-z0-9][a-z0-9.:-]{0,63}$/;

export function formatLogLine(level: LogLevel, event: string, details: LogDetails | undefined, time: Date) {
  const name = EVENT_PATTERN.test(event) ? event : 'invalid-event-name';
  const suffix = details === undefined ? '' : ` ${JSON.stringify(redactForLog(details))}`;
  return `${time.toISOString()} ${level.toUpperCase()} ${name}${suffix}`;
}

export function createLogger(sink: LogSink, now: () => Date = () => new Date()): Logger {
  const log = (level: LogLevel) => (event: string, details?: LogDetails) => {
    try {
      sink.write(formatLogLine(level, event, details, now()));
    } catch {
      // Nowhere safer to report it; the app goes on.
    }
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** For code paths and tests that do not log. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
