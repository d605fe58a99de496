// The core keeps the young generation of the process that hosts it small (see process-memory.ts).
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { keepProcessMemorySmall } from '../../../src/main/core/process-memory';

const newSpaceBytes = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;

describe('process memory', () => {
  it('stops the young generation from growing while the process allocates steadily', () => {
    keepProcessMemorySmall();
    keepProcessMemorySmall();
    const before = newSpaceBytes();
    // Allocation with some survivors, the pattern under which V8 would grow it to 32 MB.
    let kept: unknown[] = [];
    for (let round = 0; round < 400; round++) {
      for (let i = 0; i < 1000; i++) kept.push({ text: `order ${round}-${i}`, lines: [i, i + 1] });
      if (kept.length > 20_000) kept = [];
    }
    expect(kept.length).toBeGreaterThan(0);
    expect(newSpaceBytes()).toBeLessThanOrEqual(Math.max(before, 4 * 2 ** 20));
  });
});
