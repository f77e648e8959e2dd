// /live: a small page (plain HTML, CSS and one script, no build step) that subscribes over
// graphql-ws and shows the activity feed and funnel movements as they arrive. The graphql-ws
// browser client is the package's own UMD build, served from node_modules.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
// graphql-ws's exports map hides its folders; find the package from its main entry.
const graphqlWsRoot = path.resolve(path.dirname(require.resolve('graphql-ws')), '..');

const FILES: Record<string, { file: string; type: string }> = {
  '/live': { file: path.join(here, 'live', 'index.html'), type: 'text/html; charset=utf-8' },
  '/live/': { file: path.join(here, 'live', 'index.html'), type: 'text/html; charset=utf-8' },
  '/live/app.js': { file: path.join(here, 'live', 'app.js'), type: 'text/javascript; charset=utf-8' },
  '/live/live.css': { file: path.join(here, 'live', 'live.css'), type: 'text/css; charset=utf-8' },
  '/live/favicon.svg': { file: path.join(here, 'live', 'favicon.svg'), type: 'image/svg+xml' },
  '/live/graphql-ws.js': { file: path.join(graphqlWsRoot, 'umd', 'graphql-ws.min.js'), type: 'text/javascript; charset=utf-8' },
};

const cache = new Map<string, Buffer>();

export function isLivePath(urlPath: string): boolean {
  return urlPath === '/live' || urlPath.startsWith('/live/');
}

export async function serveLive(urlPath: string, res: ServerResponse): Promise<void> {
  const entry = FILES[urlPath];
  if (!entry) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body = cache.get(entry.file);
  if (!body) {
    body = await readFile(entry.file);
    cache.set(entry.file, body);
  }
  res
    .writeHead(200, {
      'content-type': entry.type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      // Scripts and styles from this origin only; the socket goes back to this origin.
      'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    })
    .end(body);
}
