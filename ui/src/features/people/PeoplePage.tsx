import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href } from '../../app/routes';
import { useDebounced } from '../../app/useDebounced';
import { useLoad } from '../../app/useLoad';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { displayName } from './PersonPicker';

/** The most people listed at once; a search narrows the rest. */
const SHOWN = 500;

/** The people, searchable, with their site and how many assets they hold. */
export function PeoplePage() {
  const intl = useIntl();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const words = useDebounced(search.trim(), 120);
  const load = useCallback(() => ipc.getPeople(words === '' ? null : words), [words]);
  const { data, error, retry } = useLoad(load);

  return (
    <Page
      title={intl.formatMessage({ id: 'nav.people' })}
      testId="people"
      actions={
        <a
          className="button button-primary"
          href={href.newRecord('people')}
          data-testid="new-person"
        >
          <FormattedMessage id="person.new" />
        </a>
      }
    >
      <div className="toolbar">
        <input
          type="search"
          className="search"
          data-testid="people-search"
          aria-label={intl.formatMessage({ id: 'people.search' })}
          placeholder={intl.formatMessage({ id: 'people.searchPlaceholder' })}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {data && (
          <p className="count" aria-live="polite" data-testid="people-count">
            <FormattedMessage id="people.count" values={{ count: data.length }} />
          </p>
        )}
      </div>
      {error && <LoadError error={error} retry={retry} />}
      {!data && !error && <Pending />}
      {data && data.length === 0 && (
        <p className="empty">
          {words === '' ? (
            <FormattedMessage
              id="people.empty"
              values={{ link: (chunks) => <a href={href.newRecord('people')}>{chunks}</a> }}
            />
          ) : (
            <FormattedMessage id="people.noMatch" values={{ search: words }} />
          )}
        </p>
      )}
      {data && data.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="people-table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="person.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="person.field.email" />
                </th>
                <th scope="col">
                  <FormattedMessage id="person.field.department" />
                </th>
                <th scope="col">
                  <FormattedMessage id="person.field.site" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="person.assets" />
                </th>
              </tr>
            </thead>
            <tbody>
              {data.slice(0, SHOWN).map((row) => (
                <tr
                  key={row.person.id}
                  data-testid="person-row"
                  className={row.person.active ? undefined : 'inactive'}
                >
                  <td>
                    <a href={href.record('people', row.person.id)}>{displayName(row)}</a>
                    {!row.person.active && (
                      <span className="tag-muted">
                        {' '}
                        <FormattedMessage id="person.inactive" />
                      </span>
                    )}
                  </td>
                  <td>{row.person.email}</td>
                  <td>{row.person.department}</td>
                  <td>{row.site}</td>
                  <td className="numeric">{format.number(row.assetCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.length > SHOWN && (
        <p className="footnote">
          <FormattedMessage id="people.truncated" values={{ shown: SHOWN }} />
        </p>
      )}
    </Page>
  );
}
