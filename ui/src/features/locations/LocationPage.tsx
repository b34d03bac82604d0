import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../app/Page';
import { DeleteProblem, RecordActions, RecordPending, useRecordDelete } from '../../app/RecordPage';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { LocationNode } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { EmbeddedAssets } from '../inventory/EmbeddedAssets';
import { LabelsDialog } from '../labels/LabelsDialog';
import { LabelsPrinted } from '../labels/LabelsPrinted';
import { locationPath } from './LocationSelect';

/** A location's page: where it is, what it holds, and the assets in it and under it. */
export function LocationPage({ id }: { id: string }) {
  const intl = useIntl();
  const format = useFormat();
  const { data, error, retry } = useLoad(ipc.getLocationTree);
  const node = data?.find((n) => n.location.id === id);
  const [labels, setLabels] = useState<string | null>(null);

  const { problem, onDelete } = useRecordDelete(
    () => ipc.deleteLocation(id),
    href.directory('locations'),
  );

  const trail = (
    <a href={href.directory('locations')}>{intl.formatMessage({ id: 'nav.locations' })}</a>
  );
  if (!node) {
    return (
      <RecordPending
        title={intl.formatMessage({ id: 'location.title' })}
        trail={trail}
        testId="location-page"
        loaded={data !== null}
        error={error}
        retry={retry}
      />
    );
  }

  const { location } = node;
  const children = childrenOf(data ?? [], node);
  return (
    <Page
      title={location.name}
      trail={trail}
      testId="location-page"
      actions={
        <RecordActions
          editHref={href.editRecord('locations', id)}
          deleteTitle={intl.formatMessage({ id: 'location.deleteTitle' }, { name: location.name })}
          onDelete={onDelete}
        >
          {location.kind !== 'room' && (
            <a className="button" href={href.newRecord('locations', id)} data-testid="new-child">
              <FormattedMessage id="location.newChild" />
            </a>
          )}
          <LabelsDialog
            target={{ assetIds: [], locationId: id, placeName: location.name }}
            onPrinted={setLabels}
          />
        </RecordActions>
      }
    >
      <DeleteProblem problem={problem} />
      <LabelsPrinted path={labels} />
      <div className="record">
        <section className="record-section">
          <dl className="facts">
            <dt>
              <FormattedMessage id="location.field.kind" />
            </dt>
            <dd>
              <FormattedMessage id={`location.kind.${location.kind}`} />
            </dd>
            <dt>
              <FormattedMessage id="location.path" />
            </dt>
            <dd>{locationPath(data ?? [], id).join(' › ')}</dd>
            <dt>
              <FormattedMessage id="location.field.address" />
            </dt>
            <dd>{location.address ?? <span className="muted">—</span>}</dd>
            <dt>
              <FormattedMessage id="location.assets" />
            </dt>
            <dd>{format.number(node.assetCount)}</dd>
          </dl>
          {location.notes && <p className="notes">{location.notes}</p>}
        </section>
        {children.length > 0 && (
          <section className="record-section">
            <h2>
              <FormattedMessage id="location.children" />
            </h2>
            <ul className="plain-list">
              {children.map((child) => (
                <li key={child.location.id}>
                  <a href={href.record('locations', child.location.id)}>{child.location.name}</a>{' '}
                  <span className="muted">
                    <FormattedMessage id={`location.kind.${child.location.kind}`} /> ·{' '}
                    <FormattedMessage id="inventory.count" values={{ count: child.assetCount }} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <EmbeddedAssets
          filter={{ locationId: id }}
          title="location.assetsHere"
          empty="location.noAssets"
        />
      </div>
    </Page>
  );
}

/** The locations directly under `parent`. */
function childrenOf(nodes: readonly LocationNode[], parent: LocationNode): LocationNode[] {
  return nodes.filter((node) => node.location.parentId === parent.location.id);
}
