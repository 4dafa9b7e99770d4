// The answer page's own files: stylesheet, script, service worker (at /p/ so it controls the pages) and icons.
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { ICON_SVG, iconPng } from './icons.js';

interface Asset {
  type: string;
  body: string | Buffer;
  cache: string;
}

const HOUR = 'public, max-age=3600';
const file = (name: string) => readFileSync(new URL(`./public/${name}`, import.meta.url));

export const answerPageAssets: FastifyPluginAsync = async (app) => {
  const assets: Record<string, Asset> = {
    '/p/app.css': { type: 'text/css; charset=utf-8', body: file('app.css'), cache: HOUR },
    '/p/app.js': { type: 'text/javascript; charset=utf-8', body: file('app.js'), cache: HOUR },
    // Browsers check the worker for updates; never let a cache hold it back.
    '/p/sw.js': { type: 'text/javascript; charset=utf-8', body: file('sw.js'), cache: 'no-cache' },
    '/p/icon.svg': { type: 'image/svg+xml', body: ICON_SVG, cache: HOUR },
    '/p/icon-192.png': { type: 'image/png', body: iconPng(192), cache: HOUR },
    '/p/icon-512.png': { type: 'image/png', body: iconPng(512), cache: HOUR },
  };
  for (const [path, asset] of Object.entries(assets)) {
    app.get(path, { schema: { hide: true } }, async (_request, reply) => reply.header('cache-control', asset.cache).type(asset.type).send(asset.body));
  }
};
