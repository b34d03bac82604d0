import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../app/Page';
import { DeleteProblem, RecordActions, RecordPending, useRecordDelete } from '../../app/RecordPage';
import { href } from '../../app/routes';
import * as ipc from '../../ipc';
import { EmbeddedAssets } from '../inventory/EmbeddedAssets';
import { displayName } from './PersonPicker';
import { usePerson } from './usePerson';

/** A person's page: who they are, and the equipment they hold. */
export function PersonPage({ id }: { id: string }) {
  const intl = useIntl();
  const { person: row, loaded, error, retry } = usePerson(id);
  const trail = <a href={href.directory('people')}>{intl.formatMessage({ id: 'nav.people' })}</a>;

  const { problem, onDelete } = useRecordDelete(
    () => ipc.deletePerson(id),
    href.directory('people'),
  );

  if (!row) {
    return (
      <RecordPending
        title={intl.formatMessage({ id: 'person.title' })}
        trail={trail}
        testId="person-page"
        loaded={loaded}
        error={error}
        retry={retry}
      />
    );
  }

  const { person, site } = row;
  const name = displayName(row);
  const dash = <span className="muted">—</span>;
  return (
    <Page
      title={name}
      trail={trail}
      testId="person-page"
      actions={
        <RecordActions
          editHref={href.editRecord('people', id)}
          deleteTitle={intl.formatMessage({ id: 'person.deleteTitle' }, { name })}
          onDelete={onDelete}
        />
      }
    >
      <DeleteProblem problem={problem} />
      <div className="record">
        <section className="record-section">
          <dl className="facts">
            <dt>
              <FormattedMessage id="person.field.email" />
            </dt>
            <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : dash}</dd>
            <dt>
              <FormattedMessage id="person.field.department" />
            </dt>
            <dd>{person.department ?? dash}</dd>
            <dt>
              <FormattedMessage id="person.field.site" />
            </dt>
            <dd>
              {person.siteId ? (
                <a href={href.record('locations', person.siteId)}>{site ?? person.siteId}</a>
              ) : (
                dash
              )}
            </dd>
            <dt>
              <FormattedMessage id="person.field.account" />
            </dt>
            <dd>{person.account ? <span className="mono">{person.account}</span> : dash}</dd>
            <dt>
              <FormattedMessage id="person.field.active" />
            </dt>
            <dd>
              <FormattedMessage id={person.active ? 'common.yes' : 'common.no'} />
            </dd>
          </dl>
        </section>
        <EmbeddedAssets
          filter={{ assigneeId: id }}
          title="person.equipment"
          empty="person.noEquipment"
        />
      </div>
    </Page>
  );
}
