import { useId } from 'react';
import type { MappingField } from '../../../shared/contract';
import { pick } from '../../i18n/text';
import type { Problem } from '../../state/setup-store';
import { useLocale, useText } from '../../state/store-context';

/** One mapping choice: a select of Moneybird's records, why it is proposed, and what to check. */
export function MappingFieldControl({
  field,
  value,
  onChange,
  problem,
  missing,
}: {
  field: MappingField;
  value: string;
  onChange: (value: string) => void;
  problem: Problem | null;
  /** Required and nothing chosen (after the owner tried to go on). */
  missing: boolean;
}) {
  const t = useText();
  const locale = useLocale();
  const id = useId();
  const changed = value !== (field.value ?? '');
  const described = [
    `${id}-help`,
    field.reason && !changed ? `${id}-reason` : null,
    field.warning ? `${id}-warning` : null,
    problem || missing ? `${id}-problem` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={field.warning ? 'mapping-field has-warning' : 'mapping-field'}
      data-testid="mapping-field"
      data-path={field.path}
    >
      <label htmlFor={id}>
        {pick(field.label, locale)}
        {field.required && <span className="required"> ({t('mapping.required')})</span>}
      </label>
      <p className="field-hint" id={`${id}-help`}>
        {pick(field.help, locale)}
      </p>
      <select
        id={id}
        value={value}
        required={field.required}
        aria-invalid={problem || missing ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
      >
        {(value === '' || !field.required) && <option value="">{t('mapping.none')}</option>}
        {field.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.detail ? `${option.name} — ${option.detail}` : option.name}
          </option>
        ))}
      </select>
      {field.reason && !changed && (
        <p className="reason-text" id={`${id}-reason`}>
          {!field.stored && field.value !== null ? `${t('mapping.proposed')} ` : ''}
          {pick(field.reason, locale)}
        </p>
      )}
      {field.warning && (
        <p className="warning-text" id={`${id}-warning`}>
          {pick(field.warning, locale)}
        </p>
      )}
      {(problem || missing) && (
        <p className="field-issue" id={`${id}-problem`} role="alert">
          {problem ? pick(problem, locale) : t('mapping.missing')}
        </p>
      )}
    </div>
  );
}
