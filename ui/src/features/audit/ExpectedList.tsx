import { FormattedMessage, useIntl } from 'react-intl';
import { href } from '../../app/routes';
import type { CampaignDetail } from '../../bindings';

/**
 * The assets expected and not scanned yet: the list shrinks as the scans come.
 * Rust sends the first 500; the count says how many more there are.
 */
export function ExpectedList({ detail }: { detail: CampaignDetail }) {
  const intl = useIntl();
  const { stillExpected, missing } = detail;
  const open = detail.campaign.status === 'open';
  return (
    <section className="record-section" aria-labelledby="audit-expected">
      <h2 id="audit-expected">
        <FormattedMessage
          id={open ? 'audit.stillExpected' : 'audit.notFound'}
          values={{ count: missing }}
        />
      </h2>
      {stillExpected.length === 0 ? (
        <p className="empty" data-testid="all-found">
          <FormattedMessage id="audit.allFound" />
        </p>
      ) : (
        <div className="table-scroll audit-scroll">
          <table className="table" data-testid="expected-list">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: 'asset.field.tag' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'asset.field.name' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'asset.field.location_id' })}</th>
              </tr>
            </thead>
            <tbody>
              {stillExpected.map((asset) => (
                <tr key={asset.id} data-testid="expected-row">
                  <td className="mono">
                    <a href={href.asset(asset.id)}>{asset.tag}</a>
                  </td>
                  <td>{asset.name}</td>
                  <td>{asset.location ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {missing > stillExpected.length && (
        <p className="muted">
          <FormattedMessage
            id="audit.moreExpected"
            values={{ count: missing - stillExpected.length }}
          />
        </p>
      )}
    </section>
  );
}
