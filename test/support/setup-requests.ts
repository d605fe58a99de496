// The setup's requests as a test sends them straight to the core (no browser): the answer of a
// request the contract accepts, and the owner's picks on the mapping step.
import { expect } from 'vitest';
import type { AppService } from '../../src/main/core/app-service';
import type { MappingField, RequestChannel, RequestResult } from '../../src/shared/contract';

/** The result of a request that must be answered (not refused at the contract). */
export async function ask<C extends RequestChannel>(
  service: AppService,
  channel: C,
  args: object,
): Promise<RequestResult<C>> {
  const reply = await service.dispatch(channel, args as never, 'test');
  expect(reply.ok, `${channel} refused: ${reply.ok ? '' : reply.error.message.en}`).toBe(true);
  return (reply as { result: RequestResult<C> }).result;
}

/** The owner's picks where the simulator's Moneybird leaves a real choice (several 0 % rates). */
export function accepted(fields: MappingField[]): Record<string, string | null> {
  const choices: Record<string, string | null> = {};
  for (const field of fields) {
    const pick = field.value ?? field.options.find((o) => o.name === '0% btw')?.id ?? null;
    if (pick) choices[field.path] = pick;
  }
  return choices;
}
