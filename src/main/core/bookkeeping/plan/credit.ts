// The credit step of a plan: what a credit order may credit, and the refunds that settle its credit
// note. All credits of one order together never exceed it. A refund is never invented: it is the
// shop's own refund record (a `refund` mutation on the original order's payments), each booked as a
// payment of its own, on its day, under its transaction reference, on the account of its payment
// method (a gift card as a sale settles one: `settlePayment`). A credit whose refund the shop has not
// recorded, or not in full, gets no payment: its credit note stays open, awaiting it.
//
// Which records settle which credit is worked out again on every run, from the original's records
// (in the order they happened: day, then id) and its credits in the journal, the same way whichever
// credit asks, so no record settles two credits:
//   1. Each credit already paid used the records it kept when its payments were confirmed; one paid
//      before credits kept them used the earliest record of exactly its amount.
//   2. The credits awaiting theirs take, in order-number order, the next record of exactly their
//      amount: one record that fits is always preferred.
//   3. A paid credit no record of its amount was left for took several (or was settled by hand): it
//      used the earliest records left that together make its amount, sparing those of step 2 if it
//      can (else they are its, and a credit that loses its record takes the next one, or waits).
//   4. The awaiting credits no single record fits share the records still left only when these make
//      exactly their total (every part recorded, none another credit's): each, in order-number
//      order, gets the earliest that make its amount, and takes them once those ahead of it are
//      paid (so step 3 finds again what they took). A partial picture settles none of them, and a
//      credit waits while another awaiting credit of its amount outside them could, once this one
//      is paid, see its own record counted as this one's in step 1.
import { abs, type Decimal, parseDecimal, sum } from '../../money/decimal';
import type { MoneybirdReferenceData } from '../reference-data';
import { isRefusal, type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey } from '../settings';
import type { ShopRefund } from '../shop-payments';
import { fmt, moneyWording } from './amounts';
import { type PlannedPayment, settlePayment } from './payments';

/** Another credit order of the same original, as the journal knows it. */
export interface OtherCredit {
  orderNumber: string;
  /** What it credits, incl. VAT, positive. */
  total: Decimal;
  /** Its credit note is in Moneybird (the journal holds its invoice id). */
  booked: boolean;
  /** Its refund is registered (or it needed none): it has used a refund record, if any. */
  paid: boolean;
  /** The refund records its payments were made from, when it kept them (paid since migration 29). */
  refundIds?: readonly string[];
}

/** What the plan of a credit order knows besides the original's booking. */
export interface CreditContext {
  orderNumber: string;
  originalNumber: string;
  /** The original's total incl. VAT. */
  originalTotal: Decimal;
  /** This credit's total incl. VAT (the sign does not matter). */
  creditTotal: Decimal;
  otherCredits: readonly OtherCredit[];
  /** The orders' currency, for the owner's text. */
  currency: string;
}

/** Refuses a credit that, with the credits of the same order already booked, credits more than was sold. */
export function creditWithinOriginal(credit: CreditContext): Refusal | undefined {
  const before = sum(credit.otherCredits.filter((c) => c.booked).map((c) => abs(c.total)));
  const total = abs(credit.creditTotal);
  if (before + total <= abs(credit.originalTotal)) return undefined;
  return refuse(
    'credit_exceeds_original',
    {
      order: credit.orderNumber,
      original: credit.originalNumber,
      creditTotal: fmt(total),
      creditedBefore: fmt(before),
      originalTotal: fmt(abs(credit.originalTotal)),
    },
    moneyWording(
      { creditTotal: total, creditedBefore: before, originalTotal: abs(credit.originalTotal) },
      credit.currency,
    ),
  );
}

/** Per-line rounding may leave a credit's VAT at a rate a cent above the sale's; more is no rounding. */
const CREDIT_VAT_ROUNDING = 10_000n;

/**
 * Refuses a credit that takes more VAT back at a rate than the sale it credits charged at that rate:
 * its total may fit, but the VAT return would lose VAT in one box that was never declared there.
 */
export function creditVatWithinOriginal(
  orderNumber: string,
  original: { orderNumber: string; taxByTaxRateId?: Record<string, string> },
  groups: readonly { taxRateId: string; tax: Decimal }[],
  percentages: ReadonlyMap<string, Decimal>,
  currency: string,
): Refusal | undefined {
  const sold = original.taxByTaxRateId ?? {};
  for (const group of groups) {
    const soldTax = sold[group.taxRateId];
    const creditTax = abs(group.tax);
    const allowed = soldTax === undefined ? 0n : abs(parseDecimal(soldTax));
    if (creditTax <= allowed + CREDIT_VAT_ROUNDING) continue;
    const percentage = percentages.get(group.taxRateId);
    return refuse(
      'credit_vat_exceeds_original',
      {
        order: orderNumber,
        original: original.orderNumber,
        rate: percentage === undefined ? '?' : rateKey(percentage),
        creditVat: fmt(creditTax),
        originalVat: fmt(allowed),
      },
      moneyWording({ creditVat: creditTax, originalVat: allowed }, currency),
    );
  }
  return undefined;
}

/** The steps a search for records that make an amount may take, over all credits of a plan. */
const SEARCH_STEPS = 50_000;

/** A credit of the original as the pick sees it. */
interface Claim {
  orderNumber: string;
  amount: Decimal;
}

/**
 * The refund records that settle this credit (the module's header says how), in the order they
 * happened; none while the shop has not recorded its refund in full.
 */
export function pickRefunds(
  refunds: readonly ShopRefund[],
  credit: { orderNumber: string; total: Decimal },
  otherCredits: readonly OtherCredit[],
): ShopRefund[] {
  const own: Claim = { orderNumber: credit.orderNumber, amount: abs(credit.total) };
  if (own.amount === 0n) return [];
  const records = refunds
    .filter((r) => abs(r.amount) > 0n)
    .sort((a, b) =>
      a.refundedOn === b.refundedOn ? compareIds(a.id, b.id) : a.refundedOn < b.refundedOn ? -1 : 1,
    );
  const amounts = records.map((r) => abs(r.amount));
  const taken = records.map(() => false);
  const free = (also: (i: number) => boolean = () => true) =>
    amounts.flatMap((_, i) => (!taken[i] && also(i) ? [i] : []));
  const search = { amounts, steps: SEARCH_STEPS };
  const byNumber = (a: Claim, b: Claim) => compareIds(a.orderNumber, b.orderNumber);
  const others = otherCredits
    .map((c) => ({ ...c, amount: abs(c.total) }))
    .filter((c) => c.amount > 0n)
    .sort(byNumber);

  // 1. Each paid credit's records: those it kept, first (a fact, not worked out); else the record
  //    of its amount; those without one settled otherwise.
  const kept = others.filter((o) => o.paid && o.refundIds !== undefined && o.refundIds.length > 0);
  const keptIds = new Set(kept.flatMap((c) => c.refundIds!));
  records.forEach((r, i) => {
    if (keptIds.has(r.id)) taken[i] = true;
  });
  const paidOtherwise: Claim[] = [];
  for (const c of others.filter((o) => o.paid && !kept.includes(o))) {
    const [i] = free((j) => amounts[j] === c.amount);
    if (i === undefined) paidOtherwise.push(c);
    else taken[i] = true;
  }
  // 2. The awaiting credits' records of their amount, in line (again after step 3).
  const waiting = [...others.filter((c) => !c.paid && c.booked), own].sort(byNumber);
  const inLine = () => {
    const single = new Map<Claim, number>();
    for (const c of waiting) {
      const used = new Set(single.values());
      const [i] = free((j) => amounts[j] === c.amount && !used.has(j));
      if (i !== undefined) single.set(c, i);
    }
    return single;
  };
  // 3. What the paid credits settled otherwise used, sparing the records in line if they can.
  const held = new Set(inLine().values());
  for (const c of paidOtherwise) {
    const spared = free((i) => !held.has(i));
    const set = firstSet(c.amount, spared, search) ?? firstSet(c.amount, free(), search);
    for (const i of set ?? []) taken[i] = true;
  }
  const single = inLine();
  const mine = single.get(own);
  if (mine !== undefined) return [records[mine]!];
  for (const i of single.values()) taken[i] = true;
  // 4. Several records, only when those left make exactly what the credits without one credit.
  const unmatched = waiting.filter((c) => !single.has(c));
  const left = free();
  if (sum(left.map((i) => amounts[i]!)) !== sum(unmatched.map((c) => c.amount))) return [];
  // Each takes the earliest that make its amount, in line, as step 3 finds them again once it is
  // paid; when not all of them can, none does. One whose share comes after another's waits until
  // that one is paid.
  let share: number[] | undefined;
  for (const c of unmatched) {
    const set = firstSet(c.amount, free(), search);
    if (!set) return [];
    for (const i of set) taken[i] = true;
    if (c === own) share = set;
  }
  // Of an amount an awaiting credit outside the share has too, it waits: once paid, step 1 would
  // take that one's single record for it, and give that one these.
  const twin = others.some((c) => !c.paid && c.amount === own.amount && !unmatched.includes(c));
  if (unmatched[0] !== own || twin || !share) return [];
  return share.map((i) => records[i]!);
}

/** The records' amounts (by index) and the steps a search for sets of them has left. */
interface Search {
  amounts: readonly Decimal[];
  steps: number;
}

/**
 * The earliest records of the pool (indices in the order they happened) that together make
 * `target`: compared record by record, the set that goes back less far first. A search that runs
 * out of steps finds none: the credit then waits, as it would without the records.
 */
function firstSet(target: Decimal, pool: readonly number[], search: Search): number[] | undefined {
  const chosen: number[] = [];
  const walk = (from: number, total: Decimal): boolean => {
    for (let k = from; k < pool.length; k++) {
      search.steps -= 1;
      if (search.steps < 0) return false;
      const next = total + search.amounts[pool[k]!]!;
      if (next > target) continue;
      chosen.push(pool[k]!);
      if (next === target || walk(k + 1, next)) return true;
      chosen.pop();
    }
    return false;
  };
  return walk(0, 0n) ? chosen : undefined;
}

/** Numbers as text compare as numbers when both are whole numbers, else as text. */
function compareIds(a: string, b: string): number {
  const pattern = /^\d+$/;
  if (pattern.test(a) && pattern.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface RefundPaymentInput {
  orderNumber: string;
  /** The credit's booking reference: the transaction identifier when the refund names none. */
  reference: string;
  refund: ShopRefund;
  /** The original order's payment method, when the refund record does not say. */
  originalMethod?: string;
  settings: BookkeepingSettings;
  moneybird: MoneybirdReferenceData;
  /** Administration currency per unit of the order's, for a foreign-currency credit. */
  exchangeRate?: Decimal;
}

/**
 * A refund as a negative payment on the credit note, settled as its payment method is (the method's
 * account; a gift card its account or the owner's liability ledger).
 */
export function refundPayment(input: RefundPaymentInput): PlannedPayment | Refusal {
  return settlePayment(
    {
      orderNumber: input.orderNumber,
      settings: input.settings,
      moneybird: input.moneybird,
      ...(input.exchangeRate !== undefined && { exchangeRate: input.exchangeRate }),
    },
    input.refund.method ?? input.originalMethod,
    -abs(input.refund.amount),
    input.refund.refundedOn,
    input.refund.transactionReference ?? input.reference,
  );
}

/** How a credit's refund stands in its plan. */
export type CreditRefund =
  | { kind: 'none_needed' }
  /** Settled by these refund records (their ids), one payment each. */
  | { kind: 'registered'; refundIds: string[] }
  | { kind: 'awaiting' };

/** The credit's payments: one per shop refund record that settles it, else none (awaiting them). */
export function planCreditRefund(
  input: Omit<RefundPaymentInput, 'refund'> & {
    creditTotal: Decimal;
    refunds: readonly ShopRefund[];
    otherCredits: readonly OtherCredit[];
  },
): { payments: PlannedPayment[]; refund: CreditRefund } | Refusal {
  if (input.creditTotal === 0n) return { payments: [], refund: { kind: 'none_needed' } };
  const refunds = pickRefunds(
    input.refunds,
    { orderNumber: input.orderNumber, total: input.creditTotal },
    input.otherCredits,
  );
  if (refunds.length === 0) return { payments: [], refund: { kind: 'awaiting' } };
  const payments: PlannedPayment[] = [];
  for (const refund of refunds) {
    const payment = refundPayment({ ...input, refund });
    if (isRefusal(payment)) return payment;
    payments.push(payment);
  }
  return { payments, refund: { kind: 'registered', refundIds: refunds.map((r) => r.id) } };
}
