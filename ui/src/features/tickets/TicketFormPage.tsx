import { useCallback } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { goBack, href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { CategoryView, PriorityMatrix, TemplateView, TicketDetail } from '../../bindings';
import * as ipc from '../../ipc';
import { assetReference } from '../assets/AssetPicker';
import { TicketForm } from './TicketForm';
import {
  emptyTicket,
  type TicketValues,
  toTicketInput,
  valuesOfTicket,
  withTemplate,
} from './ticketValues';

type Loaded = {
  initial: TicketValues;
  categories: CategoryView[];
  templates: TemplateView[] | null;
  matrix: PriorityMatrix;
  detail: TicketDetail | null;
};

/** The category a new ticket starts in: "autre" (other) when it exists. */
function defaultCategory(categories: readonly CategoryView[]): string {
  return (categories.find((c) => c.code === 'autre') ?? categories[0])?.code ?? '';
}

/**
 * Opens a ticket (`#/tickets/new`, with `?asset=<id>` already linked and
 * `?template=<code>` already chosen) or edits one (`#/tickets/<id>/edit`).
 */
export function TicketFormPage({
  id,
  assetId = null,
  template = null,
}: {
  id: string | null;
  assetId?: string | null;
  template?: string | null;
}) {
  const intl = useIntl();
  const load = useCallback(async (): Promise<Loaded> => {
    const [categories, settings] = await Promise.all([
      ipc.getTicketCategories(),
      ipc.getHelpdeskSettings(),
    ]);
    if (id) {
      const detail = await ipc.getTicketDetail(id);
      return {
        initial: valuesOfTicket(detail),
        categories,
        templates: null,
        matrix: settings.matrix,
        detail,
      };
    }
    const [templates, asset] = await Promise.all([
      ipc.getTicketTemplates(),
      assetId ? ipc.getAssetDetail(assetId) : Promise.resolve(null),
    ]);
    let initial = emptyTicket(defaultCategory(categories));
    if (template)
      initial = withTemplate(
        initial,
        templates.find((t) => t.code === template),
      );
    if (asset) initial = { ...initial, assets: [assetReference(asset.asset)] };
    return { initial, categories, templates, matrix: settings.matrix, detail: null };
  }, [id, assetId, template]);
  const { data, error, retry } = useLoad(load);

  const back = id ? href.ticket(id) : assetId ? href.asset(assetId) : href.section('tickets');
  const save = async (values: TicketValues) => {
    const saved = id
      ? await ipc.updateTicket(id, toTicketInput(values))
      : await ipc.createTicket(toTicketInput(values));
    navigate(href.ticket(saved.ticket.id));
  };

  const title = data?.detail
    ? intl.formatMessage({ id: 'ticket.editTitle' }, { number: data.detail.number })
    : intl.formatMessage({ id: 'ticket.newTitle' });
  const closed = data?.detail?.ticket.status === 'closed';
  return (
    <Page
      title={title}
      testId="ticket-form-page"
      trail={<a href={href.section('tickets')}>{intl.formatMessage({ id: 'nav.tickets' })}</a>}
    >
      {error && <LoadError error={error} retry={retry} />}
      {!data && !error && <Pending />}
      {closed && (
        <p className="notice" role="status" data-testid="ticket-closed">
          <FormattedMessage id="ticket.closedReadOnly" />
        </p>
      )}
      {data && !closed && (
        <TicketForm
          initial={data.initial}
          categories={data.categories}
          templates={data.templates}
          matrix={data.matrix}
          major={data.detail?.ticket.priorityByHand ?? false}
          onSave={save}
          onCancel={() => goBack(back)}
        />
      )}
    </Page>
  );
}
