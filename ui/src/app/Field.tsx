import { type ReactNode, useId } from 'react';
import { FormattedMessage } from 'react-intl';

/** What a control needs to be labelled and to point at its error. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * A labelled form control with its error under it. `children` renders the
 * control with the props that tie it to the label and the error.
 */
export function Field({
  label,
  name,
  error,
  required,
  hint,
  wide,
  children,
}: {
  label: string;
  /** Names the error for tests: `error-<name>`. */
  name: string;
  error?: string | null;
  required?: boolean;
  hint?: string;
  wide?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="field-required">
            {' '}
            <FormattedMessage id="form.required" />
          </span>
        )}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}
