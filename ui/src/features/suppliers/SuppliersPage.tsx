import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import * as ipc from '../../ipc';

/** The suppliers and how to reach them. */
export function SuppliersPage() {
  const intl = useIntl();
  const { data, error, retry } = useLoad(ipc.getSuppliers);
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.suppliers' })}
      testId="suppliers"
      actions={
        <a
          className="button button-primary"
          href={href.newRecord('suppliers')}
          data-testid="new-supplier"
        >
          <FormattedMessage id="supplier.new" />
        </a>
      }
    >
      {error && <LoadError error={error} retry={retry} />}
      {!data && !error && <Pending />}
      {data && data.length === 0 && (
        <p className="empty">
          <FormattedMessage
            id="supplier.empty"
            values={{ link: (chunks) => <a href={href.newRecord('suppliers')}>{chunks}</a> }}
          />
        </p>
      )}
      {data && data.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="supplier-table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="supplier.field.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="supplier.field.contact" />
                </th>
                <th scope="col">
                  <FormattedMessage id="supplier.field.phone" />
                </th>
                <th scope="col">
                  <FormattedMessage id="supplier.field.email" />
                </th>
                <th scope="col">
                  <FormattedMessage id="supplier.field.website" />
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((supplier) => (
                <tr key={supplier.id} data-testid="supplier-row">
                  <td>
                    <a href={href.record('suppliers', supplier.id)}>{supplier.name}</a>
                  </td>
                  <td>{supplier.contact}</td>
                  <td>{supplier.phone}</td>
                  <td>{supplier.email}</td>
                  <td>{supplier.website}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
