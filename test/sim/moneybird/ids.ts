// Moneybird ids are 64-bit integers sent as decimal strings, far above 2^53 so a client that turns
// them into JS numbers corrupts them. They grow over time, like Moneybird's (time-ordered) ids.
import { seededRandom } from '../common/faults';

export class IdSequence {
  private last: bigint;
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed ^ 0x5eed);
    // 4.8e17 .. 4.9e17: the magnitude of real Moneybird ids, well above Number.MAX_SAFE_INTEGER.
    this.last = 480_000_000_000_000_000n + BigInt(Math.floor(this.random() * 1e12)) * 1000n;
  }

  next(): string {
    // Odd low digits on purpose: a float round-trip of such an id visibly changes it.
    this.last += BigInt(1 + Math.floor(this.random() * 4_000_000)) * 1000n + 7n;
    return this.last.toString();
  }
}

/** Hex tokens and codes, deterministic per seed. */
export function hexGenerator(seed: number): (bytes: number) => string {
  const random = seededRandom(seed ^ 0x70c3);
  return (bytes) => {
    let out = '';
    for (let i = 0; i < bytes; i++)
      out += Math.floor(random() * 256)
        .toString(16)
        .padStart(2, '0');
    return out;
  };
}
