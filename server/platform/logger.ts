// Structured JSON-lines logging (pino) with secrets and personal data redacted by path.
import { type Logger, pino } from 'pino';
import { serializeError } from './scrub.js';

export type { Logger };

// Any of these keys, at the top level or one level down, is replaced before a line is written.
const SENSITIVE = [
  'authorization',
  'password',
  'token',
  'secret',
  'email',
  'userEmail',
  'cookie',
  'apiKey',
  'jwt',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'augur' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: SENSITIVE.flatMap((k) => [k, `*.${k}`, `req.headers.${k}`]),
        censor: '[redacted]',
      },
      formatters: { level: (label) => ({ level: label }) },
      // Errors from drivers can carry connection parameters: every `err` goes through the scrubber.
      serializers: { err: (err: unknown) => serializeError(err) },
    },
    destination,
  );
}
