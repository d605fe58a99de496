import { useId } from 'react';
import { LOG_LINE_LEVELS, LOG_SEARCH_MAX_LENGTH } from '../../../shared/contract';
import { formatDate } from '../../i18n/text';
import { periodReversed, useLog } from '../../state/log-store';
import { useLocale, useText } from '../../state/store-context';

/** The log's filters: kind, order number, period and words. Each change searches again. */
export function LogFilters() {
  const t = useText();
  const locale = useLocale();
  const id = useId();
  const form = useLog((state) => state.form);
  const setForm = useLog((state) => state.setForm);
  const clearForm = useLog((state) => state.clearForm);
  const reversed = periodReversed(form);

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
          <input
            id={`${id}-from`}
            data-testid="log-filter-from"
            type="date"
            value={form.fromDay}
            onChange={(event) => setForm({ fromDay: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>{t('log.filter.until')}</label>
          <input
            id={`${id}-until`}
            data-testid="log-filter-until"
            type="date"
            value={form.untilDay}
            min={form.fromDay || undefined}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? `${id}-period` : undefined}
            onChange={(event) => setForm({ untilDay: event.target.value })}
          />
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
          <button type="button" className="link-button" data-testid="log-filter-clear" onClick={clearForm}>
            {t('log.filter.clear')}
          </button>
        </div>
        {reversed && (
          <p
            className="field-issue log-period-issue"
            id={`${id}-period`}
            role="alert"
            data-testid="log-period-issue"
          >
            {t('log.filter.period.invalid', { from: formatDate(form.fromDay, locale) })}
          </p>
        )}
      </form>
    </search>
  );
}
