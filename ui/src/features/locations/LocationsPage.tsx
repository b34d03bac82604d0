import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';

/** The location tree (sites, buildings, rooms), each with the assets in it and under it. */
export function LocationsPage() {
  const intl = useIntl();
  const format = useFormat();
  const { data, error, retry } = useLoad(ipc.getLocationTree);
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.locations' })}
      testId="locations"
      actions={
        <a
          className="button button-primary"
          href={href.newRecord('locations')}
          data-testid="new-location"
        >
          <FormattedMessage id="location.new" />
        </a>
      }
    >
      {error && <LoadError error={error} retry={retry} />}
      {!data && !error && <Pending />}
      {data && data.length === 0 && (
        <p className="empty">
          <FormattedMessage
            id="location.empty"
            values={{ link: (chunks) => <a href={href.newRecord('locations')}>{chunks}</a> }}
          />
        </p>
      )}
      {data && data.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="location-table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="location.field.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="location.field.kind" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="location.assets" />
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map(({ location, depth, assetCount }) => (
                <tr key={location.id} data-testid="location-row">
                  <td>
                    <span className="tree-indent" style={{ paddingInlineStart: `${depth * 20}px` }}>
                      <a href={href.record('locations', location.id)}>{location.name}</a>
                    </span>
                  </td>
                  <td>
                    <FormattedMessage id={`location.kind.${location.kind}`} />
                  </td>
                  <td className="numeric">{format.number(assetCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
