import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyDirectory, ListBody, NewRecordLink } from '../../app/ListBody';
import { Page } from '../../app/Page';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';

/** The location tree (sites, buildings, rooms), each with the assets in it and under it. */
export function LocationsPage() {
  const intl = useIntl();
  const format = useFormat();
  const load = useLoad(ipc.getLocationTree);
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.locations' })}
      testId="locations"
      actions={<NewRecordLink directory="locations" testId="new-location" label="location.new" />}
    >
      <ListBody
        load={load}
        empty={<EmptyDirectory directory="locations" message="location.empty" />}
      >
        {(rows) => (
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
                {rows.map(({ location, depth, assetCount }) => (
                  <tr key={location.id} data-testid="location-row">
                    <td>
                      <span
                        className="tree-indent"
                        style={{ paddingInlineStart: `${depth * 20}px` }}
                      >
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
      </ListBody>
    </Page>
  );
}
