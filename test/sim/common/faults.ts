// Scriptable faults for the simulators. A test adds rules; each request takes the first rule that
// matches it (and has uses left) and suffers that fault. Random rules use a seeded generator so a
// failing chaos seed replays exactly.

export type Fault =
  /** Answer normally, but only after `ms` milliseconds. */
  | { kind: 'latency'; ms: number }
  /**
   * Answer with this status (and body) without applying the request. With `contentType` (not JSON),
   * a string body goes out as it is: an HTML page from a proxy, a moved host or a maintenance screen.
   */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string>; contentType?: string }
  /**
   * Answer the headers (status 200 unless given) without applying the request, then a byte of body
   * every `everyMs`, never ending: each within any timeout between chunks. Closed on shutdown.
   */
  | { kind: 'trickle'; everyMs: number; status?: number }
  /** Answer as if these query parameters had not been sent (a server that ignores `offset`). */
  | { kind: 'ignore-query'; names: string[] }
  /**
   * Apply the request, then send the client something unreadable instead of the real answer: its
   * JSON cut off halfway (`truncated`), or this page with the real status.
   */
  | { kind: 'commit-then-garble'; answer: 'truncated' | { contentType: string; body: string } }
  /** Destroy the connection before applying the request. */
  | { kind: 'reset' }
  /** Never answer and never apply: the client must time out. The socket is closed on shutdown. */
  | { kind: 'timeout' }
  /** Apply the request, then destroy the connection so the client never sees the answer. */
  | { kind: 'commit-then-drop' }
  /**
   * The write lands after the client gave up: the answer is lost at once (the connection reset, or
   * held open until the client times out), and the request is applied only later, just before the
   * `afterRequests`-th request the server receives next (or when the test flushes late commits). So
   * a look-up the client makes right away may or may not see it. Counting requests rather than time
   * keeps the race the same however fast the machine is.
   */
  | { kind: 'late-commit'; afterRequests: number; lose?: 'reset' | 'timeout' };

export interface FaultRule {
  fault: Fault;
  method?: string;
  /** Matched against the path without query string: a substring or a regular expression. */
  path?: string | RegExp;
  /** How many requests this rule hits before it is used up; default 1, Infinity for always. */
  times?: number;
  /** How many matching requests it lets pass untouched before it hits; default 0. */
  after?: number;
  /** Chance (0..1) that a matching request is hit; default 1. */
  probability?: number;
}

export interface RequestSummary {
  method: string;
  path: string;
}

/** Mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultPlan {
  private rules: Array<FaultRule & { left: number; passing: number }> = [];
  private random: () => number;

  constructor(seed = 1) {
    this.random = seededRandom(seed);
  }

  add(rule: FaultRule): this {
    this.rules.push({ ...rule, left: rule.times ?? 1, passing: rule.after ?? 0 });
    return this;
  }

  clear(): void {
    this.rules = [];
  }

  reseed(seed: number): void {
    this.random = seededRandom(seed);
  }

  /** The fault this request suffers, if any; consumes one use of the rule. */
  take(request: RequestSummary): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.left <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== request.method.toUpperCase()) continue;
      if (rule.path !== undefined) {
        const hit =
          typeof rule.path === 'string' ? request.path.includes(rule.path) : rule.path.test(request.path);
        if (!hit) continue;
      }
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      if (rule.passing > 0) {
        rule.passing -= 1;
        continue;
      }
      rule.left -= 1;
      return rule.fault;
    }
    return undefined;
  }
}
