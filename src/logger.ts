// Structured logs (pino), one logger for the process.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'gtm-graph' } });
}
