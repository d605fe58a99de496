import { useId, useState } from 'react';
import { LOG_LINE_LEVELS, LOG_SEARCH_MAX_LENGTH } from '../../../shared/contract';
import { periodReversed, useLog } from '../../state/log-store';
import { useText } from '../../state/store-context';
import { DateField } from '../common/DateField';
import { PeriodReversedIssue, UnreadableDayIssue } from '../common/FilterDateIssue';

/** The log's filters: kind, order number, period and words. Each change searches again. */
export function LogFilters() {
  const t = useText();
  const id = useId();
  const form = useLog((state) => state.form);
  const setForm = useLog((state) => state.setForm);
  const clearForm = useLog((state) => state.clearForm);
  const reversed = periodReversed(form);
  // A date field holding text that is no day: said under that field, as the list ignores it.
  const [unreadable, setUnreadable] = useState({ from: false, until: false });
  // Counts "Filters wissen": the date fields start afresh, dropping text that was no day.
  const [cleared, setCleared] = useState(0);

  return (
    <search aria-label={t('log.filters.label')}>
      <form className="log-filters" data-testid="log-filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-level`}>{t('log.filter.level')}</label>
          <select
            id={`${id}-level`}
            data-testid="log-filter-level"
            value={form.minLevel}
            onChange={(event) =>
              setForm({ minLevel: LOG_LINE_LEVELS.find((level) => level === event.target.value) ?? 'info' })
            }
          >
            {LOG_LINE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`log.filter.level.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-order`}>{t('log.filter.order')}</label>
          <input
            id={`${id}-order`}
            data-testid="log-filter-order"
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={64}
            value={form.orderNumber}
            onChange={(event) => setForm({ orderNumber: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('log.filter.from')}</label>
          <DateField
            key={`from-${cleared}`}
            id={`${id}-from`}
            testId="log-filter-from"
            value={form.fromDay}
            describedBy={unreadable.from ? `${id}-from-issue` : undefined}
            onUnreadable={(from) => setUnreadable((current) => ({ ...current, from }))}
            onChange={(fromDay) => setForm({ fromDay })}
          />
          {unreadable.from && (
            <UnreadableDayIssue
              id={`${id}-from-issue`}
              field={t('log.filter.from')}
              testId="log-from-unreadable"
            />
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>{t('log.filter.until')}</label>
          <DateField
            key={`until-${cleared}`}
            id={`${id}-until`}
            testId="log-filter-until"
            value={form.untilDay}
            min={form.fromDay || undefined}
            invalid={reversed}
            describedBy={reversed ? `${id}-period` : unreadable.until ? `${id}-until-issue` : undefined}
            onUnreadable={(until) => setUnreadable((current) => ({ ...current, until }))}
            onChange={(untilDay) => setForm({ untilDay })}
          />
          {unreadable.until && (
            <UnreadableDayIssue
              id={`${id}-until-issue`}
              field={t('log.filter.until')}
              testId="log-until-unreadable"
            />
          )}
          {reversed && (
            <PeriodReversedIssue
              id={`${id}-period`}
              field={t('log.filter.until')}
              from={form.fromDay}
              testId="log-period-issue"
            />
          )}
        </div>
        <div className="field log-filter-text">
          <label htmlFor={`${id}-text`}>{t('log.filter.text')}</label>
          <input
            id={`${id}-text`}
            data-testid="log-filter-text"
            type="search"
            autoComplete="off"
            maxLength={LOG_SEARCH_MAX_LENGTH}
            aria-describedby={`${id}-text-hint`}
            value={form.text}
            onChange={(event) => setForm({ text: event.target.value })}
          />
          <p className="field-hint" id={`${id}-text-hint`}>
            {t('log.filter.text.hint')}
          </p>
        </div>
        <div className="log-filter-clear">
          <button
            type="button"
            className="link-button"
            data-testid="log-filter-clear"
            onClick={() => {
              clearForm();
              // Also what was typed in a date field but is no day: the form never held it.
              setCleared((count) => count + 1);
            }}
          >
            {t('log.filter.clear')}
          </button>
        </div>
      </form>
    </search>
  );
}
