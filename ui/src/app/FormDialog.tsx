import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';
import { formKeys } from './FormFrame';

/**
 * A button that opens a small form in a dialog (the solution of a ticket, the
 * satisfaction when closing it). The dialog traps the focus and closes with
 * Esc; Enter (Ctrl+Enter in a text area) confirms. `onConfirm` answers an
 * error message to show in the dialog, or `null` when done, which closes it.
 */
export function FormDialog({
  label,
  title,
  description,
  confirm,
  onConfirm,
  onOpen,
  testId,
  primary,
  children,
}: {
  label: string;
  title: string;
  description?: string;
  confirm: string;
  onConfirm: () => Promise<string | null>;
  /** Resets the fields each time the dialog opens. */
  onOpen?: () => void;
  testId: string;
  primary?: boolean;
  children: ReactNode;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const change = (next: boolean) => {
    if (next) {
      setProblem(null);
      onOpen?.();
    }
    setOpen(next);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const error = await onConfirm();
    setPending(false);
    setProblem(error);
    if (error === null) setOpen(false);
  };

  return (
    <Dialog.Root open={open} onOpenChange={change}>
      <Dialog.Trigger asChild>
        <button
          type="button"
          className={primary ? 'button button-primary' : 'button'}
          data-testid={testId}
        >
          {label}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          data-testid={`${testId}-dialog`}
          // Without a description, say so, rather than pointing at nothing.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {description && (
            <Dialog.Description className="dialog-body">{description}</Dialog.Description>
          )}
          <form
            className="dialog-form"
            noValidate
            onSubmit={submit}
            onKeyDown={formKeys(() => change(false))}
          >
            {children}
            {problem && (
              <p className="field-error" role="alert" data-testid={`${testId}-error`}>
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  {intl.formatMessage({ id: 'common.cancel' })}
                </button>
              </Dialog.Close>
              <button
                type="submit"
                className="button button-primary"
                data-testid={`${testId}-confirm`}
                disabled={pending}
              >
                {confirm}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
