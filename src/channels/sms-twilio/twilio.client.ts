// The official twilio SDK, optionally pointed at another origin (a local fake in tests).
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';

class RebasedRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super();
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const target = new URL(opts.uri);
    const base = new URL(this.baseUrl);
    target.protocol = base.protocol;
    target.host = base.host;
    return super.request<TData>({ ...opts, uri: target.toString() });
  }
}

export function createTwilioClient(accountSid: string, authToken: string, apiBaseUrl?: string) {
  return twilio(accountSid, authToken, apiBaseUrl ? { httpClient: new RebasedRequestClient(apiBaseUrl) } : {});
}
export type TwilioClient = ReturnType<typeof createTwilioClient>;
