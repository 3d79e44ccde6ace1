import { useId } from 'react';

/** One labelled input with its error underneath, tied together for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  note,
  placeholder,
  type = 'text',
  lang,
  dir,
  min,
  max,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A short mark beside the label, e.g. "Standard" when the value is the built-in one. */
  note?: string | undefined;
  placeholder?: string | undefined;
  type?: 'text' | 'number' | 'time' | 'date' | 'url' | 'color';
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  min?: number;
  max?: number;
  className?: string;
}) {
  const id = useId();
  const described = [note ? `${id}-note` : null, hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const labelled = (
    <label className="field__label" htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {note ? (
        <div className="field__head">
          {labelled}
          <span id={`${id}-note`} className="tag">
            {note}
          </span>
        </div>
      ) : (
        labelled
      )}
      <input
        id={id}
        className="field__input"
        type={type}
        value={value}
        placeholder={placeholder}
        lang={lang}
        dir={dir}
        min={min}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
