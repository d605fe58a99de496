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

/**
 * The wizard's steps after the shop's, answered through the core as the owner would: the orders
 * since `since` in the shop's suggested statuses, the personal token, the administration, and the
 * proposed mapping with the owner's picks. Each must be accepted.
 */
export async function setUpAfterShop(
  service: AppService,
  options: { since: string; moneybirdToken: string; administrationId: string },
): Promise<void> {
  const orders = await ask(service, 'setup.orders.options', {});
  if (!orders.ok) throw new Error(orders.problem.message.en);
  expect(
    await ask(service, 'setup.orders.save', { statuses: orders.choice.selected, since: options.since }),
  ).toEqual({ ok: true });
  await ask(service, 'setup.moneybird.personalToken', { token: options.moneybirdToken });
  expect(
    await ask(service, 'setup.moneybird.chooseAdministration', {
      administrationId: options.administrationId,
    }),
  ).toEqual({ ok: true });
  const proposal = await ask(service, 'setup.mapping.proposal', {});
  if (!proposal.ok) throw new Error(proposal.problem.message.en);
  expect(await ask(service, 'setup.mapping.save', { choices: accepted(proposal.fields) })).toMatchObject({
    ok: true,
  });
}
