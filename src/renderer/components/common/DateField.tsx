import { useEffect, useRef, useState } from 'react';
import { useLocale, useText } from '../../state/store-context';
import { dayText, parseDayText } from './day-text';

/**
 * A date field that shows and takes a day the Dutch way ("30-09-2026"; "30/09/2026" in English),
 * whatever the language of the computer or browser: a browser's own date field follows the system
 * and shows "09/30/2026" on an American one. Beside it a button opens the browser's calendar.
 *
 * Like `<input type="date">` it holds yyyy-mm-dd: `value` and `onChange` are that, or '' while what
 * is typed is no day yet. The text the owner types stays as typed until they leave the field.
 *
 * Text that is no day ("31-09-2026", "30-9") is marked invalid once the owner leaves the field, and
 * `onUnreadable` hears of it, so a form can say what to type; a form that checks `value` itself
 * (required) says so already.
 */
export function DateField({
  id,
  value,
  onChange,
  min,
  max,
  required,
  disabled,
  invalid,
  describedBy,
  testId,
  onUnreadable,
}: {
  id?: string;
  /** yyyy-mm-dd, or '' for no day. */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
  /** Whether the field holds text that is no day, told once the owner has left it. */
  onUnreadable?: (unreadable: boolean) => void;
}) {
  const t = useText();
  const locale = useLocale();
  const [text, setText] = useState(() => dayText(value, locale));
  const field = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  // Judged from the first time the owner leaves the field: not while they are still typing a day.
  const [left, setLeft] = useState(false);
  const unreadable = left && text.trim() !== '' && parseDayText(text) === null;
  const tell = useRef(onUnreadable);
  tell.current = onUnreadable;
  useEffect(() => {
    tell.current?.(unreadable);
  }, [unreadable]);

  // A day set from outside (or the language switched): show it, unless the text already says it.
  useEffect(() => {
    setText((current) => {
      const typed = parseDayText(current);
      if (value === '') return typed === null ? current : '';
      return typed === value ? current : dayText(value, locale);
    });
  }, [value, locale]);

  const type = (next: string) => {
    setText(next);
    onChange(parseDayText(next) ?? '');
  };

  const openCalendar = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // No calendar here: typing the day is the way.
      field.current?.focus();
    }
  };

  return (
    <span className="date-field">
      <input
        ref={field}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('dateField.placeholder')}
        value={text}
        required={required}
        disabled={disabled}
        aria-invalid={invalid || unreadable || undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        data-day={parseDayText(text) ?? ''}
        onChange={(event) => type(event.target.value)}
        onBlur={() => {
          setLeft(true);
          const day = parseDayText(text);
          if (day) setText(dayText(day, locale));
        }}
      />
      <button
        type="button"
        className="date-field-pick"
        aria-label={t('dateField.pick')}
        title={t('dateField.pick')}
        disabled={disabled}
        onClick={openCalendar}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="2" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1v3M11 1v3" stroke="currentColor" />
        </svg>
      </button>
      {/* The browser's calendar, opened by the button; what is picked there goes into the field. */}
      <input
        ref={picker}
        type="date"
        className="date-field-native"
        tabIndex={-1}
        aria-hidden="true"
        value={parseDayText(text) ?? ''}
        min={min}
        max={max}
        disabled={disabled}
        onChange={(event) => {
          const day = event.target.value;
          if (!day) return;
          setText(dayText(day, locale));
          onChange(day);
        }}
      />
    </span>
  );
}
