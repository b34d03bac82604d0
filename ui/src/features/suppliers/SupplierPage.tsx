import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../app/Page';
import { DeleteProblem, RecordActions, RecordPending, useRecordDelete } from '../../app/RecordPage';
import { href } from '../../app/routes';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';
import { useSupplier } from './useSupplier';

/** A supplier's page: how to reach them. */
export function SupplierPage({ id }: { id: string }) {
  const intl = useIntl();
  const { supplier, loaded, error, retry } = useSupplier(id);
  const trail = (
    <a href={href.directory('suppliers')}>{intl.formatMessage({ id: 'nav.suppliers' })}</a>
  );

  const { problem, onDelete } = useRecordDelete(
    () => ipc.deleteSupplier(id),
    href.directory('suppliers'),
  );

  if (!supplier) {
    return (
      <RecordPending
        title={intl.formatMessage({ id: 'supplier.title' })}
        trail={trail}
        testId="supplier-page"
        loaded={loaded}
        error={error}
        retry={retry}
      />
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
        <RecordActions
          editHref={href.editRecord('suppliers', id)}
          deleteTitle={intl.formatMessage({ id: 'supplier.deleteTitle' }, { name: supplier.name })}
          onDelete={onDelete}
        />
      }
    >
      <DeleteProblem problem={problem} />
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
