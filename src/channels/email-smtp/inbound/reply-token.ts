// Our outbound mails carry `Reply-To: reply+<token>@<domain>`; the token ties a reply to its check-in.

const REPLY_ADDRESS = /^reply\+([a-z0-9]{16,40})@([^@\s]+)$/i;

/**
 * The reply token in the first address of the form `reply+<token>@<domain>` (case-insensitive,
 * `Name <address>` accepted), lower-cased; `null` when there is none for exactly this domain.
 */
export function extractReplyToken(addresses: readonly string[], domain: string): string | null {
  const wanted = normalizeDomain(domain);
  if (wanted === '') return null;
  for (const candidate of addresses) {
    const found = REPLY_ADDRESS.exec(bareAddress(candidate));
    if (found && normalizeDomain(found[2] as string) === wanted) return (found[1] as string).toLowerCase();
  }
  return null;
}

function bareAddress(value: string): string {
  const bracketed = /<([^<>]*)>/.exec(value)?.[1] ?? value;
  return bracketed.trim().replace(/^mailto:/i, '');
}

const normalizeDomain = (domain: string): string => domain.trim().toLowerCase().replace(/\.$/, '');
