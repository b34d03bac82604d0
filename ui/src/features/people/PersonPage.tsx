import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../app/ConfirmButton';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href, navigate } from '../../app/routes';
import * as ipc from '../../ipc';
import { EmbeddedAssets } from '../inventory/EmbeddedAssets';
import { displayName } from './PersonPicker';
import { usePerson } from './usePerson';

/** A person's page: who they are, and the equipment they hold. */
export function PersonPage({ id }: { id: string }) {
  const intl = useIntl();
  const { person: row, loaded, error, retry } = usePerson(id);
  const [problem, setProblem] = useState<string | null>(null);
  const trail = <a href={href.directory('people')}>{intl.formatMessage({ id: 'nav.people' })}</a>;

  const remove = async () => {
    try {
      await ipc.deletePerson(id);
      navigate(href.directory('people'));
    } catch (failure) {
      setProblem(ipc.toIpcError(failure).message);
    }
  };

  if (!row) {
    return (
      <Page title={intl.formatMessage({ id: 'person.title' })} trail={trail} testId="person-page">
        {error && <LoadError error={error} retry={retry} />}
        {!loaded && !error && <Pending />}
        {loaded && (
          <p className="notice notice-error" role="alert">
            <FormattedMessage id="record.notFound" />
          </p>
        )}
      </Page>
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
        <>
          <a className="button" href={href.editRecord('people', id)} data-testid="edit-button">
            <FormattedMessage id="common.edit" />
          </a>
          <ConfirmButton
            label={intl.formatMessage({ id: 'common.delete' })}
            title={intl.formatMessage({ id: 'person.deleteTitle' }, { name })}
            body={intl.formatMessage({ id: 'record.deleteBody' })}
            confirm={intl.formatMessage({ id: 'common.delete' })}
            onConfirm={remove}
            testId="delete-button"
          />
        </>
      }
    >
      {problem && (
        <p className="notice notice-error" role="alert" data-testid="delete-error">
          {problem}
        </p>
      )}
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
