import { useId } from 'react';
import type { MappingField } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { pick } from '../../i18n/text';
import type { Problem } from '../../state/setup-store';
import { useLocale, useText } from '../../state/store-context';

type MappingOption = MappingField['options'][number];

const optionText = (option: MappingOption, locale: Locale) =>
  option.detail ? `${option.name} — ${pick(option.detail, locale)}` : option.name;

/**
 * One mapping choice: a select of Moneybird's records, why it is proposed, and what to check. Once
 * the owner's own pick answers its warning, the warning gives way to a calm note of that pick; a
 * value Winkelbrug filled in can be kept as it is with one button. A record that does not fit the
 * field (a tax rate in another box of the VAT return) says so while it is chosen, whoever chose it.
 */
export function MappingFieldControl({
  field,
  value,
  onChange,
  onKeep,
  problem,
  missing,
  answered,
}: {
  field: MappingField;
  value: string;
  onChange: (value: string) => void;
  /** The owner keeps the value shown (a select cannot pick what it already shows). */
  onKeep: () => void;
  problem: Problem | null;
  /** Required and nothing chosen (after the owner tried to go on). */
  missing: boolean;
  /** The owner chose this field's value here, and it answers what the field asked. */
  answered: boolean;
}) {
  const t = useText();
  const locale = useLocale();
  const id = useId();
  const changed = value !== (field.value ?? '');
  const shownOption = field.options.find((option) => option.id === value);
  const showReason = field.reason !== null && !changed && !answered;
  const showWarning = field.warning !== null && !answered;
  const caution = shownOption?.caution ?? null;
  const canKeep = showWarning && shownOption !== undefined && !problem;
  const described = [
    `${id}-help`,
    showReason ? `${id}-reason` : null,
    answered ? `${id}-chosen` : null,
    showWarning ? `${id}-warning` : null,
    caution ? `${id}-caution` : null,
    problem || missing ? `${id}-problem` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const className =
    showWarning || caution
      ? 'mapping-field has-warning'
      : answered
        ? 'mapping-field is-chosen'
        : 'mapping-field';
  return (
    <div
      className={className}
      data-testid="mapping-field"
      data-path={field.path}
      data-state={showWarning || caution ? 'warning' : answered ? 'chosen' : undefined}
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
            {optionText(option, locale)}
          </option>
        ))}
      </select>
      {/* A proposal's reason is a whole sentence of its own ("Voorstel: …"): nothing is joined to it here. */}
      {showReason && field.reason && (
        <p className="reason-text" id={`${id}-reason`}>
          {pick(field.reason, locale)}
        </p>
      )}
      {answered && shownOption && (
        <p className="chosen-text" id={`${id}-chosen`} data-testid="mapping-chosen">
          {t('mapping.chosen', { choice: optionText(shownOption, locale) })}
        </p>
      )}
      {showWarning && field.warning && (
        <p className="warning-text" id={`${id}-warning`}>
          {pick(field.warning, locale)}
        </p>
      )}
      {caution && (
        <p className="warning-text" id={`${id}-caution`} data-testid="mapping-caution">
          {pick(caution, locale)}
        </p>
      )}
      {canKeep && (
        <button type="button" className="keep-choice" data-testid="mapping-keep" onClick={onKeep}>
          {t('mapping.keep')}
        </button>
      )}
      {(problem || missing) && (
        <p className="field-issue" id={`${id}-problem`} role="alert">
          {problem ? pick(problem, locale) : t('mapping.missing')}
        </p>
      )}
    </div>
  );
}
