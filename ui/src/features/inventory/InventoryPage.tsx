import type { ColumnVisibilityState, RowSelectionState } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { href } from '../../app/routes';
import { useDebounced } from '../../app/useDebounced';
import { useLoad } from '../../app/useLoad';
import type { AssetKind, IpcError, LocationNode } from '../../bindings';
import * as ipc from '../../ipc';
import { LabelsDialog } from '../labels/LabelsDialog';
import { LabelsPrinted } from '../labels/LabelsPrinted';
import { AssetTable, type Sort } from './AssetTable';
import { BulkBar } from './BulkBar';
import { ColumnChooser } from './ColumnChooser';
import { FilterBar } from './FilterBar';
import {
  type Filters,
  type ListState,
  loadColumns,
  loadList,
  NO_FILTERS,
  saveColumns,
  saveList,
} from './memory';
import { useInventoryView } from './useInventoryView';
import type { ViewQuery } from './view';

/** How long typing must pause before the search runs, in milliseconds. */
const SEARCH_DELAY = 120;

const NO_KINDS: AssetKind[] = [];
const NO_LOCATIONS: LocationNode[] = [];

/** The query of a search, filters and sort; absent keys are no filter. */
export function toQuery(search: string, filters: Filters, sort: Sort): ViewQuery {
  const query: ViewQuery = { sort: sort.sort, descending: sort.descending };
  if (search !== '') query.search = search;
  if (filters.kind) query.kind = filters.kind;
  if (filters.status) query.status = filters.status;
  if (filters.locationId) query.locationId = filters.locationId;
  if (filters.assignee) query.assigneeId = filters.assignee.id;
  if (filters.warranty) query.warranty = filters.warranty;
  return query;
}

export function InventoryPage() {
  const intl = useIntl();
  const [list, setList] = useState<ListState>(loadList);
  const [columns, setColumns] = useState<ColumnVisibilityState>(loadColumns);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [refresh, setRefresh] = useState(0);
  const [changed, setChanged] = useState<number | null>(null);
  const [labels, setLabels] = useState<string | null>(null);
  const kinds = useLoad(ipc.getAssetKinds).data ?? NO_KINDS;
  const locations = useLoad(ipc.getLocationTree).data ?? NO_LOCATIONS;

  const words = useDebounced(list.search.trim(), SEARCH_DELAY);
  const sort = useMemo(
    () => ({ sort: list.sort, descending: list.descending }),
    [list.sort, list.descending],
  );
  const query = useMemo(() => toQuery(words, list.filters, sort), [words, list.filters, sort]);
  const view = useInventoryView(query, refresh);
  const [exported, runExport] = useExport();

  useEffect(() => saveList(list), [list]);

  // A new query drops the selection: acting on rows no longer shown would surprise.
  const queryKey = JSON.stringify(query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query changes.
  useEffect(() => setSelection({}), [queryKey]);

  const update = (change: Partial<ListState>) =>
    setList((previous) => ({ ...previous, ...change }));
  const chooseColumns = (next: ColumnVisibilityState) => {
    setColumns(next);
    saveColumns(next);
  };
  const selectedIds = Object.keys(selection);
  const filtered = words !== '' || Object.values(list.filters).some((value) => value !== null);
  // Labels for the selection, or else for the place the list is filtered on.
  const place = locations.find((node) => node.location.id === list.filters.locationId);

  return (
    <Page
      title={intl.formatMessage({ id: 'nav.inventory' })}
      testId="inventory"
      className="page-fill"
      actions={
        <>
          <button
            type="button"
            className="button"
            data-testid="export-button"
            disabled={exported.state === 'running'}
            onClick={() => runExport(query)}
          >
            <FormattedMessage id="inventory.export" />
          </button>
          <a className="button" href={href.import()} data-testid="import-link">
            <FormattedMessage id="import.open" />
          </a>
          <LabelsDialog
            target={{
              assetIds: selectedIds,
              locationId: list.filters.locationId,
              placeName: place?.location.name ?? null,
            }}
            onPrinted={setLabels}
          />
          <a className="button button-primary" href={href.newAsset()} data-testid="new-asset">
            <FormattedMessage id="asset.new" />
          </a>
        </>
      }
    >
      <div className="toolbar">
        <input
          type="search"
          className="search"
          data-testid="asset-search"
          aria-label={intl.formatMessage({ id: 'inventory.search' })}
          placeholder={intl.formatMessage({ id: 'inventory.searchPlaceholder' })}
          value={list.search}
          onChange={(event) => update({ search: event.target.value })}
        />
        <p className="count" data-testid="asset-count-label" aria-live="polite">
          {view?.total !== null && view?.total !== undefined && (
            <FormattedMessage id="inventory.count" values={{ count: view.total }} />
          )}
        </p>
        <ColumnChooser visibility={columns} onChange={chooseColumns} />
      </div>
      <ExportStatus status={exported} />
      <LabelsPrinted path={labels} />
      <FilterBar
        filters={list.filters}
        onChange={(filters) => update({ filters })}
        onClear={() => update({ filters: NO_FILTERS })}
        kinds={kinds}
        locations={locations}
      />
      {selectedIds.length > 0 && (
        <BulkBar
          ids={selectedIds}
          locations={locations}
          onDone={(count) => {
            setChanged(count);
            setSelection({});
            setRefresh((n) => n + 1);
          }}
          onClear={() => setSelection({})}
        />
      )}
      {changed !== null && (
        <p className="notice" role="status" data-testid="bulk-result">
          <FormattedMessage id="bulk.done" values={{ count: changed }} />
        </p>
      )}
      {view?.error && <LoadError error={view.error} retry={() => view.retry()} />}
      <AssetTable
        view={view}
        kinds={kinds}
        sort={sort}
        onSort={({ sort, descending }) => update({ sort, descending })}
        columnVisibility={columns}
        selection={{ rowSelection: selection, onChange: setSelection }}
        label={intl.formatMessage({ id: 'nav.inventory' })}
        empty={
          filtered ? (
            <FormattedMessage id="inventory.noMatch" />
          ) : (
            <FormattedMessage
              id="inventory.empty"
              values={{ link: (chunks) => <a href={href.newAsset()}>{chunks}</a> }}
            />
          )
        }
      />
    </Page>
  );
}

type Export =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; path: string }
  | { state: 'failed'; error: IpcError };

/** Writes the current view (search, filters, sort) to a CSV file; the status says where. */
function useExport(): [Export, (query: ViewQuery) => void] {
  const [status, setStatus] = useState<Export>({ state: 'idle' });
  const run = async (query: ViewQuery) => {
    setStatus({ state: 'running' });
    try {
      const path = await ipc.exportAssetsCsv({ ...query, offset: 0, limit: 0 });
      setStatus({ state: 'done', path });
    } catch (error) {
      setStatus({ state: 'failed', error: ipc.toIpcError(error) });
    }
  };
  return [status, run];
}

/** The line under the toolbar that says where the export went, or why it failed. */
function ExportStatus({ status }: { status: Export }) {
  return (
    <p className="export-status" role="status">
      {status.state === 'running' && <FormattedMessage id="inventory.exporting" />}
      {status.state === 'done' && (
        <FormattedMessage
          id="inventory.exported"
          values={{ path: <code data-testid="export-path">{status.path}</code> }}
        />
      )}
      {status.state === 'failed' && (
        <span className="field-error" data-testid="export-error">
          {status.error.message}
        </span>
      )}
    </p>
  );
}
