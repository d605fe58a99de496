// The reasons the sync sets an order aside by itself (skipped, not held for the owner): the shop called
// it off before it was booked, or the owner's start date has moved past it while it waited for its
// payment. Kept apart from the modules that decide them, so that the app service (which offers no retry
// for either: a retry would set the order aside again) needs the codes, not the sync's machinery.

/** Set aside because the shop called the order off before it was booked (`shop-cancellations.ts`). */
export const CANCELLED_IN_SHOP = 'cancelled_in_shop';

/** Set aside as dated before the start date, unpaid when it moved past it (`order-admission.ts`). */
export const BEFORE_START_DATE = 'before_start_date';
