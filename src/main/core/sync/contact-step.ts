// The contact step of a booking: the customer's contact found among the ones Moneybird holds (and
// kept current when the shop's details changed), or made once, even when a create's answer was
// lost; a credit goes on its original's contact. Confirmed as contact_ok together with the invoice
// create's announcement, in one transaction.
import type { ContactOrigin } from '../../../shared/contract/orders';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { type BookingPlan, SHARED_CONTACT_KEY } from '../bookkeeping';
import { vatNumberKey } from '../bookkeeping/vat-number';
import type { JournalEntry, WriteIntent } from '../store';
import type { BookingContext } from './booking-executor';
import { ParkError } from './booking-executor';
import {
  contactInMoneybird,
  keepContactCurrent,
  markCreatedContact,
  refreshContacts,
  toContactRecord,
  updatedFieldsWording,
} from './contact-directory';

/** What the step runs with: the executor's context, and its rule for a create whose outcome is unknown. */
export interface ContactStepDeps
  extends Pick<BookingContext, 'store' | 'moneybird' | 'now' | 'logInTransaction'> {
  /** Runs a create; an unknown outcome is settled by `resolve` (the executor's rule). */
  uncertainAware<T, R>(create: () => Promise<T>, resolve: () => Promise<R | undefined>): Promise<T | R>;
}

/** Another order's contact create for the same customer is not settled: this order waits. */
export class ContactCreateInDoubt extends Error {
  constructor(
    readonly orderNumber: string,
    readonly otherOrder: string,
  ) {
    super(`order ${orderNumber} waits for the contact create of order ${otherOrder}`);
  }
}

export class ContactStep {
  constructor(private readonly deps: ContactStepDeps) {}

  async ensure(plan: BookingPlan, entry: JournalEntry, resumed: WriteIntent | null): Promise<JournalEntry> {
    const { store, moneybird } = this.deps;
    const key = plan.contact.match.key;
    let known = store.contacts.lookup(key);
    if (!known && resumed === 'contact') {
      // A create may have landed without us hearing back: the contact list says whether it did.
      await refreshContacts(moneybird, store.contacts, this.deps.now());
      known = store.contacts.lookup(key);
    }
    let contactId = known?.contactId;
    // How the contact came, for the order's page: kept on the contact step.
    let origin: ContactOrigin = 'added';
    if (known) {
      // This order's own create, announced before and unheard of since (a crash, a lost answer),
      // that the contact list now shows: made by Winkelbrug all the same.
      const ownCreate = resumed === 'contact' && store.contacts.createAnnouncedBy(key) === entry.orderNumber;
      // A known customer: an update only when the shop's details changed (idempotent, no intent).
      // Its log line is written with the cache's mark of it, so a booking stopped before this step
      // was recorded neither loses the line nor writes it again when it resumes.
      const upkeep = await keepContactCurrent(
        moneybird,
        store.contacts,
        known,
        plan.contact,
        entry.orderNumber,
        (update) =>
          this.deps.logInTransaction('info', update.message, {
            order: entry.orderNumber,
            contactId,
            fields: update.fields,
          }),
      );
      const icpUpdated =
        plan.vatTreatment === 'reverse_charge' &&
        (await this.icpVatNumberOnContact(plan, entry.orderNumber, known.contactId));
      const updated = upkeep.kind === 'updated' || upkeep.kind === 'updated_earlier' || icpUpdated;
      origin = ownCreate ? 'added' : updated ? 'updated' : 'found';
    } else {
      // Another order's create for this customer may still land (its answer was lost): creating a
      // second one now could leave two contacts for one customer. This order waits its turn.
      const other = store.contacts.createAnnouncedBy(key);
      if (other !== undefined && other !== entry.orderNumber && this.createInDoubt(other))
        throw new ContactCreateInDoubt(entry.orderNumber, other);
      const order = entry.orderNumber;
      entry = store.transaction(() => {
        store.contacts.announceCreate(key, order);
        return store.journal.intendWrite(order, 'pending', 'contact');
      });
      const contact = await this.deps.uncertainAware(
        () => moneybird.createContact({ ...plan.contact.create }),
        async () => {
          await refreshContacts(moneybird, store.contacts, this.deps.now());
          return store.contacts.lookup(key)?.contactId;
        },
      );
      if (typeof contact === 'string') contactId = contact;
      else {
        store.contacts.putContact(toContactRecord(contact));
        markCreatedContact(store.contacts, contact.id, plan.contact);
        contactId = contact.id;
      }
    }
    // The invoice create is announced with this step: one transaction instead of two. The
    // customer's contact is known now, so no create of theirs is in doubt any more.
    const order = entry.orderNumber;
    return store.transaction(() => {
      store.contacts.settleCreate(key, order);
      return store.journal.transition(order, {
        from: 'pending',
        to: 'contact_ok',
        patch: { contactId, vatTreatment: plan.vatTreatment },
        intent: 'invoice',
        // The shared contact, found or made, is no contact of the customer's own: the owner looking
        // for their name in Moneybird would not find it.
        contact: plan.contact.match.kind === 'shared' ? 'shared' : origin,
      });
    });
  }

  /**
   * A credit's contact is its original's (the credit note is made from, or names, that invoice): no
   * look-up, no create, no update with the details of an order the customer placed long ago. Null
   * when the journal does not know the original's contact.
   */
  onOriginals(plan: BookingPlan, entry: JournalEntry): JournalEntry | null {
    if (!plan.creditOf) return null;
    const { store } = this.deps;
    const contactId = store.journal.get(plan.creditOf.orderNumber)?.moneybird.contactId;
    if (!contactId) return null;
    return store.journal.transition(entry.orderNumber, {
      from: 'pending',
      to: 'contact_ok',
      patch: { contactId, vatTreatment: plan.vatTreatment },
      intent: 'invoice',
      // The original's contact, on its invoice in Moneybird: found, not made; the shared contact
      // when the original was booked on it.
      contact: store.contacts.keysOf(contactId).includes(SHARED_CONTACT_KEY) ? 'shared' : 'found',
    });
  }

  /**
   * An intra-community supply is zero-rated on the buyer's VAT number, which Moneybird prints on the
   * invoice and lists in the ICP return from the contact: the contact must carry the order's number,
   * whatever it held before (another number, none) and whatever the shop said last time. With
   * "keep contacts current" on it is set (one PATCH, only when it differs); off, the order parks.
   * True when it was set.
   */
  private async icpVatNumberOnContact(
    plan: BookingPlan,
    orderNumber: string,
    contactId: string,
  ): Promise<boolean> {
    const { store, moneybird } = this.deps;
    const wanted = plan.contact.details.tax_number;
    if (!wanted) return false;
    let details = store.contacts.lookup(plan.contact.match.key)?.details ?? null;
    if (details === null) {
      const record = toContactRecord(await moneybird.getContact(contactId));
      store.contacts.putContact(record);
      details = record.details ?? {};
    }
    const held = details.tax_number ?? '';
    if (vatNumberKey(held, details.country) === vatNumberKey(wanted)) return false;
    if (!plan.contact.updateExisting)
      throw new ParkError(
        localize(syncMessages, 'sync.icp_contact_vat_number', {
          order: orderNumber,
          contactVatNumber: held || '-',
          vatNumber: wanted,
        }),
        'icp_contact_vat_number',
      );
    const answer = await moneybird.updateContact(contactId, { tax_number: wanted });
    let announce: (() => void) | undefined;
    store.transaction(() => {
      store.contacts.putContact(toContactRecord(answer));
      announce = this.deps.logInTransaction('info', updatedFieldsWording(orderNumber, ['tax_number']), {
        order: orderNumber,
        contactId,
        fields: ['tax_number'],
      });
    });
    announce?.();
    return true;
  }

  /** Whether Moneybird still holds the contact: the cache knows it, or Moneybird answers for it. */
  async stillThere(contactId: string): Promise<boolean> {
    if (this.deps.store.contacts.keysOf(contactId).length > 0) return true;
    return contactInMoneybird(this.deps.moneybird, contactId);
  }

  /** Whether that order's contact create may still land: it is still being tried, its intent open. */
  private createInDoubt(orderNumber: string): boolean {
    const holder = this.deps.store.journal.get(orderNumber);
    return (
      holder !== undefined &&
      holder.writeIntent === 'contact' &&
      (holder.state === 'pending' || holder.state === 'waiting_transient')
    );
  }
}
