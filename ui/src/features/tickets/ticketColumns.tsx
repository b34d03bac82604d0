import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import { isoDate } from '../../app/dates';
import { href } from '../../app/routes';
import type { RowSlot } from '../../app/useVirtualRows';
import type { TicketColumn, TicketRow } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useFormat } from '../../i18n/useFormat';
import { PriorityBadge } from './PriorityBadge';
import { SlaCountdown } from './SlaCountdown';
import { TicketStatusBadge } from './TicketStatusBadge';

type ColumnMeta = {
  label: MessageId;
  /** The width in pixels; a growing column takes what is left, from this width. */
  width: number;
  grow?: boolean;
};

export const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  columnMeta: metaHelper<ColumnMeta>(),
});

export type Slot = RowSlot<TicketRow>;

/** The time the due column counts from, refreshed by the table every minute. */
export const NowContext = createContext(0);

const helper = createColumnHelper<typeof features, Slot>();

/** The columns of the queue; each sorts on the Rust side by the `TicketColumn` of its id. */
export const TICKET_COLUMNS = helper.columns([
  helper.accessor((slot) => slot.row.number, {
    id: 'number',
    meta: { label: 'tickets.col.number', width: 60 },
    cell: ({ row }) => (
      <a className="mono" href={href.ticket(row.original.row.id)}>
        #{row.original.row.number}
      </a>
    ),
  }),
  helper.accessor((slot) => slot.row.title, {
    id: 'title',
    meta: { label: 'tickets.col.title', width: 180, grow: true },
  }),
  helper.accessor((slot) => slot.row.priority, {
    id: 'priority',
    meta: { label: 'tickets.col.priority', width: 112 },
    cell: ({ row }) => <PriorityBadge priority={row.original.row.priority} />,
  }),
  helper.accessor((slot) => slot.row.status, {
    id: 'status',
    meta: { label: 'tickets.col.status', width: 150 },
    cell: ({ row }) => <TicketStatusBadge status={row.original.row.status} />,
  }),
  helper.accessor((slot) => slot.row.categoryLabel, {
    id: 'category',
    meta: { label: 'tickets.col.category', width: 110 },
  }),
  helper.accessor((slot) => slot.row.requesterName, {
    id: 'requester',
    meta: { label: 'tickets.col.requester', width: 120 },
  }),
  helper.accessor((slot) => slot.row.assignee, {
    id: 'assignee',
    enableSorting: false,
    meta: { label: 'tickets.col.assignee', width: 100 },
  }),
  helper.accessor((slot) => slot.row.openedAt, {
    id: 'opened',
    meta: { label: 'tickets.col.opened', width: 104 },
    cell: ({ row }) => <OpenedCell at={row.original.row.openedAt} />,
  }),
  helper.accessor((slot) => slot.row.due, {
    id: 'due',
    meta: { label: 'tickets.col.due', width: 116 },
    cell: ({ row }) => <DueCell ticket={row.original.row} />,
  }),
]);

const SORT_KEYS: ReadonlySet<string> = new Set<TicketColumn>([
  'number',
  'title',
  'priority',
  'status',
  'category',
  'requester',
  'opened',
  'due',
]);

export function isTicketSortKey(id: string): id is TicketColumn {
  return SORT_KEYS.has(id);
}

/** The day it was opened; the time in the tooltip. */
function OpenedCell({ at }: { at: string }) {
  const format = useFormat();
  return <span title={format.dateTime(at)}>{format.isoDate(isoDate(new Date(at)))}</span>;
}

/** The SLA countdown of the deadline that matters now; nothing once solved. */
function DueCell({ ticket }: { ticket: TicketRow }) {
  const now = useContext(NowContext);
  if (ticket.status === 'solved' || ticket.status === 'closed') return null;
  return (
    <SlaCountdown
      due={ticket.due}
      now={now}
      overdue={ticket.overdue}
      paused={ticket.status === 'pending'}
    />
  );
}
