// The late-commit fault: the client loses the answer at once, the write lands only when its turn
// comes (a number of later requests), or when the test flushes it.
import { afterEach, describe, expect, it } from 'vitest';
import { type SimServer, startSimServer } from './http-server';

let server: SimServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A tiny store: POST /items adds one, GET /items lists them. */
async function itemServer(): Promise<{ server: SimServer; items: string[] }> {
  const items: string[] = [];
  const s = await startSimServer((request) => {
    if (request.method === 'POST') {
      items.push(String((request.body as { name?: string })?.name));
      return { status: 201, body: { ok: true } };
    }
    return { status: 200, body: items };
  });
  return { server: s, items };
}

const post = (s: SimServer, name: string) =>
  fetch(`${s.url}/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
const list = async (s: SimServer) => (await (await fetch(`${s.url}/items`)).json()) as string[];

describe('late-commit fault', () => {
  it('loses the answer, and the write lands just before the n-th next request', async () => {
    const world = await itemServer();
    server = world.server;
    server.faults.add({ method: 'POST', fault: { kind: 'late-commit', afterRequests: 2 } });
    await expect(post(server, 'a')).rejects.toThrow(); // connection reset: the answer is lost
    expect(world.items).toEqual([]);
    expect(server.pendingLateCommits).toBe(1);
    // The look-up right after: not there yet.
    expect(await list(server)).toEqual([]);
    // The next request: the write lands before it is answered.
    expect(await list(server)).toEqual(['a']);
    expect(server.pendingLateCommits).toBe(0);
    const entry = server.log.entries.find((e) => e.method === 'POST')!;
    expect(entry.fault).toBe('late-commit after 2');
    expect(entry.status).toBe(201);
  });

  it('a flush lands every held-back write at once, in the order they came', async () => {
    const world = await itemServer();
    server = world.server;
    server.faults.add({ method: 'POST', fault: { kind: 'late-commit', afterRequests: 50 }, times: 2 });
    await expect(post(server, 'a')).rejects.toThrow();
    await expect(post(server, 'b')).rejects.toThrow();
    expect(await server.flushLateCommits()).toBe(2);
    expect(world.items).toEqual(['a', 'b']);
  });

  it("with lose: 'timeout' the client hears nothing until it gives up", async () => {
    const world = await itemServer();
    server = world.server;
    server.faults.add({ method: 'POST', fault: { kind: 'late-commit', afterRequests: 1, lose: 'timeout' } });
    const answer = post(server, 'a');
    const attempt = fetch(`${server.url}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'b' }),
    });
    // 'b' comes after the held request, so 'a' lands first; the client of 'a' still hears nothing.
    expect((await attempt).status).toBe(201);
    expect(world.items).toEqual(['a', 'b']);
    let settled = false;
    void answer.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    await list(server);
    expect(settled).toBe(false);
    await server.close(); // the held socket is closed on shutdown
    server = undefined;
    await expect(answer).rejects.toThrow();
  });
});
