// One build for three targets. Main: ESM (package.json says "type": "module"), with the native
// modules left external. Preload: CommonJS and self-contained, because a sandboxed preload can
// neither load ESM nor require anything from node_modules. Renderer: React, relative asset paths
// so the same build loads from app://winkelbrug/ (Electron, src/main/electron/app-protocol.ts) and
// from the headless shell over HTTP.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The dev server (npm start) needs an inline React refresh preamble and its own HMR socket; the
 * strict CSP in index.html would block both. Relaxed only while serving, never in a build.
 */
function devServerCsp(): Plugin {
  return {
    name: 'winkelbrug:dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    },
  };
}

export const rendererConfig = {
  root: resolve(root, 'src/renderer'),
  base: './',
  plugins: [react(), devServerCsp()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
  },
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'src/main/index.ts') },
      externalizeDeps: { include: ['better-sqlite3', '@napi-rs/keyring'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'src/preload/index.ts') },
      // Bundle everything: the sandbox offers only `electron` and a few Node built-ins.
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig,
});
