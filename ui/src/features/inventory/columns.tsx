import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  type Row,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import { useIntl } from 'react-intl';
import { isoInDays } from '../../app/dates';
import { href } from '../../app/routes';
import type { AssetColumn, AssetKind, AssetRow } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useFormat } from '../../i18n/useFormat';
import { kindLabel } from '../assets/kinds';
import { StatusBadge } from '../assets/StatusBadge';

/** A loaded row and its position in the whole result. */
export type Slot = { index: number; asset: AssetRow };

type ColumnMeta = {
  /** The header's label; none for the checkbox column. */
  label?: MessageId;
  /** The width in pixels; a growing column takes what is left, from this width. */
  width: number;
  grow?: boolean;
  numeric?: boolean;
};

export const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<ColumnMeta>(),
});

export type Features = typeof features;

/** The kinds of assets, for the labels of the kind column. */
export const KindsContext = createContext<readonly AssetKind[]>([]);

const helper = createColumnHelper<Features, Slot>();

/**
 * The columns of the inventory. Every column but the checkboxes can be hidden,
 * and each sorts on the server by the `AssetColumn` of the same name.
 */
export const COLUMNS = helper.columns([
  helper.display({
    id: 'select',
    enableHiding: false,
    enableSorting: false,
    meta: { width: 36 },
    cell: ({ row }) => <RowCheckbox row={row} />,
  }),
  helper.accessor((slot) => slot.asset.tag, {
    id: 'tag',
    enableHiding: false,
    meta: { label: 'inventory.col.tag', width: 136 },
    cell: ({ row }) => (
      <a className="mono" href={href.asset(row.original.asset.id)}>
        {row.original.asset.tag}
      </a>
    ),
  }),
  helper.accessor((slot) => slot.asset.name, {
    id: 'name',
    meta: { label: 'inventory.col.name', width: 200, grow: true },
  }),
  helper.accessor((slot) => slot.asset.kind, {
    id: 'kind',
    meta: { label: 'inventory.col.kind', width: 150 },
    cell: ({ row }) => <KindCell code={row.original.asset.kind} />,
  }),
  helper.accessor((slot) => slot.asset.status, {
    id: 'status',
    meta: { label: 'inventory.col.status', width: 130 },
    cell: ({ row }) => <StatusBadge status={row.original.asset.status} />,
  }),
  helper.accessor((slot) => slot.asset.serial, {
    id: 'serial',
    meta: { label: 'inventory.col.serial', width: 140 },
    cell: ({ row }) => <span className="mono">{row.original.asset.serial}</span>,
  }),
  helper.accessor((slot) => slot.asset.manufacturer, {
    id: 'manufacturer',
    meta: { label: 'inventory.col.manufacturer', width: 120 },
  }),
  helper.accessor((slot) => slot.asset.model, {
    id: 'model',
    meta: { label: 'inventory.col.model', width: 160 },
  }),
  helper.accessor((slot) => slot.asset.location, {
    id: 'location',
    meta: { label: 'inventory.col.location', width: 170 },
  }),
  helper.accessor((slot) => slot.asset.assignee, {
    id: 'assignee',
    meta: { label: 'inventory.col.assignee', width: 160 },
  }),
  helper.accessor((slot) => slot.asset.warrantyEnd, {
    id: 'warranty_end',
    meta: { label: 'inventory.col.warrantyEnd', width: 130 },
    cell: ({ row }) => <WarrantyCell end={row.original.asset.warrantyEnd} />,
  }),
  helper.accessor((slot) => slot.asset.purchaseCost, {
    id: 'purchase_cost',
    meta: { label: 'inventory.col.purchaseCost', width: 120, numeric: true },
    cell: ({ row }) => <CostCell cents={row.original.asset.purchaseCost} />,
  }),
]);

/** The columns a user can show or hide, in order. */
export const HIDEABLE = COLUMNS.flatMap((column) =>
  column.id && column.id !== 'select' && column.id !== 'tag' ? [column.id] : [],
);

/** Hidden until chosen: the cost and the manufacturer, which the model often implies. */
export const DEFAULT_VISIBILITY: Record<string, boolean> = {
  manufacturer: false,
  purchase_cost: false,
};

/** The column ids that are also sort keys on the Rust side. */
const SORT_KEYS: ReadonlySet<string> = new Set<AssetColumn>([
  'tag',
  'name',
  'kind',
  'status',
  'serial',
  'manufacturer',
  'model',
  'location',
  'assignee',
  'warranty_end',
  'purchase_cost',
]);

export function isSortKey(id: string): id is AssetColumn {
  return SORT_KEYS.has(id);
}

function RowCheckbox({ row }: { row: Row<Features, Slot> }) {
  const intl = useIntl();
  return (
    <input
      type="checkbox"
      className="row-check"
      data-testid="row-select"
      aria-label={intl.formatMessage(
        { id: 'inventory.selectRow' },
        { tag: row.original.asset.tag },
      )}
      checked={row.getIsSelected()}
      // The click handler sees Shift, for range selection; React wants onChange for a controlled box.
      onClick={row.getToggleSelectedHandler()}
      onChange={() => {}}
    />
  );
}

function KindCell({ code }: { code: string }) {
  const kinds = useContext(KindsContext);
  const { lang } = useLanguage();
  return kindLabel(kinds, code, lang);
}

/** A warranty end, in red once passed and in amber within 90 days. */
function WarrantyCell({ end }: { end: string | null }) {
  const format = useFormat();
  if (!end) return null;
  const tone = end < isoInDays(0) ? 'expired' : end <= isoInDays(90) ? 'soon' : null;
  return <span className={tone ? `warranty-${tone}` : undefined}>{format.isoDate(end)}</span>;
}

function CostCell({ cents }: { cents: number | null }) {
  const format = useFormat();
  return cents === null ? null : format.euros(cents);
}
