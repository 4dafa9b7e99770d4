// The HTML shell of every client page: language tagged, mobile first, no inline script or style (strict CSP).
import { escapeHtml } from '../../../app/messages/html.js';

export { escapeHtml };

export interface LayoutOptions {
  locale: string;
  title: string;
  /** Per-client manifest, so an installed app opens this client's page. */
  manifestUrl?: string;
}

export function layout(options: LayoutOptions, body: string): string {
  const manifest = options.manifestUrl ? `<link rel="manifest" href="${escapeHtml(options.manifestUrl)}">` : '';
  return `<!doctype html>
<html lang="${escapeHtml(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="theme-color" content="#0b5cad">
<title>${escapeHtml(options.title)} · Pols</title>
<link rel="stylesheet" href="/p/app.css">
<link rel="icon" href="/p/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/p/icon-192.png">
${manifest}
<script src="/p/app.js" defer></script>
</head>
<body>
<main id="main">
${body}
</main>
</body>
</html>`;
}
