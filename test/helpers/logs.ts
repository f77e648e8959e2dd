// A pino logger that keeps its lines in memory, for tests that check what the server logs.
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/logger.js';

export function memoryLogger(level = 'info'): { logger: Logger; lines: () => Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level, base: { service: 'gtm-graph' } }, stream), lines: () => lines };
}
