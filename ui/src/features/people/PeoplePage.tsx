import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyDirectory, ListBody, NewRecordLink } from '../../app/ListBody';
import { Page } from '../../app/Page';
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
  const people = useLoad(load);

  return (
    <Page
      title={intl.formatMessage({ id: 'nav.people' })}
      testId="people"
      actions={<NewRecordLink directory="people" testId="new-person" label="person.new" />}
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
        {people.data && (
          <p className="count" aria-live="polite" data-testid="people-count">
            <FormattedMessage id="people.count" values={{ count: people.data.length }} />
          </p>
        )}
      </div>
      <ListBody
        load={people}
        empty={
          words === '' ? (
            <EmptyDirectory directory="people" message="people.empty" />
          ) : (
            <FormattedMessage id="people.noMatch" values={{ search: words }} />
          )
        }
      >
        {(rows) => (
          <>
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
                  {rows.slice(0, SHOWN).map((row) => (
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
            {rows.length > SHOWN && (
              <p className="footnote">
                <FormattedMessage id="people.truncated" values={{ shown: SHOWN }} />
              </p>
            )}
          </>
        )}
      </ListBody>
    </Page>
  );
}
