#!/usr/bin/env node
// For a checkout without ../shared: fetch the two official specs from their public repositories
// into .specs-cache/ (git-ignored), where test/support/specs.ts looks for them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const sources = {
  'myonlinestore/openapi.yaml':
    'https://raw.githubusercontent.com/MyOnlineStore/public-api-docs/master/spec/openapi.yaml',
  'moneybird/openapi.json': 'https://raw.githubusercontent.com/moneybird/openapi/main/openapi.json',
};

for (const [file, url] of Object.entries(sources)) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch ${url}: HTTP ${response.status}`);
  const target = resolve('.specs-cache', file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, await response.text());
  console.log(`wrote ${target}`);
}
