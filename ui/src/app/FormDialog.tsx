import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useIntl } from 'react-intl';
import { formKeys } from './FormFrame';

/**
 * A button that opens a small form in a dialog (the solution of a ticket, the
 * satisfaction when closing it). The dialog traps the focus and closes with
 * Esc; Enter (Ctrl+Enter in a text area) confirms. `onConfirm` answers an
 * error message to show in the dialog, or `null` when done, which closes it.
 * Without `label` there is no button: the screen opens it (`open`, as the
 * on-site audit does for an unknown tag).
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
  disabled,
  open: shown,
  onOpenChange,
  onClosed,
  children,
}: {
  /** The button that opens the dialog; none without it. */
  label?: string;
  title: string;
  description?: string;
  confirm: string;
  onConfirm: () => Promise<string | null>;
  /** Resets the fields each time the dialog opens. */
  onOpen?: () => void;
  testId: string;
  primary?: boolean;
  disabled?: boolean;
  /** Opens and closes the dialog from the screen, with `onOpenChange`. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Once closed: puts the focus where the screen wants it rather than back on the button. */
  onClosed?: () => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = shown ?? ownOpen;
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const change = (next: boolean) => {
    if (next) {
      setProblem(null);
      onOpen?.();
    }
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const error = await onConfirm();
    setPending(false);
    setProblem(error);
    if (error === null) change(false);
  };

  return (
    <Dialog.Root open={open} onOpenChange={change}>
      {label && (
        <Dialog.Trigger asChild>
          <button
            type="button"
            className={primary ? 'button button-primary' : 'button'}
            data-testid={testId}
            disabled={disabled}
          >
            {label}
          </button>
        </Dialog.Trigger>
      )}
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog"
          data-testid={`${testId}-dialog`}
          onCloseAutoFocus={
            onClosed
              ? (event) => {
                  event.preventDefault();
                  onClosed();
                }
              : undefined
          }
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
