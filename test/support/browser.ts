// Launches a Chromium for browser tests with playwright-core (it never downloads a browser): the
// house flags, and a fresh user data directory per launch that is removed on close. Which browser:
// WINKELBRUG_CHROMIUM if set, else an installed Chrome or Edge (Playwright's channels, as on a
// contributor's Windows or macOS machine), else Chromium on PATH (Debian's `chromium`).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The installed browsers Playwright finds by channel, in the order they are tried. */
export const BROWSER_CHANNELS = ['chrome', 'msedge'] as const;
export type BrowserChannel = (typeof BROWSER_CHANNELS)[number];

/** One way to start a browser: a file to run, or an installed browser by Playwright's channel. */
export type BrowserCandidate =
  | { kind: 'path'; path: string; from: string }
  | { kind: 'channel'; channel: BrowserChannel };

export interface BrowserLookup {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Whether a file exists (the override, and the names on PATH). */
  exists(path: string): boolean;
  /** The channels to try; all of them unless told. */
  channels?: readonly BrowserChannel[];
}

export type BrowserPlan =
  | { ok: true; candidates: BrowserCandidate[]; tried: string[] }
  | { ok: false; message: string };

const PATH_NAMES = ['chromium', 'chromium-browser'];

export function describeCandidate(candidate: BrowserCandidate): string {
  return candidate.kind === 'path'
    ? `${candidate.from} (${candidate.path})`
    : `an installed ${candidate.channel === 'chrome' ? 'Google Chrome' : 'Microsoft Edge'} (channel ${candidate.channel})`;
}

/**
 * The browsers to try, in order, without touching the disk or starting anything (a pure function of
 * its inputs). An override that names a missing file is an error, never a silent fallback.
 */
export function planBrowser(lookup: BrowserLookup): BrowserPlan {
  const override = lookup.env.WINKELBRUG_CHROMIUM?.trim();
  if (override) {
    if (lookup.exists(override)) {
      const candidate: BrowserCandidate = { kind: 'path', path: override, from: 'WINKELBRUG_CHROMIUM' };
      return { ok: true, candidates: [candidate], tried: [describeCandidate(candidate)] };
    }
    return { ok: false, message: `WINKELBRUG_CHROMIUM is set to ${override}, but there is no such file.` };
  }
  const candidates: BrowserCandidate[] = (lookup.channels ?? BROWSER_CHANNELS).map((channel) => ({
    kind: 'channel',
    channel,
  }));
  const tried = ['WINKELBRUG_CHROMIUM (not set)', ...candidates.map(describeCandidate)];
  const windows = lookup.platform === 'win32';
  const pathValue = lookup.env.PATH ?? (windows ? lookup.env.Path : undefined) ?? '';
  const dirs = pathValue.split(windows ? ';' : ':').filter((dir) => dir !== '');
  const sep = windows ? '\\' : '/';
  for (const name of PATH_NAMES) {
    const file = windows ? `${name}.exe` : name;
    const found = dirs
      .map((dir) => `${dir.replace(/[\\/]+$/, '')}${sep}${file}`)
      .find((path) => lookup.exists(path));
    if (found) {
      const candidate: BrowserCandidate = { kind: 'path', path: found, from: `${file} on PATH` };
      candidates.push(candidate);
      tried.push(describeCandidate(candidate));
    } else tried.push(`${file} on PATH (not found)`);
  }
  if (candidates.length === 0) return { ok: false, message: noBrowserMessage(tried) };
  return { ok: true, candidates, tried };
}

export function noBrowserMessage(tried: readonly string[], failures: readonly string[] = []): string {
  return [
    'No Chromium-based browser found for the browser tests. Tried:',
    ...tried.map((line) => `  - ${line}`),
    ...(failures.length > 0 ? ['Failures:', ...failures.map((line) => `  - ${line}`)] : []),
    'Install Google Chrome, Microsoft Edge or Chromium, or set WINKELBRUG_CHROMIUM to a Chromium executable.',
  ].join('\n');
}

function hostPlan(): BrowserPlan {
  return planBrowser({ platform: process.platform, env: process.env, exists: existsSync });
}

/**
 * `chromium.launchPersistentContext` with the first browser that starts: the house flags (as on
 * Linux as root) whichever it is.
 */
export async function launchPersistentChromium(
  userDataDir: string,
  options: Omit<Parameters<typeof chromium.launchPersistentContext>[1], 'executablePath' | 'channel'> = {},
): Promise<BrowserContext> {
  const plan = hostPlan();
  if (!plan.ok) throw new Error(plan.message);
  const failures: string[] = [];
  for (const candidate of plan.candidates) {
    const which: Pick<LaunchOptions, 'executablePath' | 'channel'> =
      candidate.kind === 'path' ? { executablePath: candidate.path } : { channel: candidate.channel };
    try {
      return await chromium.launchPersistentContext(userDataDir, {
        headless: true,
        args: CHROMIUM_ARGS,
        ...options,
        ...which,
      });
    } catch (error) {
      const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      failures.push(`${describeCandidate(candidate)}: ${first}`);
    }
  }
  throw new Error(noBrowserMessage(plan.tried, failures));
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** A new tab; console errors and page errors are collected in `errors`. */
  newPage(): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'winkelbrug-chromium-'));
  const context = await launchPersistentChromium(userDataDir).catch(async (error: unknown) => {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  });
  const errors: string[] = [];
  return {
    context,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
