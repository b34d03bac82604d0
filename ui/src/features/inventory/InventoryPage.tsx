import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { useLoad } from '../../app/useLoad';
import type { AssetPage } from '../../ipc';
import * as ipc from '../../ipc';
import { AssetTable } from './AssetTable';
import { useDebounced } from './useDebounced';

/** How many rows one search shows; the virtualised table of a later issue lifts this. */
const PAGE_SIZE = 100;

/** How long typing must pause before the search runs, in milliseconds. */
const SEARCH_DELAY = 150;

export function InventoryPage() {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const words = useDebounced(search.trim(), SEARCH_DELAY);
  const load = useCallback(
    () =>
      ipc.listAssets({
        search: words === '' ? undefined : words,
        sort: 'tag',
        descending: false,
        offset: 0,
        limit: PAGE_SIZE,
      }),
    [words],
  );
  const { data, error, retry } = useLoad(load);

  return (
    <Page title={intl.formatMessage({ id: 'nav.inventory' })}>
      <div className="toolbar">
        <input
          type="search"
          className="search"
          data-testid="asset-search"
          aria-label={intl.formatMessage({ id: 'inventory.search' })}
          placeholder={intl.formatMessage({ id: 'inventory.searchPlaceholder' })}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {data && (
          <p className="count" data-testid="asset-count-label" aria-live="polite">
            <FormattedMessage id="inventory.count" values={{ count: data.total }} />
          </p>
        )}
      </div>
      {error && <LoadError error={error} retry={retry} />}
      {data ? <Results page={data} search={words} /> : !error && <Pending />}
    </Page>
  );
}

function Results({ page, search }: { page: AssetPage; search: string }) {
  const empty =
    search === '' ? (
      <FormattedMessage id="inventory.empty" />
    ) : (
      <FormattedMessage id="inventory.noMatch" values={{ search }} />
    );
  return (
    <>
      <AssetTable rows={page.rows} empty={empty} />
      {page.total > page.rows.length && (
        <p className="footnote">
          <FormattedMessage id="inventory.truncated" values={{ shown: page.rows.length }} />
        </p>
      )}
    </>
  );
}
