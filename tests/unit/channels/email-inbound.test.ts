import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type BounceInfo,
  classifyInbound,
  extractReplyText,
  extractReplyToken,
  type InboundKind,
  type InboundSignals,
  parseInboundMail,
} from '../../../src/channels/email-smtp/inbound/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/mail');
const DOMAIN = 'pols.test';
const load = (file: string): Buffer => readFileSync(join(FIXTURES, file));

interface FixtureCase {
  file: string;
  kind: InboundKind;
  text: string;
  token: string | null;
  from: string;
  bounce?: BounceInfo;
}

const FIXTURE_CASES: FixtureCase[] = [
  {
    file: 'gmail-nl-wrapped.eml',
    kind: 'reply',
    text: 'Gaat wel, maar geen oppas dinsdag',
    token: 'k3x9p2m7q8r4t6v1w5y0',
    from: 'm.elamrani1987@gmail.com',
  },
  {
    file: 'outlook-nl-qp.eml',
    kind: 'reply',
    text: 'Het gaat redelijk, maar de financiële zorgen blijven. Ik heb volgende week een afspraak bij de schuldhulpverlening.\n\nGroet, Jan',
    token: '9f2c7a1e5b3d8h4j',
    from: 'jan.devries@ziggo.nl',
  },
  {
    file: 'outlook-en-original-message.eml',
    kind: 'reply',
    text: '4',
    token: 'a8b7c6d5e4f3g2h1j0k9',
    from: 'p.bakker@outlook.com',
  },
  {
    file: 'outlook-html-only.eml',
    kind: 'reply',
    text: 'Gaat wel, maar geen oppas dinsdag\nCafé op de hoek helpt wel een beetje & de buren ook.',
    token: 'm4n5p6q7r8s9t0u1',
    from: 'r.visser@gemeente-voorbeeld.nl',
  },
  {
    file: 'outlook-android-nl-oorspronkelijk.eml',
    kind: 'reply',
    text: 'Slecht geslapen. Ik bel morgen even.',
    token: 'f7a8t9i0m1a2y3i4',
    from: 'fatima.yilmaz@live.nl',
  },
  { file: 'samsung-nl.eml', kind: 'reply', text: '4', token: 's2a3m4s5u6n7g8g9', from: 'kees.mulder@kpnmail.nl' },
  {
    file: 'apple-iphone-nl.eml',
    kind: 'reply',
    text: 'Gaat wel, maar geen oppas dinsdag',
    token: 'i9p8h7o6n5e4a3b2',
    from: 'lisa.jansen@icloud.com',
  },
  {
    file: 'apple-mail-mac-nl.eml',
    kind: 'reply',
    text: 'Ik heb een sollicitatiegesprek gehad.\nSpannend!',
    token: 'mac0mail1test2abc',
    from: 'henk.smit@me.com',
  },
  {
    file: 'plain-signature.eml',
    kind: 'reply',
    text: 'Goed, dank je.\nIk heb morgen een gesprek bij het UWV.',
    token: 'p1l2a3i4n5s6i7g8',
    from: 'piet@jansen-fam.nl',
  },
  {
    file: 'thunderbird-bottom-post.eml',
    kind: 'reply',
    text: 'Beter dan vorige week.\nDe fysio helpt.',
    token: 't1b2o3t4t5o6m7p8',
    from: 'anouk.deboer@xs4all.nl',
  },
  {
    file: 'base64-utf8-emoji.eml',
    kind: 'reply',
    text: 'Het gaat goed 😊 Ik heb een nieuwe baan als kapper in Zoetermeer.\nÉén dag per week werk ik thuis, de crèche is geregeld.',
    token: 'b6e4s6e4u8t8f8e8m0j1',
    from: 'zoe.hoeksema@proton.me',
  },
  {
    file: 'bounce-postfix-hard.eml',
    kind: 'bounce',
    text: '',
    token: null,
    from: 'mailer-daemon@mail.pols.test',
    bounce: {
      hard: true,
      recipient: 'onbekend@example.nl',
      status: '5.1.1',
      diagnostic: '550 5.1.1 <onbekend@example.nl>: Recipient address rejected: User unknown in virtual mailbox table',
      originalMessageId: '<checkin.01JD3QE9T0U1V2W3X4@pols.test>',
    },
  },
  {
    file: 'bounce-soft-mailbox-full.eml',
    kind: 'bounce',
    text: '',
    token: null,
    from: 'mailer-daemon@mail.pols.test',
    bounce: {
      hard: false,
      recipient: 'vol@example.nl',
      status: '4.2.2',
      diagnostic: '452 4.2.2 Mailbox full',
      originalMessageId: '<checkin.01JD3QF5Y6Z7A8B9C0@pols.test>',
    },
  },
  {
    file: 'bounce-exchange-onbestelbaar.eml',
    kind: 'bounce',
    text: '',
    token: null,
    from: 'postmaster@zorggroep-voorbeeld.nl',
    bounce: {
      hard: true,
      recipient: 'j.devries@zorggroep-voorbeeld.nl',
      status: '5.1.10',
      diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      originalMessageId: '<checkin.01JD3QJ3P4Q5R6S7T8@pols.test>',
    },
  },
  {
    file: 'exchange-ooo-nl.eml',
    kind: 'auto_reply',
    text: 'Beste afzender,\n\nIk ben afwezig tot en met maandag 30 november. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 079 - 123 45 67.\n\nMet vriendelijke groet,\nMarieke Bos',
    token: 'o0o1f2f3i4c5e6x7',
    from: 'm.bos@zorggroep-voorbeeld.nl',
  },
  {
    file: 'gmail-vacation.eml',
    kind: 'auto_reply',
    text: 'Ik ben op vakantie tot 7 december en lees mijn mail niet.',
    token: null,
    from: 'tomhendriks.nl@gmail.com',
  },
];

describe('parseInboundMail over the fixtures', () => {
  it('has a case for every fixture file', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.eml'));
    expect(FIXTURE_CASES.map((c) => c.file).sort()).toEqual(files.sort());
  });

  it.each(FIXTURE_CASES)('$file is a $kind with the expected text, token and bounce', async (c) => {
    const mail = await parseInboundMail(load(c.file));
    expect(mail.kind).toBe(c.kind);
    expect(mail.text).toBe(c.text);
    expect(mail.from).toBe(c.from);
    expect(extractReplyToken(mail.to, DOMAIN)).toBe(c.token);
    expect(mail.bounce).toEqual(c.bounce);
  });

  it('reads the threading headers, every recipient and the date', async () => {
    const mail = await parseInboundMail(load('outlook-html-only.eml'));
    expect(mail).toMatchObject({
      messageId: '<DB9PR04MB8400C1D2E3F4A5B6@DB9PR04MB8400.eurprd04.prod.outlook.com>',
      inReplyTo: '<checkin.01JD3Q7M8N9P0Q1R2S@pols.test>',
      references: ['<checkin.01JD3Q7M8N9P0Q1R2S@pols.test>'],
      to: ['reply+m4n5p6q7r8s9t0u1@pols.test', 'ria.visser@hotmail.com'],
      subject: 'RE: Hoe gaat het met je?',
    });
    expect(mail.date?.toISOString()).toBe('2026-11-23T13:20:55.000Z');
  });

  it('keeps every folded References entry and decodes an encoded subject', async () => {
    const mac = await parseInboundMail(load('apple-mail-mac-nl.eml'));
    expect(mac.references).toEqual(['<checkin.01JD3QB1C2D3E4F5G6@pols.test>', '<checkin.01JD2Z0Y9X8W7V6U5T@pols.test>']);
    const proton = await parseInboundMail(load('base64-utf8-emoji.eml'));
    expect(proton.subject).toBe('Re: Hoe gaat het met je? 😊');
  });

  it('accepts a string and gives no date, rather than "now", for an unparsable Date header', async () => {
    const raw = 'From: a@example.nl\r\nTo: reply+abcdefghijklmnop@pols.test\r\nDate: gisteren\r\nSubject: Re: x\r\n\r\nPrima\r\n';
    const mail = await parseInboundMail(raw);
    expect(mail.date).toBeUndefined();
    expect(mail.text).toBe('Prima');
    expect(mail.references).toEqual([]);
  });
});

const QUOTE = '> Hoe gaat het met je?\n> Antwoord gewoon op deze mail.';

describe('extractReplyText', () => {
  it.each([
    ['plain text stays as it is', 'Prima!\nEcht waar.', 'Prima!\nEcht waar.'],
    ['a Gmail attribution wrapped before the address', `Gaat wel\n\nOp ma 23 nov 2026 om 09:00 schreef Sanne via Pols <\nreply+abcdefghijklmnop@pols.test>:\n\n${QUOTE}`, 'Gaat wel'],
    ['a Gmail attribution wrapped inside the name', `Gaat wel\n\nOp ma 23 nov 2026 om 09:00 schreef Sanne via\nPols <reply+abcdefghijklmnop@pols.test>:\n${QUOTE}`, 'Gaat wel'],
    ['an English Gmail attribution', `Fine\n\nOn Mon, Nov 23, 2026 at 9:00 AM Pols <\nreply+abcdefghijklmnop@pols.test> wrote:\n\n${QUOTE}`, 'Fine'],
    ['a reply that starts with "Op zich" above the attribution', `Op zich gaat het goed.\nMaar geen oppas dinsdag.\n\nOp ma 23 nov 2026 om 09:00 schreef Sanne via Pols <\nreply+abcdefghijklmnop@pols.test>:\n\n${QUOTE}`, 'Op zich gaat het goed.\nMaar geen oppas dinsdag.'],
    ['a sentence with "schreef" that is no attribution', 'Op dinsdag schreef ik al: het gaat beter.', 'Op dinsdag schreef ik al: het gaat beter.'],
    ['Apple\'s "heeft ... het volgende geschreven:" unquoted', 'Ja\n\nOp 23 nov. 2026 om 09:00 heeft Pols <reply+abcdefghijklmnop@pols.test> het volgende geschreven:\n\nHoe gaat het?', 'Ja'],
    ['a bare "X schreef:" followed by quoted lines', `Goed\n\nSanne schreef:\n${QUOTE}`, 'Goed'],
    ['a bare "schreef:" not followed by quoted lines', 'Mijn dochter schreef:\nmama is moe', 'Mijn dochter schreef:\nmama is moe'],
    ['a bottom-posted answer below the quote', `Op 23-11-2026 om 09:00 schreef Pols:\n${QUOTE}\n\n3`, '3'],
    ['inline answers between quoted lines', '> Hoe gaat het?\nGoed\n> Werk?\nNog niet', 'Goed\nNog niet'],
    ['an Outlook header block after underscores', 'Prima\n\n________________________________\nFrom: Pols <reply+abcdefghijklmnop@pols.test>\nSent: Monday, November 23, 2026 9:00 AM\nTo: Jan\nSubject: How are you?\n\nHow are you?', 'Prima'],
    ['an Outlook header block with bold markers and no separator', 'Matig\n\n*Van:* Pols <reply+abcdefghijklmnop@pols.test>\n*Verzonden:* maandag 23 november 2026 09:00\n*Aan:* Jan\n*Onderwerp:* Hoe gaat het?\n\nHoe gaat het?', 'Matig'],
    ['"-----Oorspronkelijk bericht-----"', 'Slecht\n-----Oorspronkelijk bericht-----\nVan: Pols\nHoe gaat het?', 'Slecht'],
    ['a single "Van:" line is the client\'s own text', 'Van: mijn buurvrouw kreeg ik soep.\nLief he', 'Van: mijn buurvrouw kreeg ik soep.\nLief he'],
    ['"Sent from my iPhone"', 'Ok\n\nSent from my iPhone', 'Ok'],
    ['"Verstuurd vanaf mijn Samsung Galaxy-smartphone."', '2\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone.', '2'],
    ['"Verzonden vanuit Outlook voor iOS"', '5\nVerzonden vanuit Outlook voor iOS<https://aka.ms/o0ukef>', '5'],
    ['"Get Outlook for Android"', 'Good\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>', 'Good'],
    ['a "-- " signature', 'Goed\n-- \nPiet\n06-12345678', 'Goed'],
    ['Outlook inline-image placeholders', 'Goed\n[cid:image001.png@01DB3D92.B0D3E280]', 'Goed'],
    ['CRLF line ends, zero-width and non-breaking spaces', 'Het\u00a0gaat\u200b\r\n\r\n\r\n\r\nbeter\r\n', 'Het gaat\n\nbeter'],
    ['only quoted history', `Op ma 23 nov 2026 om 09:00 schreef Pols <reply+abcdefghijklmnop@pols.test>:\n${QUOTE}`, ''],
  ])('%s', (_name, text, expected) => {
    expect(extractReplyText(text)).toBe(expected);
  });

  it.each([
    [
      'Gmail HTML: cuts at gmail_quote',
      '<div dir="ltr">Gaat w&euml;l<br>echt</div><br><div class="gmail_quote"><div class="gmail_attr">Op ma 23 nov 2026 schreef Pols:</div><blockquote>Hoe gaat het?</blockquote></div>',
      'Gaat wël\necht',
    ],
    [
      'Apple HTML: cuts at the blockquote',
      '<html><body><div>Prima &amp; jij?</div><div><br><blockquote type="cite">Hoe gaat het?</blockquote></div></body></html>',
      'Prima & jij?',
    ],
    [
      'Outlook web HTML: cuts at divRplyFwdMsg',
      '<div style="font-family:Calibri">4</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>Van:</b> Pols</div>',
      '4',
    ],
  ])('HTML only, %s', (_name, html, expected) => {
    expect(extractReplyText('', html)).toBe(expected);
    expect(extractReplyText('  \n', html)).toBe(expected);
  });
});

describe('classifyInbound', () => {
  const reply = (overrides: Partial<InboundSignals>): InboundSignals => ({
    headers: {},
    from: 'jan@example.nl',
    subject: 'Re: Hoe gaat het met je?',
    text: 'Goed',
    ...overrides,
  });

  it.each<[string, Partial<InboundSignals>, InboundKind]>([
    ['an ordinary reply', {}, 'reply'],
    ['Auto-Submitted: auto-replied', { headers: { 'auto-submitted': 'auto-replied' } }, 'auto_reply'],
    ['Auto-Submitted: auto-generated', { headers: { 'auto-submitted': ['auto-generated'] } }, 'auto_reply'],
    ['Auto-Submitted: no', { headers: { 'auto-submitted': 'no' } }, 'reply'],
    ['X-Autoreply', { headers: { 'x-autoreply': 'yes' } }, 'auto_reply'],
    ['X-Autorespond', { headers: { 'x-autorespond': 'Afwezig' } }, 'auto_reply'],
    ['Precedence: bulk', { headers: { precedence: 'bulk' } }, 'auto_reply'],
    ['Precedence: junk', { headers: { precedence: 'junk' } }, 'auto_reply'],
    ['Precedence: auto_reply', { headers: { precedence: 'auto_reply' } }, 'auto_reply'],
    ['Precedence: list', { headers: { precedence: 'list' } }, 'reply'],
    ['X-MS-Exchange-Generated-Message-Source', { headers: { 'x-ms-exchange-generated-message-source': 'Mailbox Rules Agent' } }, 'auto_reply'],
    ['subject "Automatisch antwoord:"', { subject: 'Automatisch antwoord: Hoe gaat het met je?' }, 'auto_reply'],
    ['subject "Afwezig"', { subject: 'Afwezig' }, 'auto_reply'],
    ['subject "Out of Office:"', { subject: 'Out of Office: Hoe gaat het met je?' }, 'auto_reply'],
    ['subject "Automatic reply:"', { subject: 'Automatic reply: How are you?' }, 'auto_reply'],
    ['subject "Autoreply:"', { subject: 'Autoreply: Hoe gaat het met je?' }, 'auto_reply'],
    ['a reply whose subject mentions absence later', { subject: 'Re: Afwezig volgende week' }, 'reply'],
    ['a read receipt (MDN)', { headers: { 'content-type': 'multipart/report; report-type=disposition-notification; boundary="x"' } }, 'auto_reply'],
    [
      'a positive DSN',
      {
        headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary="x"' },
        deliveryStatus: 'Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; jan@example.nl\nAction: delivered\nStatus: 2.0.0\n',
      },
      'auto_reply',
    ],
    ['a bounce that also says Auto-Submitted', { from: 'MAILER-DAEMON@mx.example.nl', headers: { 'auto-submitted': 'auto-replied' } }, 'bounce'],
    ['a bounce known by its subject only', { subject: 'Delivery Status Notification (Failure)' }, 'bounce'],
    ['a bounce known by "Onbestelbaar:"', { subject: 'Onbestelbaar: Hoe gaat het met je?' }, 'bounce'],
    ['a bounce from postmaster', { from: 'postmaster@example.nl' }, 'bounce'],
  ])('%s → %s', (_name, overrides, kind) => {
    expect(classifyInbound(reply(overrides)).kind).toBe(kind);
  });

  it.each<[string, Partial<InboundSignals>, BounceInfo]>([
    [
      'Gmail: 5.2.2 over quota is soft despite the 5',
      {
        from: 'mailer-daemon@googlemail.com',
        subject: 'Delivery Status Notification (Failure)',
        text: "The response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota.",
      },
      { hard: false, status: '5.2.2', diagnostic: '552 5.2.2 The email account that you tried to reach is over quota.' },
    ],
    [
      'Gmail: 5.1.1 does not exist is hard',
      {
        from: 'mailer-daemon@googlemail.com',
        subject: 'Delivery Status Notification (Failure)',
        text: 'The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.',
      },
      { hard: true, status: '5.1.1', diagnostic: '550 5.1.1 The email account that you tried to reach does not exist.' },
    ],
    [
      'Exim: recipient from X-Failed-Recipients, hard by words',
      {
        from: 'Mailer-Daemon@mail.example.nl',
        subject: 'Mail delivery failed: returning message to sender',
        headers: { 'x-failed-recipients': 'Weg@Example.nl' },
        text: 'A message that you sent could not be delivered.\n  weg@example.nl\n    No such user here',
      },
      { hard: true, recipient: 'weg@example.nl' },
    ],
    [
      'Postfix text without a DSN part',
      {
        from: 'MAILER-DAEMON@mail.pols.test',
        text: '<jan@example.nl>: host mx.example.nl[192.0.2.1] said: 550 5.1.1\n    <jan@example.nl>: Recipient address rejected: User unknown',
      },
      { hard: true, recipient: 'jan@example.nl', status: '5.1.1', diagnostic: '550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown' },
    ],
    [
      'a DSN that was only delayed, without status',
      {
        from: 'MAILER-DAEMON@mail.pols.test',
        deliveryStatus: 'Final-Recipient: rfc822; jan@example.nl\nAction: delayed\n',
        text: '',
      },
      { hard: false, recipient: 'jan@example.nl' },
    ],
    ['a bounce without any evidence is soft', { subject: 'Undelivered Mail Returned to Sender', text: '' }, { hard: false }],
  ])('%s', (_name, overrides, bounce) => {
    expect(classifyInbound(reply(overrides))).toEqual({ kind: 'bounce', bounce });
  });
});

describe('extractReplyToken', () => {
  it.each<[string, string[], string, string | null]>([
    ['a bare address', ['reply+abcdefghij012345@pols.test'], DOMAIN, 'abcdefghij012345'],
    ['a display name and angle brackets', ['Pols <reply+abcdefghij012345@pols.test>'], DOMAIN, 'abcdefghij012345'],
    ['upper case, lower-cased', ['REPLY+ABCDEFGHIJ012345@POLS.TEST'], DOMAIN, 'abcdefghij012345'],
    ['a configured domain in upper case with a trailing dot', ['reply+abcdefghij012345@pols.test'], 'Pols.Test.', 'abcdefghij012345'],
    ['the first match among several', ['jan@example.nl', 'reply+bbbbbbbbbbbbbbbb@pols.test', 'reply+cccccccccccccccc@pols.test'], DOMAIN, 'bbbbbbbbbbbbbbbb'],
    ['40 characters', [`reply+${'a'.repeat(40)}@pols.test`], DOMAIN, 'a'.repeat(40)],
    ['41 characters', [`reply+${'a'.repeat(41)}@pols.test`], DOMAIN, null],
    ['15 characters', [`reply+${'a'.repeat(15)}@pols.test`], DOMAIN, null],
    ['a token with a dash', ['reply+abcdefgh-ij012345@pols.test'], DOMAIN, null],
    ['another domain', ['reply+abcdefghij012345@evil.test'], DOMAIN, null],
    ['a subdomain of ours', ['reply+abcdefghij012345@mail.pols.test'], DOMAIN, null],
    ['a look-alike domain', ['reply+abcdefghij012345@pols.test.evil.test'], DOMAIN, null],
    ['another local part', ['antwoord+abcdefghij012345@pols.test'], DOMAIN, null],
    ['no addresses', [], DOMAIN, null],
    ['an empty configured domain', ['reply+abcdefghij012345@pols.test'], '', null],
  ])('%s', (_name, addresses, domain, expected) => {
    expect(extractReplyToken(addresses, domain)).toBe(expected);
  });
});
