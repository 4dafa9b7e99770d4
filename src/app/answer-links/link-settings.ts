// Where links point and how they are signed, from the configuration; use-cases pass them to message
// composition explicitly.
import type { Config } from '../../config/config.js';
import { type AnswerLinkClaims, signAnswerLink, signClientToken } from './tokens.js';

export interface LinkSettings {
  secret: string;
  publicBaseUrl: string;
}

/** The answer page link stays valid this long; every new message carries a fresh one. */
export const CLIENT_PAGE_DAYS = 180;

export const linkSettingsOf = (config: Pick<Config, 'ANSWER_LINK_SECRET' | 'PUBLIC_BASE_URL'>): LinkSettings => ({
  secret: config.ANSWER_LINK_SECRET,
  publicBaseUrl: config.PUBLIC_BASE_URL,
});

export function answerPageToken(settings: LinkSettings, clientId: string, now: Date): string {
  return signClientToken(settings.secret, { clientId, exp: new Date(now.getTime() + CLIENT_PAGE_DAYS * 86_400_000) });
}

export const answerPageUrl = (settings: LinkSettings, clientId: string, now: Date): string =>
  `${settings.publicBaseUrl}/p/${answerPageToken(settings, clientId, now)}`;

export const answerLinkUrl = (settings: LinkSettings, claims: AnswerLinkClaims): string =>
  `${settings.publicBaseUrl}/a/${signAnswerLink(settings.secret, claims)}`;
