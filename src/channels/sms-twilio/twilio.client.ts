// The official twilio SDK with our own request client: it can point at another origin (a local fake in
// tests) and it keeps Twilio's Retry-After on 429, which the SDK's own errors drop.
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';

/** A 429 from Twilio with the wait it asked for. */
export class TwilioRateLimited extends Error {
  readonly status = 429;
  constructor(readonly code: number | undefined, readonly retryAfterMs: number | undefined) {
    super('twilio answered 429');
    this.name = 'TwilioRateLimited';
  }
}

class PolsRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl?: string) {
    super();
  }

  override async request<TData>(opts: RequestClient.RequestOptions<TData>) {
    let uri = opts.uri;
    if (this.baseUrl) {
      const target = new URL(opts.uri);
      const base = new URL(this.baseUrl);
      target.protocol = base.protocol;
      target.host = base.host;
      uri = target.toString();
    }
    const response = await super.request<TData>({ ...opts, uri });
    if (response.statusCode === 429) {
      const headers = (response as { headers?: Record<string, string | undefined> }).headers ?? {};
      const seconds = Number(headers['retry-after'] ?? headers['Retry-After']);
      const body = typeof response.body === 'string' ? safeJson(response.body) : (response.body as { code?: number } | undefined);
      throw new TwilioRateLimited(body?.code, Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined);
    }
    return response;
  }
}

function safeJson(text: string): { code?: number } | undefined {
  try {
    return JSON.parse(text) as { code?: number };
  } catch {
    return undefined;
  }
}

export function createTwilioClient(accountSid: string, authToken: string, apiBaseUrl?: string) {
  return twilio(accountSid, authToken, { httpClient: new PolsRequestClient(apiBaseUrl) });
}
export type TwilioClient = ReturnType<typeof createTwilioClient>;
