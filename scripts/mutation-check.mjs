#!/usr/bin/env node
// A small mutation check for the guards the sync promise rests on (issue 15): each guard is disabled
// in turn, in a scratch copy of the working tree, by one precise textual replacement, and the tests
// that stand for it must then FAIL. A mutant whose tests still pass means the guard could be removed
// without any test noticing. A pattern that is not found fails the check too, so a refactor cannot
// silently skip a mutant: update the pattern with the code.
//
//   npm run mutation-check                    every mutant
//   npm run mutation-check -- totals contact  only the mutants whose id contains one of the arguments
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const TOTALS_TESTS = ['test/integration/sync/totals-differ.test.ts'];
const ENGINE = 'test/integration/sync/engine.test.ts';
const ELIGIBILITY = 'test/integration/sync/eligibility.test.ts';
const CONTACTS = 'test/integration/sync/contact-match.test.ts';
const HELPERS = 'test/unit/bookkeeping/helpers.test.ts';
const PAID_UNIT = { file: HELPERS, name: 'paid means captured, zero total or a credit' };
const ADOPTION = 'test/integration/sync/adoption.test.ts';
const ADOPTION_UNIT = 'test/unit/sync/adoption.test.ts';
const BOOK_AGAIN = 'test/integration/sync/book-again.test.ts';
const LEAVE_DELETED = 'test/integration/sync/leave-deleted-explores.test.ts';

/**
 * Each mutant: the file, the exact text to find (exactly once), what replaces it, and the tests that
 * must fail once it is in: a file (all its tests), or { file, name } (the tests whose name holds it).
 */
const MUTANTS = [
  {
    id: 'plan-lines-not-adding-up-booked',
    guard: 'A booking plan is refused when the lines do not add up exactly to the order total',
    file: 'src/main/core/bookkeeping/plan/shop-figures.ts',
    find: 'if (lineSum !== order.total)',
    replace: 'if (false)',
    tests: [
      { file: 'test/unit/bookkeeping/plan-steps.test.ts', name: 'a one-cent gap is named first' },
      { file: 'test/unit/bookkeeping/refusals.test.ts', name: 'lines_do_not_add_up' },
    ],
  },
  {
    id: 'plan-vat-beyond-rounding-booked',
    guard: 'VAT that differs by more than per-line rounding explains is refused, not booked away',
    file: 'src/main/core/bookkeeping/plan/rounding.ts',
    find: "if (abs(difference) > bound) return refuse('vat_mismatch', figures, written);",
    replace: '',
    tests: [{ file: 'test/unit/bookkeeping/plan-steps.test.ts', name: 'larger than half a cent per line' }],
  },
  {
    id: 'plan-locked-period-ignored',
    guard: "An order dated in Moneybird's locked period is not sent until the owner chooses",
    file: 'src/main/core/bookkeeping/plan/booking-date.ts',
    find: 'if (!periodLockedUntil || order.date > periodLockedUntil)',
    replace: 'if (true)',
    tests: ['test/integration/sync/locked-period.test.ts'],
  },
  {
    id: 'credit-original-under-lock',
    guard: 'A credit of an order in a period locked since is credited, not parked as unreadable',
    file: 'src/main/core/sync/credit-originals.ts',
    find: 'moveOutOfLockedPeriod: true,',
    replace: 'moveOutOfLockedPeriod: false,',
    tests: [
      {
        file: 'test/integration/reconciliation/owner-explores.test.ts',
        name: 'booked before the accountant locked its month',
      },
    ],
  },
  {
    id: 'totals-always-equal',
    guard: 'The totals check: compareTotals answers "equal" whatever Moneybird computed',
    file: 'src/main/core/sync/totals-check.ts',
    find: 'export function compareTotals(plan: BookingPlan, invoice: InvoiceTotals): TotalsProblem | null {\n',
    replace:
      'export function compareTotals(plan: BookingPlan, invoice: InvoiceTotals): TotalsProblem | null {\n  return null;\n',
    tests: TOTALS_TESTS,
  },
  {
    id: 'totals-vat-per-rate-ignored',
    guard: 'The totals check: only the total is compared, not the VAT per rate',
    file: 'src/main/core/sync/totals-check.ts',
    find: 'if (expected !== actual)',
    replace: 'if (false)',
    tests: TOTALS_TESTS,
  },
  {
    id: 'totals-park-on-create-skipped',
    guard: 'The executor parks an order whose created invoice fails its check (totals, VAT boxes)',
    file: 'src/main/core/sync/booking-executor.ts',
    find: 'if (created.problem)',
    replace: 'if (false)',
    tests: TOTALS_TESTS,
  },
  {
    id: 'totals-after-send-unchecked',
    guard: 'The executor checks the totals of the invoice the send answered with',
    file: 'src/main/core/sync/booking-executor.ts',
    find: 'const problem = compareTotals(plan, sent);',
    replace: 'const problem = null;',
    tests: TOTALS_TESTS,
  },
  {
    id: 'totals-sent-unchecked-on-retry',
    guard: 'An order resumed at sent is paid only once the numbered invoice shows the shop totals',
    file: 'src/main/core/sync/booking-executor.ts',
    find: 'const problem = compareTotals(plan, invoice);',
    replace: 'const problem = null;',
    tests: TOTALS_TESTS,
  },
  {
    id: 'totals-gone-invoice-not-recreated',
    guard: 'A retried order whose invoice the owner deleted is created again, not parked as gone',
    file: 'src/main/core/sync/booking-executor.ts',
    find: 'invoice ??= await this.fetchInvoice(plan, entry.moneybird.invoiceId!);',
    replace: 'invoice ??= await this.readInvoice(plan, entry);',
    tests: TOTALS_TESTS,
  },
  {
    id: 'totals-gone-invoice-recreated-without-look-up',
    guard: 'The create after a deleted invoice is looked up by reference first (its intent is announced)',
    file: 'src/main/core/sync/booking-executor.ts',
    find: 'resumed = entry.writeIntent;',
    replace: 'resumed = null;',
    tests: TOTALS_TESTS,
  },
  {
    id: 'intent-invoice-not-looked-up',
    guard: 'A resumed invoice write intent is settled by find_by_reference before creating again',
    file: 'src/main/core/sync/booking-executor.ts',
    find: "let invoice = resumed === 'invoice' ? await this.findBooking(plan, contactId) : undefined;",
    replace: 'let invoice: Invoice | undefined;',
    tests: ['test/integration/sync/write-intents.test.ts'],
  },
  {
    id: 'uncertain-create-not-resolved',
    guard: 'A create with an unknown outcome is looked up before anything is written again',
    file: 'src/main/core/sync/booking-executor.ts',
    find: 'const found = await resolve();',
    replace: 'const found = undefined;',
    tests: [{ file: ENGINE, name: 'resolves a create whose answer was lost' }],
  },
  {
    id: 'unpaid-is-paid',
    guard: 'Eligibility: an unpaid (or merely authorized) order is not paid',
    file: 'src/main/core/bookkeeping/eligibility.ts',
    find: "return state !== 'unpaid' && (state !== 'authorized' || options.acceptAuthorized === true);",
    replace: 'return true;',
    tests: [ELIGIBILITY, PAID_UNIT],
  },
  {
    id: 'authorized-always-accepted',
    guard: 'Eligibility: an authorized payment counts as paid only when the owner allows it',
    file: 'src/main/core/bookkeeping/eligibility.ts',
    find: "(state !== 'authorized' || options.acceptAuthorized === true)",
    replace: '(true)',
    tests: [ELIGIBILITY, PAID_UNIT],
  },
  {
    id: 'admission-ignores-payment',
    guard: 'The engine admits only paid orders (or credits) for booking',
    file: 'src/main/core/sync/order-admission.ts',
    find: 'const paid = isCreditOrder(order) || isPaid(order, { acceptAuthorized });',
    replace: 'const paid = true;',
    tests: [ELIGIBILITY],
  },
  {
    id: 'contact-key-case-sensitive',
    guard: 'The contact match key: the e-mail address is lower-cased',
    file: 'src/main/core/bookkeeping/contact.ts',
    find: 'const value = email.trim().toLowerCase();',
    replace: 'const value = email.trim();',
    tests: [CONTACTS, { file: HELPERS, name: 'normalises e-mail and matches exactly' }],
  },
  {
    id: 'contact-key-not-looked-up',
    guard: 'The contact step finds a known customer by the match key instead of creating a contact',
    file: 'src/main/core/sync/contact-step.ts',
    find: 'let known = store.contacts.lookup(key);',
    replace: 'let known: ReturnType<typeof store.contacts.lookup>;',
    tests: [CONTACTS],
  },
  {
    id: 'contact-create-in-doubt-ignored',
    guard: "While one order's contact create is in doubt, another order of the customer does not create one",
    file: 'src/main/core/sync/contact-step.ts',
    find: 'if (other !== undefined && other !== entry.orderNumber && this.createInDoubt(other))',
    replace: 'if (false)',
    tests: [
      {
        file: 'test/integration/sync/crash-between-write-and-confirmation.test.ts',
        name: 'two new orders of one customer',
      },
    ],
  },
  {
    id: 'contact-key-mismatch',
    guard: "The planner's e-mail key is the one the contact cache stores (email:<address>)",
    file: 'src/main/core/bookkeeping/contact.ts',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    find: 'key: `email:${email}`',
    replace: 'key: email',
    tests: [CONTACTS],
  },
  {
    id: 'adoption-contact-unchecked',
    guard: "A lost journal's re-import adopts no invoice of another contact with other lines",
    file: 'src/main/core/sync/adoption.ts',
    find: "if (contact === 'other' || contact === 'other_lines') differences.push('contact');",
    replace: '',
    tests: [{ file: ADOPTION_UNIT, name: 'parks when the contact is another' }],
  },
  {
    id: 'adoption-total-unchecked',
    guard: "A lost journal's re-import adopts no invoice of another total or currency",
    file: 'src/main/core/sync/adoption.ts',
    find: 'const sameFigures = sameTotal(invoice, plan.expected);',
    replace: 'const sameFigures = true;',
    tests: [{ file: ADOPTION, name: 'another contact or total' }],
  },
  {
    id: 'adoption-lines-unchecked',
    guard: 'Only equal lines stand in for a contact that no longer matches',
    file: 'src/main/core/sync/adoption.ts',
    find: 'return planned.every((line, i) => line === booking.lines![i]);',
    replace: 'return true;',
    tests: [{ file: ADOPTION_UNIT, name: 'whose lines differ' }],
  },
  {
    id: 'adoption-lines-on-shared-prefix',
    guard: 'On the legacy prefix two shops share, equal lines never stand in for the contact',
    file: 'src/main/core/sync/adoption.ts',
    find: "if (!sameFigures || sharesLegacyPrefix(plan.reference)) return 'other';",
    replace: "if (!sameFigures) return 'other';",
    tests: [{ file: ADOPTION_UNIT, name: 'whose lines differ' }],
  },
  {
    id: 'take-over-ignored',
    guard: 'An invoice the owner took over is adopted, not parked again',
    file: 'src/main/core/sync/adoption.ts',
    find: 'const byOwner = takeable && takenOver === invoice.id;',
    replace: 'const byOwner = false;',
    tests: [
      { file: 'test/integration/sync/invoice-take-over.test.ts', name: 'adopts the invoice the owner names' },
    ],
  },
  {
    id: 'take-over-of-other-figures',
    guard: 'An invoice of another total or VAT per rate is never taken over',
    file: 'src/main/core/sync/adoption.ts',
    find: 'const takeable = sameFigures && compareTotals(plan, invoice) === null;',
    replace: 'const takeable = sameFigures;',
    tests: [{ file: ADOPTION_UNIT, name: 'is not offered, nor taken when named' }],
  },
  {
    id: 'retry-without-look-up',
    guard: "An owner's retry looks the order's booking up before it writes again",
    file: 'src/main/core/sync/engine.ts',
    find: 'const lookUp = entry.moneybird.invoiceId === null && entry.reference !== null;',
    replace: 'const lookUp = false;',
    tests: [{ file: ADOPTION, name: 'another contact or total' }],
  },
  {
    id: 'book-again-while-invoice-there',
    guard: 'A booked order is booked again only once Moneybird confirms its invoice is gone',
    file: 'src/main/core/app-service/book-again-channels.ts',
    find: "if ((await presenceOf(client, entry)) === 'there')",
    replace: 'if (false)',
    tests: [{ file: BOOK_AGAIN, name: 'refuses while the invoice is there' }],
  },
  {
    id: 'book-again-in-other-administration',
    guard: 'Nothing is booked again when the other bookings are missing too (another administration)',
    file: 'src/main/core/app-service/book-again-channels.ts',
    find: 'if (!(await sameAdministration(client, store, entry)))',
    replace: 'if (false)',
    tests: [{ file: BOOK_AGAIN, name: 'another administration is connected' }],
  },
  {
    id: 'credits-left-behind',
    guard: 'A credit parked over its original’s absence follows the original once that is booked',
    file: 'src/main/core/sync/engine.ts',
    find: '        this.creditsFollowTheirOriginals();\n',
    replace: '',
    tests: [{ file: LEAVE_DELETED, name: 'its parked credit follows' }],
  },
  {
    id: 'book-again-without-look-up',
    guard: 'A booking asked for again is looked up by reference before anything is made',
    file: 'src/main/core/store/order-journal.ts',
    find: "        adoption: 'look_up',\n        bookedAt: null,",
    replace: '        adoption: null,\n        bookedAt: null,',
    tests: [{ file: BOOK_AGAIN, name: 'instead of doubling it' }],
  },
];

// ---- the scratch copy ------------------------------------------------------------------------------

function git(args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Where the tests find the official specs (test/support/specs.ts), resolved from the real checkout. */
function specsDir() {
  const candidates = [
    process.env.WINKELBRUG_SPECS_DIR,
    resolve(root, '../shared/specs'),
    resolve(root, '.specs-cache'),
  ].filter(Boolean);
  const found = candidates.find(
    (dir) =>
      existsSync(join(dir, 'moneybird/openapi.json')) && existsSync(join(dir, 'myonlinestore/openapi.yaml')),
  );
  if (!found) throw new Error(`No API specs in ${candidates.join(', ')}: run \`npm run specs:fetch\``);
  return found;
}

/** The working tree as git sees it (tracked and new, not ignored), with node_modules linked. */
function copyTree(copy) {
  const files = git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((f) => f && f !== 'node_modules' && !f.startsWith('node_modules/'))
    .filter((f) => existsSync(join(root, f)) && statSync(join(root, f)).isFile());
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
}

// ---- running tests ---------------------------------------------------------------------------------

/**
 * Runs these tests in the copy: files named whole in one vitest run, files narrowed to some tests
 * (by name) in another with `-t`. The result adds both up.
 */
function vitest(copy, tests, label) {
  const whole = [...new Set(tests.filter((t) => typeof t === 'string'))];
  const named = tests.filter((t) => typeof t !== 'string');
  const runs = [];
  if (whole.length > 0) runs.push(vitestOnce(copy, whole, [], `${label}-whole`));
  if (named.length > 0) {
    const files = [...new Set(named.map((t) => t.file))];
    runs.push(
      vitestOnce(
        copy,
        files,
        named.map((t) => t.name),
        `${label}-named`,
      ),
    );
  }
  return {
    status: runs.every((r) => r.status === 0) ? 0 : (runs.find((r) => r.status !== 0)?.status ?? 1),
    output: runs.map((r) => r.output).join('\n'),
    json: runs.every((r) => r.json)
      ? {
          numFailedTests: runs.reduce((n, r) => n + r.json.numFailedTests, 0),
          numPassedTests: runs.reduce((n, r) => n + r.json.numPassedTests, 0),
          numTotalTests: runs.reduce((n, r) => n + r.json.numTotalTests, 0),
          testResults: runs.flatMap((r) => r.json.testResults),
        }
      : undefined,
    seconds: runs.reduce((n, r) => n + Number(r.seconds), 0).toFixed(1),
  };
}

function vitestOnce(copy, files, names, label) {
  const report = join(copy, `.mutation-${label}.json`);
  const args = ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${report}`];
  if (names.length > 0) args.push('-t', names.map(escapeRegExp).join('|'));
  const started = Date.now();
  const result = spawnSync('npx', args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, WINKELBRUG_SPECS_DIR: specs },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    json = undefined;
  }
  rmSync(report, { force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, json, seconds };
}

/** The failing tests of a JSON report, with the first line of their message. */
function failures(json) {
  if (!json) return ['(no test report)'];
  return json.testResults.flatMap((file) => {
    const failed = file.assertionResults
      .filter((a) => a.status === 'failed')
      .map((a) => `${a.fullName}: ${String(a.failureMessages?.[0] ?? '').split('\n')[0]}`);
    if (failed.length === 0 && file.status === 'failed') failed.push(`${file.name}: ${file.message}`);
    return failed;
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- main ------------------------------------------------------------------------------------------

const wanted = process.argv.slice(2);
const mutants = wanted.length ? MUTANTS.filter((m) => wanted.some((w) => m.id.includes(w))) : MUTANTS;
if (mutants.length === 0) {
  console.error(`No mutant matches ${wanted.join(', ')}. Known: ${MUTANTS.map((m) => m.id).join(', ')}`);
  process.exit(2);
}

const specs = specsDir();

/** Runs the check in a scratch copy; the exit code. */
function check() {
  const started = Date.now();
  const scratch = mkdtempSync(join(tmpdir(), 'winkelbrug-mutation-'));
  const copy = join(scratch, 'main');
  try {
    copyTree(copy);
    // Every pattern must be there, exactly once, before anything runs.
    const missing = [];
    for (const m of mutants) {
      const text = readFileSync(join(copy, m.file), 'utf8');
      const count = text.split(m.find).length - 1;
      if (count !== 1)
        missing.push(`${m.id}: ${m.file} holds the pattern ${count} times, not once:\n    ${m.find}`);
    }
    if (missing.length > 0) {
      console.error(
        `Mutation check: patterns not found (update them with the code):\n  ${missing.join('\n  ')}`,
      );
      return 1;
    }

    // The unmutated copy must pass the same tests: otherwise a "killed" mutant proves nothing.
    const baseline = vitest(
      copy,
      mutants.flatMap((m) => m.tests),
      'baseline',
    );
    if (baseline.status !== 0 || !baseline.json || baseline.json.numFailedTests !== 0) {
      console.error(baseline.json ? failures(baseline.json).join('\n') : baseline.output);
      console.error('Mutation check: the tests fail without any mutant; fix them first.');
      return 1;
    }
    console.log(`baseline: ${baseline.json.numPassedTests} tests pass (${baseline.seconds} s)`);

    let survived = 0;
    for (const m of mutants) {
      const path = join(copy, m.file);
      const original = readFileSync(path, 'utf8');
      writeFileSync(
        path,
        original.replace(m.find, () => m.replace),
      );
      try {
        const run = vitest(copy, m.tests, m.id);
        const failedTests = run.json?.numFailedTests ?? 0;
        const ran = (run.json?.numPassedTests ?? 0) + failedTests;
        if (run.status !== 0 && failedTests > 0) {
          const by = run.json.testResults.flatMap((file) =>
            file.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName),
          );
          console.log(`killed    ${m.id}: ${failedTests} of ${ran} tests fail (${run.seconds} s)`);
          for (const name of by) console.log(`            ${name}`);
        } else if (run.status === 0) {
          survived += 1;
          console.log(`SURVIVED  ${m.id}: ${m.guard}; ${ran} tests still pass (${run.seconds} s)`);
        } else {
          // A crash or a file that did not load is no test catching the mutant.
          survived += 1;
          console.log(
            `ERROR     ${m.id}: the tests did not run (exit ${run.status})\n${run.output.slice(-3000)}`,
          );
        }
      } finally {
        writeFileSync(path, original);
      }
    }
    console.log(
      `mutation check: ${mutants.length - survived} of ${mutants.length} mutants killed in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    if (survived > 0) {
      console.error('Mutation check failed: a guard can be removed without any test noticing.');
      return 1;
    }
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exit(check());
