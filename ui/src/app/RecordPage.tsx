import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { IpcError } from '../bindings';
import * as ipc from '../ipc';
import { ConfirmButton } from './ConfirmButton';
import { LoadError } from './LoadError';
import { Page } from './Page';
import { Pending } from './Pending';
import { navigate } from './routes';

/**
 * Deleting a record from its page: on success go to `then`; a refusal (the
 * record is still in use) comes back as the server's message, for
 * `DeleteProblem` to show.
 */
export function useRecordDelete(remove: () => Promise<void>, then: string) {
  const [problem, setProblem] = useState<string | null>(null);
  const onDelete = async () => {
    try {
      await remove();
      navigate(then);
    } catch (failure) {
      setProblem(ipc.toIpcError(failure).message);
    }
  };
  return { problem, onDelete };
}

/** The actions of a record page: Edit, what `children` adds, then Delete (confirmed). */
export function RecordActions({
  editHref,
  deleteTitle,
  onDelete,
  children,
}: {
  editHref: string;
  deleteTitle: string;
  onDelete: () => void;
  children?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <>
      <a className="button" href={editHref} data-testid="edit-button">
        <FormattedMessage id="common.edit" />
      </a>
      {children}
      <ConfirmButton
        label={intl.formatMessage({ id: 'common.delete' })}
        title={deleteTitle}
        body={intl.formatMessage({ id: 'record.deleteBody' })}
        confirm={intl.formatMessage({ id: 'common.delete' })}
        onConfirm={onDelete}
        testId="delete-button"
      />
    </>
  );
}

/** Why a delete was refused. */
export function DeleteProblem({ problem }: { problem: string | null }) {
  if (!problem) return null;
  return (
    <p className="notice notice-error" role="alert" data-testid="delete-error">
      {problem}
    </p>
  );
}

/** A record page while its record loads, fails to load, or does not exist. */
export function RecordPending({
  title,
  trail,
  testId,
  loaded,
  error,
  retry,
}: {
  title: string;
  trail: ReactNode;
  testId: string;
  loaded: boolean;
  error: IpcError | null;
  retry: () => void;
}) {
  return (
    <Page title={title} trail={trail} testId={testId}>
      {error && <LoadError error={error} retry={retry} />}
      {!loaded && !error && <Pending />}
      {loaded && (
        <p className="notice notice-error" role="alert">
          <FormattedMessage id="record.notFound" />
        </p>
      )}
    </Page>
  );
}
