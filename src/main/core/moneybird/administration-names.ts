// The names the owner gave two Moneybird administrations, for a text that says where a booking is:
// the one it was made in and the one connected now. One request; null when Moneybird does not tell
// (the caller then says it in general words).
import type { MoneybirdClient } from './client';

export async function administrationNames(
  client: Pick<MoneybirdClient, 'administrations'>,
  bookedIn: string | null | undefined,
  connected: string | null | undefined,
): Promise<{ administration: string; current: string } | null> {
  try {
    const administrations = await client.administrations();
    const nameOf = (id: string | null | undefined) => administrations.find((a) => a.id === id)?.name.trim();
    const administration = nameOf(bookedIn);
    const current = nameOf(connected);
    return administration && current ? { administration, current } : null;
  } catch {
    return null;
  }
}
