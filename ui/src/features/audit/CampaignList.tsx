import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { CampaignRow, LocationNode } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { NewCampaignDialog } from './NewCampaignDialog';

const NO_LOCATIONS: LocationNode[] = [];

/**
 * The on-site audit (`#/audits`): the campaigns, open ones first (Rust's
 * order), and a new one. A campaign left open when the app closed is here,
 * ready to resume.
 */
export function CampaignList() {
  const intl = useIntl();
  const campaigns = useLoad(ipc.getCampaigns);
  const locations = useLoad(ipc.getLocationTree).data ?? NO_LOCATIONS;
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.audits' })}
      testId="campaigns"
      actions={<NewCampaignDialog locations={locations} />}
    >
      {campaigns.error && <LoadError error={campaigns.error} retry={campaigns.retry} />}
      {campaigns.data ? <CampaignTable rows={campaigns.data} /> : !campaigns.error && <Pending />}
    </Page>
  );
}

function CampaignTable({ rows }: { rows: readonly CampaignRow[] }) {
  const intl = useIntl();
  const format = useFormat();
  if (rows.length === 0) {
    return (
      <p className="empty" data-testid="campaigns-empty">
        <FormattedMessage id="audit.empty" />
      </p>
    );
  }
  const column = (id: 'name' | 'scope' | 'started' | 'progress' | 'status') => (
    <th scope="col" className={id === 'progress' ? 'numeric' : undefined}>
      {intl.formatMessage({ id: `audit.col.${id}` })}
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="table" data-testid="campaign-list">
        <thead>
          <tr>
            {column('name')}
            {column('scope')}
            {column('started')}
            {column('progress')}
            {column('status')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="campaign-row" data-status={row.status}>
              <td>
                <a href={href.audit(row.id)}>{row.name}</a>
              </td>
              <td>{row.scope?.name ?? intl.formatMessage({ id: 'audit.wholeFleet' })}</td>
              <td>{format.dateTime(row.startedAt)}</td>
              <td className="numeric">
                <FormattedMessage
                  id="audit.progress"
                  values={{ found: row.found, expected: row.expected }}
                />
              </td>
              <td>
                <CampaignStatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
