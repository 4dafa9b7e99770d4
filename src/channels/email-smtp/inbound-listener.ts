// The built-in SMTP listener for e-mail replies: accepts mail for reply addresses at our domain only,
// hands each raw message to `onMessage`, and answers 451 (try later) if recording fails so nothing is lost.
import { SMTPServer } from 'smtp-server';

export interface InboundSmtpOptions {
  host: string;
  port: number;
  domain: string;
  maxBytes?: number;
  onMessage(raw: Buffer): Promise<void>;
  onError?(error: Error): void;
}

export interface InboundSmtpServer {
  port: number;
  close(): Promise<void>;
}

export async function listenForInboundMail(options: InboundSmtpOptions): Promise<InboundSmtpServer> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const domain = options.domain.toLowerCase();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    banner: 'Pols inbound mail',
    onRcptTo(address, _session, callback) {
      const at = address.address.toLowerCase().split('@');
      if (at[1] !== domain) return callback(Object.assign(new Error('relay not permitted'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(Object.assign(new Error('message too large'), { responseCode: 552 }));
        }
        options
          .onMessage(Buffer.concat(chunks))
          .then(() => callback())
          .catch((error: Error) => {
            options.onError?.(error);
            callback(Object.assign(new Error('temporary failure, try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  server.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
