// The bookings the owner's other Moneybird administrations hold of orders the journal cannot vouch
// for and the connected administration holds nothing of. They were booked there before the owner
// switched administration (a new BV on the first of January), and the journal that knew it is gone
// (a new computer) or older than the switch (a data folder put back from a backup). An order booked
// there is not booked again in the connected administration.
//
// Looked up in bulk, like the connected administration's (existing-bookings.ts), and only for the
// orders that one holds nothing of: about a request per hundred orders per other administration.
// The list of administrations is the one the run read with the locked period; an owner with one
// administration pays nothing. Nothing here writes.
import { AuthenticationError, NotFoundError, PlanLimitError } from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import type { Administration, TaxRate } from '../moneybird/schemas';
import {
  type BookingKind,
  ExistingBookings,
  type ExistingBookingsOptions,
  type FoundBooking,
  type WantedBooking,
} from './existing-bookings';

/**
 * How many other administrations are looked in. An owner has one or two more (last year's BV, a
 * second business); a login that reaches dozens (a bookkeeper's) would spend the request budget on
 * books that are not the shop's. Moneybird lists them in a stable order; the first ones are taken.
 */
export const MAX_OTHER_ADMINISTRATIONS = 5;

export interface AdministrationName {
  id: string;
  /** The name the owner gave it in Moneybird. */
  name: string;
}

/** A booking found in another administration under one of the order's references. */
export interface BookingElsewhere {
  administration: AdministrationName;
  style: BookingKind;
  reference: string;
  booking: FoundBooking;
}

export type OtherAdministrationsOptions = Omit<ExistingBookingsOptions, 'moneybird' | 'contactKeysOf'> & {
  /** The connected administration's client; the others are reached with the same login. */
  moneybird: MoneybirdClient;
  /** The administrations the login reaches (as the run read them with the locked period). */
  administrations: () => Promise<Administration[]>;
};

interface OtherAdministration extends AdministrationName {
  client: MoneybirdClient;
  bookings: ExistingBookings;
  /** Set when Moneybird refused to let this login read it (no rights there, its plan, gone). */
  unreadable: boolean;
}

export class OtherAdministrations {
  private others: OtherAdministration[] | undefined;
  private connected: AdministrationName | undefined;
  private taxRateRequests = 0;
  private passedOver = 0;
  private readonly taxRates = new Map<string, TaxRate[]>();

  constructor(private readonly options: OtherAdministrationsOptions) {}

  /** Requests made so far (the look-ups in each, and the tax rates of those adopted from). */
  get requests(): number {
    return this.taxRateRequests + (this.others ?? []).reduce((sum, o) => sum + o.bookings.requests, 0);
  }

  /** The other administrations the login reaches beyond the ones looked in (the limit), once read. */
  get notLookedIn(): number {
    return this.passedOver;
  }

  /** The connected administration as Moneybird names it, once the list was read. */
  get connectedAdministration(): AdministrationName | undefined {
    return this.connected;
  }

  /** Looks the wanted references up in every other administration (each once per run). */
  async lookUp(wanted: readonly WantedBooking[]): Promise<void> {
    if (wanted.length === 0) return;
    for (const other of await this.administrations()) {
      if (other.unreadable) continue;
      try {
        await other.bookings.lookUp(wanted);
      } catch (error) {
        if (!refusedThere(error)) throw error;
        other.unreadable = true;
      }
    }
  }

  /** Every booking found under this reference in this style, in any other administration. */
  bookingsOf(style: BookingKind, reference: string): BookingElsewhere[] {
    const found: BookingElsewhere[] = [];
    for (const other of this.others ?? []) {
      for (const booking of other.bookings.bookingsOf(style, reference) ?? [])
        found.push({ administration: { id: other.id, name: other.name }, style, reference, booking });
    }
    return found;
  }

  /** That administration's tax rates, for the figures of a booking adopted from it (read once). */
  async taxRatesOf(administrationId: string): Promise<TaxRate[]> {
    const known = this.taxRates.get(administrationId);
    if (known) return known;
    const other = this.others?.find((o) => o.id === administrationId);
    if (!other) return [];
    const rates = await other.client.taxRates();
    this.taxRateRequests += 1;
    this.taxRates.set(administrationId, rates);
    return rates;
  }

  private async administrations(): Promise<OtherAdministration[]> {
    if (this.others) return this.others;
    const { moneybird, administrations, ...options } = this.options;
    const listed = await administrations();
    const connectedId = moneybird.administrationId;
    const connected = listed.find((a) => a.id === connectedId);
    this.connected = connected && { id: connected.id, name: connected.name.trim() };
    const others = listed.filter((a) => a.id !== connectedId);
    this.passedOver = Math.max(0, others.length - MAX_OTHER_ADMINISTRATIONS);
    this.others = others.slice(0, MAX_OTHER_ADMINISTRATIONS).map((a) => {
      const client = moneybird.forAdministration(a.id);
      return {
        id: a.id,
        name: a.name.trim(),
        client,
        bookings: new ExistingBookings({ ...options, moneybird: client }),
        unreadable: false,
      };
    });
    return this.others;
  }
}

/**
 * Moneybird refused this login that one administration, not everything: no rights there (403), its
 * plan (402), or it is gone (404). Its books are then not looked in; a revoked token (401) or a
 * failing connection is the run's problem, and is thrown.
 */
function refusedThere(error: unknown): boolean {
  return (
    (error instanceof AuthenticationError && error.status === 403) ||
    error instanceof PlanLimitError ||
    error instanceof NotFoundError
  );
}
