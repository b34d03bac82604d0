import { type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../app/ConfirmButton';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href, navigate } from '../../app/routes';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';
import { useSupplier } from './useSupplier';

/** A supplier's page: how to reach them. */
export function SupplierPage({ id }: { id: string }) {
  const intl = useIntl();
  const { supplier, loaded, error, retry } = useSupplier(id);
  const [problem, setProblem] = useState<string | null>(null);
  const trail = (
    <a href={href.directory('suppliers')}>{intl.formatMessage({ id: 'nav.suppliers' })}</a>
  );

  const remove = async () => {
    try {
      await ipc.deleteSupplier(id);
      navigate(href.directory('suppliers'));
    } catch (failure) {
      setProblem(ipc.toIpcError(failure).message);
    }
  };

  if (!supplier) {
    return (
      <Page
        title={intl.formatMessage({ id: 'supplier.title' })}
        trail={trail}
        testId="supplier-page"
      >
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

  const fact = (label: MessageId, value: ReactNode) => (
    <>
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{value ?? <span className="muted">—</span>}</dd>
    </>
  );
  return (
    <Page
      title={supplier.name}
      trail={trail}
      testId="supplier-page"
      actions={
        <>
          <a className="button" href={href.editRecord('suppliers', id)} data-testid="edit-button">
            <FormattedMessage id="common.edit" />
          </a>
          <ConfirmButton
            label={intl.formatMessage({ id: 'common.delete' })}
            title={intl.formatMessage({ id: 'supplier.deleteTitle' }, { name: supplier.name })}
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
      <section className="record-section">
        <dl className="facts">
          {fact('supplier.field.contact', supplier.contact)}
          {fact(
            'supplier.field.phone',
            supplier.phone && <a href={`tel:${supplier.phone}`}>{supplier.phone}</a>,
          )}
          {fact(
            'supplier.field.email',
            supplier.email && <a href={`mailto:${supplier.email}`}>{supplier.email}</a>,
          )}
          {fact('supplier.field.website', supplier.website)}
        </dl>
        {supplier.notes && <p className="notes">{supplier.notes}</p>}
      </section>
    </Page>
  );
}
