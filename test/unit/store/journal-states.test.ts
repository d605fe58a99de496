import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOKING_FLOWS,
  BOOKING_STYLES,
  type BookingStyle,
  hasMoneybirdWrites,
  JOURNAL_STATES,
  type JournalState,
  PROGRESS_STEPS,
  type Progress,
  resumeTarget,
  type TransitionSubject,
  transitionProblem,
} from '../../../src/main/core/store/journal-states';

const at = (state: JournalState, style: BookingStyle | null = 'sales_invoice', progress?: Progress) => ({
  state,
  progress: progress ?? (state as Progress),
  bookingStyle: style,
});

describe('the journal state machine', () => {
  it.each(BOOKING_STYLES)('walks the %s flow one confirmed step at a time', (style) => {
    const flow = BOOKING_FLOWS[style];
    for (let i = 0; i + 1 < flow.length; i++) {
      expect(transitionProblem(at(flow[i]!, style), flow[i + 1]!)).toBeNull();
    }
  });

  it('never goes back to an earlier step, nor skips a required one', () => {
    expect(transitionProblem(at('sent'), 'invoice_created')).toMatch(/never undone/);
    expect(transitionProblem(at('invoice_created'), 'sent')).toMatch(/"totals_ok" comes first/);
    expect(transitionProblem(at('pending'), 'invoice_created')).toMatch(/"contact_ok" comes first/);
    expect(transitionProblem(at('contact_ok'), 'contact_ok')).toMatch(/already/);
  });

  it('lets an external invoice be created without a contact step, and has no send or totals step', () => {
    expect(transitionProblem(at('pending', 'external_invoice'), 'invoice_created')).toBeNull();
    expect(transitionProblem(at('invoice_created', 'external_invoice'), 'totals_ok')).toMatch(/not a step/);
    expect(transitionProblem(at('invoice_created', 'external_invoice'), 'sent')).toMatch(/not a step/);
    expect(transitionProblem(at('invoice_created', 'external_invoice'), 'paid')).toBeNull();
  });

  it('needs a booking style to become pending', () => {
    expect(transitionProblem(at('discovered', null), 'pending')).toMatch(/booking style/);
    expect(transitionProblem(at('discovered', 'external_invoice'), 'pending')).toBeNull();
    expect(transitionProblem(at('discovered'), 'contact_ok')).toMatch(/pending/);
  });

  it('only lets an order without Moneybird writes fall back to discovered', () => {
    expect(transitionProblem(at('pending'), 'discovered')).toBeNull();
    expect(transitionProblem(at('contact_ok'), 'discovered')).toMatch(/Moneybird/);
    expect(hasMoneybirdWrites('pending')).toBe(false);
    expect(hasMoneybirdWrites('contact_ok')).toBe(true);
  });

  it('parks, waits and skips from a booking step, and resumes only at the step it held', () => {
    for (const hold of ['parked', 'waiting_transient', 'skipped'] as const) {
      expect(transitionProblem(at('invoice_created'), hold)).toBeNull();
    }
    const parked = at('parked', 'sales_invoice', 'invoice_created');
    expect(resumeTarget(parked)).toBe('invoice_created');
    expect(transitionProblem(parked, 'invoice_created')).toBeNull();
    expect(transitionProblem(parked, 'totals_ok')).toMatch(/resumes at its last confirmed step/);
    expect(transitionProblem(parked, 'pending')).toMatch(/resumes/);
    expect(transitionProblem(parked, 'waiting_transient')).toMatch(/only an order being booked/);
    expect(transitionProblem(at('waiting_transient', 'sales_invoice', 'sent'), 'parked')).toBeNull();
    expect(transitionProblem(at('skipped', 'sales_invoice', 'pending'), 'parked')).toMatch(/resumed first/);
    expect(resumeTarget(at('pending'))).toBeNull();
  });

  it('never moves a booked order', () => {
    for (const to of JOURNAL_STATES) expect(transitionProblem(at('done'), to)).toMatch(/booked/);
  });

  it('keeps confirmed progress monotonic over any sequence of accepted moves', () => {
    const subjects = fc.record({
      style: fc.constantFrom(...BOOKING_STYLES),
      moves: fc.array(fc.constantFrom(...JOURNAL_STATES), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(subjects, ({ style, moves }) => {
        let subject: TransitionSubject = { state: 'discovered', progress: 'discovered', bookingStyle: style };
        let highest = 0;
        for (const to of moves) {
          if (transitionProblem(subject, to) !== null) continue;
          const progress = (PROGRESS_STEPS as readonly string[]).includes(to)
            ? (to as Progress)
            : subject.progress;
          subject = { ...subject, state: to, progress };
          const rank = PROGRESS_STEPS.indexOf(progress);
          // Only pending -> discovered may step back, and only before any Moneybird write.
          if (rank < highest) expect(highest).toBeLessThanOrEqual(PROGRESS_STEPS.indexOf('pending'));
          highest = Math.max(highest, rank);
          if (subject.state === 'done') break;
        }
      }),
    );
  });
});
