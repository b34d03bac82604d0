import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useIntl } from 'react-intl';

/**
 * A button that asks before doing something that cannot be undone. The dialog
 * traps the focus, starts on "Cancel" and closes with Esc.
 */
export function ConfirmButton({
  label,
  title,
  body,
  confirm,
  onConfirm,
  testId,
  disabled,
}: {
  label: string;
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
  testId?: string;
  disabled?: boolean;
}) {
  const intl = useIntl();
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button
          type="button"
          className="button button-danger"
          data-testid={testId}
          disabled={disabled}
        >
          {label}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" data-testid="confirm-dialog">
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-body">{body}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                {intl.formatMessage({ id: 'common.cancel' })}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button
                type="button"
                className="button button-danger-solid"
                data-testid="confirm-action"
                onClick={onConfirm}
              >
                {confirm}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
