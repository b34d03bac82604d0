import { FormattedMessage, useIntl } from 'react-intl';
import { EmptyDirectory, ListBody, NewRecordLink } from '../../app/ListBody';
import { Page } from '../../app/Page';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import * as ipc from '../../ipc';

/** The suppliers and how to reach them. */
export function SuppliersPage() {
  const intl = useIntl();
  const load = useLoad(ipc.getSuppliers);
  return (
    <Page
      title={intl.formatMessage({ id: 'nav.suppliers' })}
      testId="suppliers"
      actions={<NewRecordLink directory="suppliers" testId="new-supplier" label="supplier.new" />}
    >
      <ListBody
        load={load}
        empty={<EmptyDirectory directory="suppliers" message="supplier.empty" />}
      >
        {(rows) => (
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
                {rows.map((supplier) => (
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
      </ListBody>
    </Page>
  );
}
