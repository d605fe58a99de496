// Every request a simulator received and what it answered, for tests to inspect.

export interface LoggedRequest {
  seq: number;
  at: number;
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON or form body, or the raw text when it was neither. */
  body: unknown;
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: unknown;
  /** The fault injected into this request, if any. */
  fault?: string;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  private seq = 0;

  record(entry: Omit<LoggedRequest, 'seq' | 'at'>): LoggedRequest {
    const logged = { ...entry, seq: ++this.seq, at: Date.now() };
    this.entries.push(logged);
    return logged;
  }

  filter(predicate: (entry: LoggedRequest) => boolean): LoggedRequest[] {
    return this.entries.filter(predicate);
  }

  count(method?: string, path?: string | RegExp): number {
    return this.entries.filter(
      (e) =>
        (!method || e.method === method) &&
        (path === undefined || (typeof path === 'string' ? e.path.includes(path) : path.test(e.path))),
    ).length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
