import type {
  Channel,
  PriorityMatrix,
  Reference,
  TemplateView,
  TicketDetail,
  TicketInput,
  TicketKind,
} from '../../bindings';
import type { MessageId } from '../../i18n/fr';

/*
 * The ticket form's values (what the fields hold), turned into a
 * `TicketInput` for Rust on save, and checked before that.
 */

export type TicketValues = {
  kind: TicketKind;
  /** The chosen template's code, or '' (creation only). */
  template: string;
  title: string;
  description: string;
  requester: Reference | null;
  assets: Reference[];
  category: string;
  channel: Channel;
  urgency: number;
  impact: number;
};

export type TicketErrors = Partial<Record<keyof TicketValues, MessageId>>;

export const CHANNELS: readonly Channel[] = ['phone', 'email', 'in_person'];
export const KINDS: readonly TicketKind[] = ['incident', 'request'];

/** A new ticket: an incident by phone, medium urgency and impact, in `category`. */
export function emptyTicket(category: string): TicketValues {
  return {
    kind: 'incident',
    template: '',
    title: '',
    description: '',
    requester: null,
    assets: [],
    category,
    channel: 'phone',
    urgency: 3,
    impact: 3,
  };
}

/** What choosing a template fills in; the rest stays as typed. */
export function withTemplate(
  values: TicketValues,
  template: TemplateView | undefined,
): TicketValues {
  if (!template) return { ...values, template: '' };
  return {
    ...values,
    template: template.code,
    kind: template.kind,
    title: template.title,
    description: template.description,
    category: template.category,
    urgency: template.urgency,
    impact: template.impact,
  };
}

export function valuesOfTicket(detail: TicketDetail): TicketValues {
  const { ticket } = detail;
  return {
    kind: ticket.kind,
    template: '',
    title: ticket.title,
    description: ticket.description,
    requester: detail.requester,
    assets: detail.assets,
    category: ticket.category,
    channel: ticket.channel,
    urgency: ticket.urgency,
    impact: ticket.impact,
  };
}

/** The priority the matrix gives: rows are urgency, columns impact, both 1 to 5. */
export function priorityOf(matrix: PriorityMatrix, urgency: number, impact: number): number {
  return matrix.cells[urgency - 1]?.[impact - 1] ?? 3;
}

export function validateTicket(values: TicketValues): TicketErrors {
  const errors: TicketErrors = {};
  if (values.title.trim() === '') errors.title = 'form.error.required';
  if (values.category === '') errors.category = 'form.error.required';
  return errors;
}

export function toTicketInput(values: TicketValues): TicketInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim(),
    requesterId: values.requester?.id ?? null,
    assetIds: values.assets.map((asset) => asset.id),
    category: values.category,
    channel: values.channel,
    urgency: values.urgency,
    impact: values.impact,
    template: values.template === '' ? null : values.template,
  };
}
