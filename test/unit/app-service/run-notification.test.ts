// The one notification a finished run may raise: parked orders, a refused connection, the history
// import done; never one per order, and none when there is nothing to tell.
import { describe, expect, it } from 'vitest';
import {
  type FinishedRunFacts,
  notificationForRun,
} from '../../../src/main/core/app-service/run-notification';
import { notificationSchema } from '../../../src/shared/contract';

const refused = {
  code: 'authentication',
  message: {
    nl: 'Moneybird accepteert de koppeling niet meer: de sleutel is ingetrokken of ongeldig. Koppel Moneybird opnieuw in de instellingen.',
    en: 'Moneybird no longer accepts the connection: the key was revoked or is invalid. Connect Moneybird again in the settings.',
  },
};

function run(facts: Partial<FinishedRunFacts> = {}): FinishedRunFacts {
  return {
    runId: 42,
    kind: 'scheduled',
    parkedOrders: [],
    error: null,
    previousErrorCode: null,
    importCompleted: null,
    ...facts,
  };
}

/** The decision, checked against the contract's schema, so the event it becomes is never dropped. */
function decide(facts: FinishedRunFacts) {
  const notification = notificationForRun(facts);
  if (notification) expect(notificationSchema.parse(notification)).toEqual(notification);
  return notification;
}

describe('the notification of a finished run', () => {
  it('is none for a run with nothing to tell: booked orders only, or nothing at all', () => {
    expect(decide(run())).toBeNull();
    expect(decide(run({ kind: 'manual' }))).toBeNull();
    // A run that failed for a passing reason (the shop was unreachable) is retried by itself.
    expect(
      decide(run({ error: { code: 'transient', message: { nl: 'Niet bereikbaar.', en: 'Unreachable.' } } })),
    ).toBeNull();
  });

  it('is one for a run that parked one order, naming it', () => {
    const notification = decide(run({ parkedOrders: ['1042'] }));
    expect(notification).toMatchObject({ id: 'run-42-orders-parked', kind: 'orders-parked' });
    expect(notification?.title).toEqual({ nl: '1 bestelling wacht op jou', en: '1 order needs you' });
    expect(notification?.body.nl).toContain('bestelling 1042');
    expect(notification?.body.en).toContain('order 1042');
  });

  it('is one for a run that parked many orders, with their count in each language’s digits', () => {
    const parkedOrders = Array.from({ length: 1_250 }, (_, i) => String(5000 + i));
    const notification = decide(run({ parkedOrders }));
    expect(notification?.kind).toBe('orders-parked');
    expect(notification?.title).toEqual({
      nl: '1.250 bestellingen wachten op jou',
      en: '1,250 orders need you',
    });
    // One notification, not one per order: no order number is named.
    expect(notification?.body.nl).not.toContain('5000');
  });

  it('is one for a run that found booked orders called off in the shop, after the parked ones', () => {
    const one = decide(run({ calledOffOrders: ['1042'] }));
    expect(one).toMatchObject({ id: 'run-42-orders-cancelled-in-shop', kind: 'orders-cancelled-in-shop' });
    expect(one?.title).toEqual({
      nl: 'Bestelling 1042 is geannuleerd in je winkel',
      en: 'Order 1042 was cancelled in your shop',
    });
    expect(one?.body.nl).toContain('nog als omzet');
    const many = decide(run({ calledOffOrders: ['1042', '1043'] }));
    expect(many?.title.nl).toBe('2 bestellingen geannuleerd in je winkel');
    // One notification per run: orders parked in the same run need the owner more.
    expect(decide(run({ parkedOrders: ['1044'], calledOffOrders: ['1042'] }))?.kind).toBe('orders-parked');
  });

  it('is one for a refused token, with what happened and what to do', () => {
    const notification = decide(run({ error: refused }));
    expect(notification).toEqual({
      id: 'run-42-connection-refused',
      kind: 'connection-refused',
      title: { nl: 'Een koppeling werkt niet meer', en: 'A connection stopped working' },
      body: refused.message,
    });
  });

  it('tells a refused token once, not again for every run that meets the same refusal', () => {
    expect(decide(run({ runId: 43, error: refused, previousErrorCode: 'authentication' }))).toBeNull();
    // After the owner connected again and it was refused anew, it is told again.
    expect(decide(run({ runId: 44, error: refused, previousErrorCode: null }))?.kind).toBe(
      'connection-refused',
    );
  });

  it('is one when the history import finished, with the orders and the day it started from', () => {
    const notification = decide(
      run({ kind: 'import', importCompleted: { since: '2026-03-01', orders: 2_314 } }),
    );
    expect(notification).toMatchObject({ id: 'run-42-import-finished', kind: 'import-finished' });
    expect(notification?.body).toEqual({
      nl: 'Winkelbrug heeft 2.314 bestellingen sinds 1 maart 2026 verwerkt.',
      en: 'Winkelbrug handled 2,314 orders since 1 March 2026.',
    });
  });

  it('tells a finished import with the orders it parked in the same one notification', () => {
    const notification = decide(
      run({
        kind: 'import',
        parkedOrders: ['7', '8', '9'],
        importCompleted: { since: '2026-03-01', orders: 120 },
      }),
    );
    expect(notification?.kind).toBe('import-finished');
    expect(notification?.body.nl).toContain('3 daarvan wachten op jou');
    expect(notification?.body.en).toContain('3 of them need you');
  });

  it('puts a refused connection before parked orders when a run has both to tell', () => {
    const notification = decide(run({ parkedOrders: ['1', '2'], error: refused }));
    expect(notification?.kind).toBe('connection-refused');
  });
});
