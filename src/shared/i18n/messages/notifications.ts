// The desktop notifications a run may raise (at most one per run), in both languages. Short: the
// title says what happened, the body what to do; the app itself has the details.
import { defineCatalog } from '../translate';

export const notificationMessages = defineCatalog({
  nl: {
    'notify.parked.title.one': '1 bestelling wacht op jou',
    'notify.parked.title.other': '{count} bestellingen wachten op jou',
    'notify.parked.body.one':
      'Winkelbrug kon bestelling {order} niet boeken. Open Winkelbrug om te zien waarom en wat je kunt doen.',
    'notify.parked.body.other':
      'Winkelbrug kon {count} bestellingen niet boeken. Open Winkelbrug om te zien waarom en wat je kunt doen.',
    'notify.cancelled.title.one': 'Bestelling {order} is geannuleerd in je winkel',
    'notify.cancelled.title.other': '{count} bestellingen geannuleerd in je winkel',
    'notify.cancelled.body.one':
      'Ze staat in Moneybird nog als omzet geboekt. Open Winkelbrug om te zien wat je kunt doen.',
    'notify.cancelled.body.other':
      'Ze staan in Moneybird nog als omzet geboekt. Open Winkelbrug om te zien wat je kunt doen.',
    'notify.refused.title': 'Een koppeling werkt niet meer',
    'notify.import.title': 'Eerdere bestellingen zijn geboekt',
    'notify.import.body': 'Winkelbrug heeft {count} bestellingen sinds {since} verwerkt.',
    'notify.import.body.parked.one':
      'Winkelbrug heeft {count} bestellingen sinds {since} verwerkt. Eén daarvan wacht op jou: open Winkelbrug om die te bekijken.',
    'notify.import.body.parked.other':
      'Winkelbrug heeft {count} bestellingen sinds {since} verwerkt. {parked} daarvan wachten op jou: open Winkelbrug om ze te bekijken.',
  },
  en: {
    'notify.parked.title.one': '1 order needs you',
    'notify.parked.title.other': '{count} orders need you',
    'notify.parked.body.one':
      'Winkelbrug could not book order {order}. Open Winkelbrug to see why and what you can do.',
    'notify.parked.body.other':
      'Winkelbrug could not book {count} orders. Open Winkelbrug to see why and what you can do.',
    'notify.cancelled.title.one': 'Order {order} was cancelled in your shop',
    'notify.cancelled.title.other': '{count} orders cancelled in your shop',
    'notify.cancelled.body.one':
      'Moneybird still holds it as revenue. Open Winkelbrug to see what you can do.',
    'notify.cancelled.body.other':
      'Moneybird still holds them as revenue. Open Winkelbrug to see what you can do.',
    'notify.refused.title': 'A connection stopped working',
    'notify.import.title': 'Earlier orders have been booked',
    'notify.import.body': 'Winkelbrug handled {count} orders since {since}.',
    'notify.import.body.parked.one':
      'Winkelbrug handled {count} orders since {since}. One of them needs you: open Winkelbrug to look at it.',
    'notify.import.body.parked.other':
      'Winkelbrug handled {count} orders since {since}. {parked} of them need you: open Winkelbrug to look at them.',
  },
});

export type NotificationMessageKey = keyof (typeof notificationMessages)['nl'];
