// Structured logs. Personal data (numbers, addresses, names, answer texts) is never logged on purpose;
// the redaction list is a second line of defence for fields that could slip in.
import pino, { type Logger } from 'pino';

export type { Logger };

export const REDACTED_FIELDS = [
  'phone', 'email', 'to', 'from', 'From', 'To', 'Body', 'body', 'text', 'html', 'subject',
  'firstName', 'lastName', 'name', 'rawText', 'address', 'toAddress',
];

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const paths = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`]);
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths, censor: '[redacted]' },
      base: { service: 'pols' },
      // Request logs keep method and path only: no query strings (answer-link tokens), no IP addresses.
      serializers: {
        req: (req: { method?: string; url?: string; id?: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
    },
    options.destination,
  );
}
