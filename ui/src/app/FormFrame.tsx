import type { FormEvent, KeyboardEvent, ReactNode, RefObject } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * Handles the keyboard the way a form should: Enter saves from any field but a
 * multi-line one (Ctrl+Enter there), Esc cancels. A list that handles these keys
 * itself (the person picker) marks them handled, and the form leaves them.
 */
export function formKeys(onCancel: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.nativeEvent.defaultPrevented || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter') {
      if (target.closest('button, a, summary')) return;
      if (target instanceof HTMLTextAreaElement && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
}

/**
 * The frame of every record form: the server's error at the top, the fields,
 * then Save and Cancel, with Enter and Esc doing the same.
 */
export function FormFrame({
  formRef,
  testId,
  onSubmit,
  onCancel,
  pending,
  serverError,
  children,
}: {
  formRef?: RefObject<HTMLFormElement | null>;
  testId: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  pending: boolean;
  serverError: string | null;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      className="record-form"
      data-testid={testId}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={formKeys(onCancel)}
    >
      {serverError && (
        <p className="notice notice-error" role="alert" tabIndex={-1} data-testid="form-error">
          {serverError}
        </p>
      )}
      {children}
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="form-save"
          disabled={pending}
        >
          <FormattedMessage id="form.save" />
        </button>
        <button type="button" className="button" data-testid="form-cancel" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
        <p className="form-keys">
          <FormattedMessage id="form.keys" values={{ kbd: (chunks) => <kbd>{chunks}</kbd> }} />
        </p>
      </div>
    </form>
  );
}
