// Messages between the benchmark and its simulator process (over Node's IPC channel).

export type HostRequest = { id: number; type: 'stats' | 'books' | 'close' };

export interface HostReady {
  type: 'ready';
  /** What `npm run sim` would print, plus the compressed rate window. */
  env: Record<string, string>;
  /** The owner's choices where the simulator's Moneybird data is ambiguous. */
  mapping: Record<string, unknown>;
  statuses: number[];
  /** Where the transport-floor process mirrors the engine's exchanges (see transport-floor.ts). */
  mirrorUrl: string;
  generated: number;
  eligible: number;
}

export interface RequestStats {
  /** Every Moneybird request the engine made (the owner's mapping look-up is not counted). */
  moneybirdRequests: number;
  /** Reference data and the contact synchronization (bulk load). */
  setupRequests: number;
  contactsCreated: number;
  /** Contacts kept current: one PATCH for a customer whose details changed in the shop. */
  contactUpdates: number;
  /** A credit note's adjustment of its duplicated draft: the one request it costs beyond an invoice. */
  creditNoteRequests: number;
  /**
   * The look-ups before booking orders the journal did not know (sales and external invoices'
   * synchronization lists and fetches): adoption's cost, apart from the bookings'.
   */
  adoptionRequests: number;
  /** Requests that changed something in Moneybird (not GET, not a synchronization read). */
  writes: number;
  throttled429: number;
  mwwRequests: number;
  moneybirdByRoute: Record<string, number>;
  mwwByRoute: Record<string, number>;
  firstMoneybirdAt: number | null;
  lastMoneybirdAt: number | null;
  /** When the 151st, 301st, … request arrived: past the first, the budget sets the pace. */
  everyBudgetAt: number[];
}

export interface BookedInvoice {
  reference: string;
  state: string;
  total: string;
  payments: number;
}

export interface BooksSummary {
  /** The invoices of the benchmarked style. */
  invoices: BookedInvoice[];
  /** Invoices of the other style: there should be none. */
  otherStyleInvoices: number;
  payments: number;
  /** Order numbers the owner would expect booked (chosen status, paid, not a test order). */
  eligible: string[];
  /** Booking reference → the shop's total (negative for a credit order). */
  expectedTotals: Record<string, string>;
}

/** The shape of one HTTP exchange the engine made: what the transport carried, not what it meant. */
export interface ExchangeShape {
  /** When the simulator received the request (ms since the epoch): the floor keeps the engine's pace. */
  at: number;
  method: string;
  requestBytes: number;
  responseBytes: number;
}

/** JSON text of exactly `bytes` bytes (at least 2): the stand-in for a request or answer body. */
export function paddedJson(bytes: number): string {
  return bytes < 12 ? '{}'.padEnd(Math.max(2, bytes)) : `{"pad":"${'x'.repeat(bytes - 10)}"}`;
}

/** Messages between the benchmark and the transport-floor process. */
export type FloorRequest = { type: 'start'; mirrorUrl: string } | { type: 'stop' };
export interface FloorReport {
  type: 'floor';
  exchanges: number;
  cpuMs: number;
}

export type HostReply =
  | { id: number; type: 'stats'; stats: RequestStats }
  | { id: number; type: 'books'; books: BooksSummary }
  | { id: number; type: 'closed' };
