// Serves the built renderer from one directory: no listing, no path outside it, a fixed set of
// content types.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export type StaticFile = { found: true; body: Buffer; contentType: string } | { found: false };

export async function readStaticFile(root: string, pathname: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { found: false };
  }
  if (decoded.includes('\0')) return { found: false };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, relative);
  if (!target.startsWith(base + sep)) return { found: false };
  const contentType = CONTENT_TYPES[extname(target).toLowerCase()];
  if (!contentType) return { found: false };
  try {
    if (!(await stat(target)).isFile()) return { found: false };
    return { found: true, body: await readFile(target), contentType };
  } catch {
    return { found: false };
  }
}
