import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { useLoad } from '../../app/useLoad';
import type { AssetKind } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';
import { AssetTable, type Sort } from './AssetTable';
import { loadColumns } from './memory';
import { useInventoryView } from './useInventoryView';
import type { ViewQuery } from './view';

const NO_KINDS: AssetKind[] = [];

/**
 * The assets of a person or a location, in the inventory's table (same columns,
 * same sorting, the same paging by offset), inside another record's page.
 */
export function EmbeddedAssets({
  filter,
  title,
  empty,
}: {
  filter: Pick<ViewQuery, 'assigneeId' | 'locationId'>;
  title: MessageId;
  empty: MessageId;
}) {
  const intl = useIntl();
  const [sort, setSort] = useState<Sort>({ sort: 'tag', descending: false });
  const [columns] = useState(loadColumns);
  const kinds = useLoad(ipc.getAssetKinds).data ?? NO_KINDS;
  const { assigneeId, locationId } = filter;
  const query = useMemo<ViewQuery>(
    () => ({
      ...(assigneeId ? { assigneeId } : {}),
      ...(locationId ? { locationId } : {}),
      sort: sort.sort,
      descending: sort.descending,
    }),
    [assigneeId, locationId, sort],
  );
  const view = useInventoryView(query, 0);
  const heading = intl.formatMessage({ id: title });
  return (
    <section className="record-section record-wide" aria-label={heading}>
      <div className="section-head">
        <h2>{heading}</h2>
        <p className="count" data-testid="asset-count-label">
          {view?.total !== null && view?.total !== undefined && (
            <FormattedMessage id="inventory.count" values={{ count: view.total }} />
          )}
        </p>
      </div>
      {view?.error && <LoadError error={view.error} retry={() => view.retry()} />}
      <AssetTable
        view={view}
        kinds={kinds}
        sort={sort}
        onSort={setSort}
        columnVisibility={columns}
        label={heading}
        empty={<FormattedMessage id={empty} />}
        layout="embedded"
      />
    </section>
  );
}
