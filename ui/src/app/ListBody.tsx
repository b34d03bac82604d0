import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { LoadError } from './LoadError';
import { Pending } from './Pending';
import { type Directory, href } from './routes';
import type { Loaded } from './useLoad';

/**
 * A list's body as it loads: the error with a way to retry, the pending
 * state, the `empty` line, or the rows (`children`).
 */
export function ListBody<T>({
  load,
  empty,
  children,
}: {
  load: Loaded<readonly T[]>;
  empty: ReactNode;
  children: (rows: readonly T[]) => ReactNode;
}) {
  const { data, error, retry } = load;
  return (
    <>
      {error && <LoadError error={error} retry={retry} />}
      {!data && !error && <Pending />}
      {data && data.length === 0 && <p className="empty">{empty}</p>}
      {data && data.length > 0 && children(data)}
    </>
  );
}

/** The page's "new record" button of a directory, and the empty line's link to the same form. */
export function NewRecordLink({
  directory,
  testId,
  label,
}: {
  directory: Directory;
  testId: string;
  label: 'location.new' | 'person.new' | 'supplier.new';
}) {
  return (
    <a className="button button-primary" href={href.newRecord(directory)} data-testid={testId}>
      <FormattedMessage id={label} />
    </a>
  );
}

/** An empty directory's line, whose `<link>` opens the form of its first record. */
export function EmptyDirectory({
  directory,
  message,
}: {
  directory: Directory;
  message: 'location.empty' | 'people.empty' | 'supplier.empty';
}) {
  return (
    <FormattedMessage
      id={message}
      values={{ link: (chunks) => <a href={href.newRecord(directory)}>{chunks}</a> }}
    />
  );
}
