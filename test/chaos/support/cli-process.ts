// The CLI as the owner's machine runs it: a child process (node with tsx) configured by environment
// variables, which the chaos test may kill with SIGKILL at any moment. What it printed and how it
// ended are kept for the failure message of a seed.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
/** A safety net only: a child that is still running after this is killed and reported. */
const HANG_LIMIT_MS = 90_000;

export interface CliExit {
  args: string[];
  /** The exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed by the test on purpose (a chaos kill), not by the hang limit. */
  killed: boolean;
  hung: boolean;
  stdout: string;
  stderr: string;
  /** The --json summary, when the CLI printed one. */
  json: Record<string, unknown> | undefined;
}

export interface CliRun {
  child: ChildProcess;
  /** SIGKILL now (no-op once it has ended). */
  kill(): void;
  exited: Promise<CliExit>;
}

export function startCli(args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/headless/cli.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let killed = false;
  let hung = false;
  let ended = false;
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const hang = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, HANG_LIMIT_MS);
  const exited = new Promise<CliExit>((resolvePromise) => {
    child.on('close', (code, signal) => {
      ended = true;
      clearTimeout(hang);
      resolvePromise({
        args,
        code,
        signal,
        killed,
        hung,
        stdout,
        stderr,
        json: parseJson(stdout),
      });
    });
  });
  return {
    child,
    kill() {
      if (ended || child.exitCode !== null || child.signalCode !== null) return;
      killed = true;
      child.kill('SIGKILL');
    },
    exited,
  };
}

/** Runs the CLI to its end. */
export function runCliProcess(args: string[], env: Record<string, string>): Promise<CliExit> {
  return startCli(args, env).exited;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value = JSON.parse(trimmed) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** One line about how a child ended, for the seed's story. */
export function describeExit(exit: CliExit): string {
  const how = exit.hung
    ? 'HUNG (killed after the safety limit)'
    : exit.killed
      ? 'killed (SIGKILL)'
      : exit.signal
        ? `ended by ${exit.signal}`
        : `exit ${exit.code}`;
  // An error's own text too (the summary's, else the last lines the CLI wrote to stderr).
  const error = exit.json?.error as { code?: string; message?: unknown } | null | undefined;
  const failure = error
    ? ` ${JSON.stringify(error.message ?? '')}${exit.stderr.trim() ? ` stderr: ${exit.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`
    : '';
  const summary = exit.json
    ? ` ${JSON.stringify({ outcome: exit.json.outcome, counts: exit.json.counts, error: error?.code })}${failure}`
    : exit.stderr.trim()
      ? ` stderr: ${exit.stderr.trim().split('\n').slice(-3).join(' | ')}`
      : '';
  return `${exit.args.join(' ')} → ${how}${summary}`;
}
