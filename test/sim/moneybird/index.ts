// The Moneybird API v2 + OAuth simulator: a real HTTP server on 127.0.0.1 that behaves like
// Moneybird (ids, money strings, arithmetic, errors, scopes, rate limit, OAuth), for the tests,
// the demo and the benchmarks.
import { type SimServer, startSimServer } from '../common/http-server';
import { RateLimiter, TokenStore } from './access';
import { handleApi } from './api';
import { AdministrationBooks, type Clock } from './books';
import { ContractRecorder, ContractViolationError } from './contract';
import { isoDate } from './format';
import { hexGenerator, IdSequence } from './ids';
import { distortTotals, type TotalsDistortion } from './invoices';
import { type LateVisibility, setLateVisibility } from './late-visibility';
import { lockPeriod } from './locked-period';
import { type OAuthClient, OAuthServer } from './oauth';
import {
  addExistingContact,
  addExistingInvoice,
  addLedgerAccountInTheApp,
  addTaxRateInTheApp,
  archiveContactInTheApp,
  deleteContactInTheApp,
  deleteInvoiceBehindTheBack,
  type ExistingContact,
  type ExistingInvoice,
  editInvoiceLineBehindTheBack,
  type InvoiceLineEdit,
  type NewLedgerAccount,
  type NewTaxRate,
  removeInvoiceLineBehindTheBack,
  setLedgerAccountActiveInTheApp,
  setTaxRateActiveInTheApp,
} from './owner-actions';

export interface MoneybirdSimOptions {
  port?: number;
  seed?: number;
  /** Default 150 per 300_000 ms; null = off. */
  rateLimit?: { requests: number; windowMs: number } | null;
  /** Registered OAuth applications; a client may register several redirect URIs (one may be OOB). */
  oauthClients?: OAuthClient[];
  /** Seconds; when set, OAuth access tokens expire and token responses carry expires_in. */
  accessTokenExpiresIn?: number;
  /**
   * Validate every exchange against the official spec and record violations on `contract`
   * (close() then rejects if any were left unexamined). Default: on under vitest, off otherwise.
   */
  contract?: boolean;
  /**
   * Administrations after the two every simulator has ("Winkelbrug Demo B.V." and "Tweede Zaak
   * V.O.F."), visible in GET /administrations and on the consent page.
   */
  extraAdministrations?: ExtraAdministration[];
  /**
   * Moneybird's totals differ from the invoice the client sent (in every administration): by a
   * cent or by a rate on create, or by a cent when the draft is sent. See `TotalsDistortion`.
   */
  distortTotals?: TotalsDistortion;
  /**
   * The default administration's books are locked up to this date (`period_locked_until`): a
   * write dated on or before it answers 422 (see locked-period.ts). Changeable with
   * `owner.lockPeriodUntil`.
   */
  periodLockedUntil?: string;
  /**
   * New contacts, invoices and payments (in every administration) stay out of the lists,
   * find_by_reference and the synchronization endpoints for a while after the create answered.
   * See `LateVisibility`; changeable with `owner.setLateVisibility`.
   */
  lateVisibility?: LateVisibility;
}

export interface ExtraAdministration {
  name: string;
  /** No active revenue ledger account: every account of type revenue is archived. */
  withoutRevenueLedger?: boolean;
}

export interface MoneybirdSim {
  /** Host root: /oauth/authorize, /oauth/token. */
  url: string;
  /** url + '/api/v2' */
  apiBaseUrl: string;
  /** A personal API token with scopes sales_invoices and settings. */
  token: string;
  /** The default administration (a 64-bit id as a decimal string). */
  administrationId: string;
  /** Every administration, in the order GET /administrations lists them. */
  administrations: Array<{ id: string; name: string }>;
  server: SimServer;
  // The agreed API hands tests plain API JSON; `any` keeps their property access terse.
  books: {
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    salesInvoices(administrationId?: string): any[];
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    externalSalesInvoices(administrationId?: string): any[];
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    contacts(administrationId?: string): any[];
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    payments(administrationId?: string): any[];
  };
  /** An extra personal token with exactly these scopes. */
  issueToken(scopes: string[]): string;
  /** Later requests with it get 401. */
  revokeToken(token: string): void;
  /**
   * What the owner does in Moneybird's own app, outside the API: the contacts and invoices an
   * administration already holds, and changes behind the product's back. Each takes the
   * administration last (default: the default one) and answers in the API's JSON shape.
   */
  owner: {
    /** A contact entered earlier (optionally archived since). */
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    addContact(contact: ExistingContact, administrationId?: string): any;
    /** An invoice entered earlier (sales or external; draft, open or paid), with its reference. */
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    addInvoice(invoice: ExistingInvoice, administrationId?: string): any;
    /** The invoice (sales or external) deleted in the app, with its payments. */
    deleteInvoice(invoiceId: string, administrationId?: string): void;
    /** One line of an invoice changed in the app (its totals follow). */
    editInvoiceLine(invoiceId: string, line: number, edit: InvoiceLineEdit, administrationId?: string): void;
    /** One line of an invoice removed in the app. */
    removeInvoiceLine(invoiceId: string, line: number, administrationId?: string): void;
    /** `period_locked_until`, a date (YYYY-MM-DD) or null to unlock. */
    lockPeriodUntil(date: string | null, administrationId?: string): void;
    /** A ledger account added to the chart of accounts (revenue unless said otherwise). */
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    addLedgerAccount(account: NewLedgerAccount, administrationId?: string): any;
    /** A ledger account archived (false) or brought back (true). */
    setLedgerAccountActive(ledgerAccountId: string, active: boolean, administrationId?: string): void;
    /** A sales tax rate added in the app's settings. */
    // biome-ignore lint/suspicious/noExplicitAny: agreed simulator API (sim-apis.md)
    addTaxRate(rate: NewTaxRate, administrationId?: string): any;
    /** A tax rate deactivated (false) or activated again (true); invoices on an inactive one are refused. */
    setTaxRateActive(taxRateId: string, active: boolean, administrationId?: string): void;
    /** Late visibility for writes answered from now on (null: off). */
    setLateVisibility(setting: LateVisibility | null, administrationId?: string): void;
    /** A contact deleted in the app; throws, as Moneybird refuses, while an invoice uses it. */
    deleteContact(contactId: string, administrationId?: string): void;
    /** A contact archived in the app (its invoices stay; lists leave it out unless asked). */
    archiveContact(contactId: string, administrationId?: string): void;
  };
  /** Contract violations recorded so far (when contract validation is on). */
  contract?: ContractRecorder;
  close(): Promise<void>;
}

export const DEFAULT_RATE_LIMIT = { requests: 150, windowMs: 300_000 };

export async function startMoneybirdSim(options: MoneybirdSimOptions = {}): Promise<MoneybirdSim> {
  const seed = options.seed ?? 1;
  const ids = new IdSequence(seed);
  const randomHex = hexGenerator(seed);
  const clock: Clock = { now: () => new Date(), today: () => isoDate(new Date()) };
  const administrations = new Map<string, AdministrationBooks>();
  const wanted: ExtraAdministration[] = [
    { name: 'Winkelbrug Demo B.V.' },
    { name: 'Tweede Zaak V.O.F.' },
    ...(options.extraAdministrations ?? []),
  ];
  for (const { name, withoutRevenueLedger } of wanted) {
    const id = ids.next();
    administrations.set(
      id,
      new AdministrationBooks(
        {
          id,
          name,
          language: 'nl',
          currency: 'EUR',
          country: 'NL',
          time_zone: 'Europe/Amsterdam',
          access: 'user',
          suspended: false,
          period_locked_until: null,
          period_start_date: '2025-01-01',
        },
        ids,
        clock,
        { revenueLedgersArchived: withoutRevenueLedger ?? false },
      ),
    );
  }
  if (options.distortTotals)
    for (const books of administrations.values()) distortTotals(books, options.distortTotals);
  if (options.lateVisibility)
    for (const books of administrations.values()) setLateVisibility(books, options.lateVisibility);
  const administrationId = [...administrations.keys()][0]!;
  if (options.periodLockedUntil)
    lockPeriod(administrations.get(administrationId)!, options.periodLockedUntil);
  const tokens = new TokenStore();
  const issueToken = (scopes: string[]): string =>
    tokens.add({
      token: randomHex(32),
      scopes: new Set(scopes),
      administrationIds: null,
      revoked: false,
      expiresAt: null,
    }).token;
  const token = issueToken(['sales_invoices', 'settings']);
  const limiter = new RateLimiter(options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit);
  let url = '';
  const oauth = new OAuthServer({
    clients: options.oauthClients ?? [],
    tokens,
    administrations,
    accessTokenExpiresIn: options.accessTokenExpiresIn,
    now: () => Date.now(),
    randomHex,
  });

  const server = await startSimServer(
    (request) => {
      if (request.path.startsWith('/oauth/')) return oauth.handle(request);
      if (request.path === '/api/v2' || request.path.startsWith('/api/v2/'))
        return handleApi(
          { tokens, limiter, administrations, now: () => Date.now(), url: () => url },
          request,
        );
      return { status: 404, body: { error: 'Not found', symbolic: { route: 'not_found' } } };
    },
    { port: options.port, seed },
  );
  url = server.url;

  const useContract = options.contract ?? Boolean(process.env.VITEST);
  const contract = useContract ? new ContractRecorder() : undefined;
  if (contract) server.observers.push(contract.observer);

  const booksOf = (id?: string): AdministrationBooks => {
    const books = administrations.get(id ?? administrationId);
    if (!books) throw new Error(`No administration ${id} in the Moneybird simulator`);
    return books;
  };

  return {
    url,
    apiBaseUrl: `${url}/api/v2`,
    token,
    administrationId,
    administrations: [...administrations.values()].map((b) => ({
      id: b.administration.id,
      name: String(b.administration.name),
    })),
    server,
    books: {
      salesInvoices: (id) => {
        const b = booksOf(id);
        return [...b.salesInvoices.values()].map((i) => b.salesInvoiceResponse(i));
      },
      externalSalesInvoices: (id) => {
        const b = booksOf(id);
        return [...b.externalInvoices.values()].map((i) => b.externalInvoiceResponse(i));
      },
      contacts: (id) => {
        const b = booksOf(id);
        return [...b.contacts.values()].map((c) => b.contactResponse(c));
      },
      payments: (id) => {
        const b = booksOf(id);
        return [...b.salesInvoices.values(), ...b.externalInvoices.values()].flatMap((i) =>
          i.payments.map((p) => b.paymentResponse(p)),
        );
      },
    },
    owner: {
      addContact: (contact, id) => addExistingContact(booksOf(id), contact),
      addInvoice: (invoice, id) => addExistingInvoice(booksOf(id), invoice),
      deleteInvoice: (invoiceId, id) => deleteInvoiceBehindTheBack(booksOf(id), invoiceId),
      editInvoiceLine: (invoiceId, line, edit, id) =>
        editInvoiceLineBehindTheBack(booksOf(id), invoiceId, line, edit),
      removeInvoiceLine: (invoiceId, line, id) =>
        removeInvoiceLineBehindTheBack(booksOf(id), invoiceId, line),
      lockPeriodUntil: (date, id) => lockPeriod(booksOf(id), date),
      addLedgerAccount: (account, id) => addLedgerAccountInTheApp(booksOf(id), ids.next(), account),
      setLedgerAccountActive: (ledgerId, active, id) =>
        setLedgerAccountActiveInTheApp(booksOf(id), ledgerId, active),
      addTaxRate: (rate, id) => addTaxRateInTheApp(booksOf(id), ids.next(), rate),
      setTaxRateActive: (rateId, active, id) => setTaxRateActiveInTheApp(booksOf(id), rateId, active),
      setLateVisibility: (setting, id) => setLateVisibility(booksOf(id), setting),
      deleteContact: (contactId, id) => deleteContactInTheApp(booksOf(id), contactId),
      archiveContact: (contactId, id) => archiveContactInTheApp(booksOf(id), contactId),
    },
    issueToken,
    revokeToken: (t) => tokens.revoke(t),
    contract,
    close: async () => {
      await server.close();
      const left = contract?.take() ?? [];
      if (left.length) throw new ContractViolationError(left);
    },
  };
}

export type { ContractViolation } from './contract';
export { ContractRecorder, ContractViolationError, watchMoneybirdContract } from './contract';
export type { TotalsDistortion } from './invoices';
export type { LateVisibility } from './late-visibility';
export type { OAuthClient } from './oauth';
export { OOB_REDIRECT_URI } from './oauth';
export type { ExistingContact, ExistingInvoice, ExistingInvoiceLine, InvoiceLineEdit } from './owner-actions';
