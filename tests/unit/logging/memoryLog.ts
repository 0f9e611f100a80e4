/** A logger that keeps its lines in memory, formatted exactly as the file logger writes them. */
import { createLogger } from '../../../electron/main/logging/Logger';

export function memoryLog() {
  const lines: string[] = [];
  const log = createLogger({ write: (line) => void lines.push(line) });
  return {
    log,
    lines,
    /** The events logged so far, by name. */
    events: () => lines.map((line) => line.split(' ')[2]),
    detailsOf: (event: string) =>
      lines
        .filter((line) => line.split(' ')[2] === event)
        .map((line) => JSON.parse(line.split(' ').slice(3).join(' ')) as Record<string, unknown>),
  };
}
