// A response field checked and converted in one step. Both APIs' answers have many small leaves
// (ids, amounts, loose text); zod's union/preprocess/pipe chains for them cost far more per answer
// than the checks themselves, so the leaves are written out and the objects stay zod's.
import { z } from 'zod';

/** What was wrong with a leaf, in words for the error that names the field. */
export class LeafProblem {
  constructor(readonly message: string) {}
}

/**
 * A leaf: `convert` gets the raw value (undefined when the field is missing) and returns the value
 * to keep or a LeafProblem. Optional or not is the converter's decision.
 */
export function leaf<T>(convert: (value: unknown) => T | LeafProblem) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx): T => {
      const result = convert(value);
      if (result instanceof LeafProblem) {
        ctx.addIssue({ code: 'custom', message: result.message });
        return z.NEVER;
      }
      return result;
    });
}
