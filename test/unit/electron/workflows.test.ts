// The hosted CI (.github/workflows): valid GitHub Actions workflows (@action-validator/core, the
// schema GitHub publishes), on the three platforms, and a release on a v* tag.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const source = (name: string) => readFileSync(join(root, '.github/workflows', name), 'utf8');

interface Workflow {
  on: Record<string, { tags?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      strategy?: { matrix?: { os?: string[] } };
      steps: { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }[];
    }
  >;
}
const workflow = (name: string) => parse(source(name)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

describe.each(['ci.yml', 'release.yml'])('%s', (name) => {
  it('is a valid workflow', () => {
    const state = validateWorkflow(source(name));
    expect(state.errors, JSON.stringify(state.errors, null, 2)).toEqual([]);
  });

  it('runs on Linux, Windows and macOS with the real Electron (npm ci, no skipped download)', () => {
    const w = workflow(name);
    const oses = Object.values(w.jobs).flatMap((job) => job.strategy?.matrix?.os ?? []);
    expect(oses.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(steps(w).some((step) => step.run?.startsWith('npm ci'))).toBe(true);
    expect(source(name)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });
});

describe('CI', () => {
  it('runs on pushes and pull requests: the tests (under xvfb on Linux), then installers as artifacts', () => {
    const w = workflow('ci.yml');
    expect(Object.keys(w.on).sort()).toEqual(['pull_request', 'push']);
    const runs = steps(w).map((step) => step.run ?? '');
    expect(runs.some((run) => /^xvfb-run --auto-servernum npm test$/m.test(run))).toBe(true);
    expect(runs).toContain('npm test');
    expect(runs).toContain('npx electron-builder --publish never');
    // The Electron shell test runs (never skips) in every test step.
    const testSteps = steps(w).filter((step) => /npm test$/m.test(step.run ?? ''));
    expect(testSteps.length).toBe(2);
    for (const step of testSteps) expect(step.env?.WINKELBRUG_REQUIRE_ELECTRON).toBe('1');
    const upload = steps(w).find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.path).toMatch(/\.exe[\s\S]*\.dmg[\s\S]*\.AppImage/);
  });
});

describe('release', () => {
  it('builds on a v* tag and publishes a draft with the signing secrets from the environment', () => {
    const w = workflow('release.yml');
    expect(w.on).toEqual({ push: { tags: ['v*'] } });
    expect(w.permissions).toEqual({ contents: 'write' });
    const publish = steps(w).find((step) => step.run === 'npx electron-builder --publish always');
    expect(Object.keys(publish?.env ?? {}).sort()).toEqual([
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_ID',
      'APPLE_TEAM_ID',
      'CSC_KEY_PASSWORD',
      'CSC_LINK',
      'GH_TOKEN',
    ]);
    for (const value of Object.values(publish?.env ?? {}))
      expect(value).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    // The draft itself is electron-builder's publish setting.
    const builder = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { publish: object };
    expect(builder.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
  });
});
