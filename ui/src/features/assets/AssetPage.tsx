import { useCallback, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../app/ConfirmButton';
import { Fact } from '../../app/Fact';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { AssetDetail, AssetKind, LocationNode, Supplier } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { AssetTickets } from '../tickets/AssetTickets';
import { History, type Names } from './History';
import { kindLabel } from './kinds';
import { StatusBadge } from './StatusBadge';

const NO_KINDS: AssetKind[] = [];
const NO_LOCATIONS: LocationNode[] = [];
const NO_SUPPLIERS: Supplier[] = [];

/** An asset's page (`#/assets/<id>`): every field, its assignments and its history. */
export function AssetPage({ id }: { id: string }) {
  const intl = useIntl();
  const load = useCallback(() => ipc.getAssetDetail(id), [id]);
  const detail = useLoad(load);
  const kinds = useLoad(ipc.getAssetKinds).data ?? NO_KINDS;
  const locations = useLoad(ipc.getLocationTree).data ?? NO_LOCATIONS;
  const suppliers = useLoad(ipc.getSuppliers).data ?? NO_SUPPLIERS;
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const remove = async () => {
    try {
      const outcome = await ipc.deleteAsset(id);
      if (outcome === 'deleted') {
        navigate(href.section('inventory'));
      } else {
        setNotice({ tone: 'info', text: intl.formatMessage({ id: 'asset.retiredNotErased' }) });
        detail.retry();
      }
    } catch (error) {
      setNotice({ tone: 'error', text: ipc.toIpcError(error).message });
    }
  };

  const data = detail.data;
  const title = data ? data.asset.name : intl.formatMessage({ id: 'asset.title' });
  return (
    <Page
      title={title}
      testId="asset-page"
      trail={<a href={href.section('inventory')}>{intl.formatMessage({ id: 'nav.inventory' })}</a>}
      actions={
        data && (
          <>
            <a className="button" href={href.editAsset(id)} data-testid="edit-button">
              <FormattedMessage id="common.edit" />
            </a>
            <a className="button" href={href.duplicateAsset(id)} data-testid="duplicate-button">
              <FormattedMessage id="asset.duplicate" />
            </a>
            <ConfirmButton
              label={intl.formatMessage({ id: 'common.delete' })}
              title={intl.formatMessage({ id: 'asset.deleteTitle' }, { tag: data.asset.tag })}
              body={intl.formatMessage({ id: 'asset.deleteBody' })}
              confirm={intl.formatMessage({ id: 'common.delete' })}
              onConfirm={remove}
              testId="delete-button"
            />
          </>
        )
      }
    >
      {notice && (
        <p
          className={notice.tone === 'error' ? 'notice notice-error' : 'notice'}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid="asset-notice"
        >
          {notice.text}
        </p>
      )}
      {detail.error && <LoadError error={detail.error} retry={detail.retry} />}
      {data ? (
        <AssetSheet detail={data} kinds={kinds} locations={locations} suppliers={suppliers} />
      ) : (
        !detail.error && <Pending />
      )}
    </Page>
  );
}

function AssetSheet({
  detail,
  kinds,
  locations,
  suppliers,
}: {
  detail: AssetDetail;
  kinds: readonly AssetKind[];
  locations: readonly LocationNode[];
  suppliers: readonly Supplier[];
}) {
  const intl = useIntl();
  const format = useFormat();
  const { lang } = useLanguage();
  const { asset, assignee, supplier, locationPath, assignments, history } = detail;

  // The history stores ids; these name them: every location, every supplier,
  // and the people this asset has been given to.
  const names = useMemo<Names>(() => {
    const map = new Map<string, string>();
    for (const { location } of locations) map.set(location.id, location.name);
    for (const s of suppliers) map.set(s.id, s.name);
    for (const a of assignments) if (a.person) map.set(a.person.id, a.person.name);
    if (assignee) map.set(assignee.id, assignee.name);
    if (supplier) map.set(supplier.id, supplier.name);
    return map;
  }, [locations, suppliers, assignments, assignee, supplier]);

  const date = (iso: string | null) => (iso ? format.isoDate(iso) : null);
  const label = (field: string) => intl.formatMessage({ id: `asset.field.${field}` as MessageId });

  return (
    <div className="record">
      <section className="record-section" aria-labelledby="asset-identity">
        <h2 id="asset-identity">
          <FormattedMessage id="asset.section.identity" />
        </h2>
        <dl className="facts">
          <Fact label={label('tag')}>
            <span className="mono" data-testid="asset-tag">
              {asset.tag}
            </span>
          </Fact>
          <Fact label={label('name')}>{asset.name}</Fact>
          <Fact label={label('kind')}>{kindLabel(kinds, asset.kind, lang)}</Fact>
          <Fact label={label('manufacturer')}>{asset.manufacturer}</Fact>
          <Fact label={label('model')}>{asset.model}</Fact>
          <Fact label={label('serial')}>
            {asset.serial && <span className="mono">{asset.serial}</span>}
          </Fact>
        </dl>
      </section>

      <section className="record-section" aria-labelledby="asset-assignment">
        <h2 id="asset-assignment">
          <FormattedMessage id="asset.section.assignment" />
        </h2>
        <dl className="facts">
          <Fact label={label('status')}>
            <StatusBadge status={asset.status} testId="asset-status" />
          </Fact>
          <Fact label={label('location_id')}>
            {asset.locationId && (
              <a href={href.record('locations', asset.locationId)} data-testid="asset-location">
                {locationPath ?? asset.locationId}
              </a>
            )}
          </Fact>
          <Fact label={label('assignee_id')}>
            {assignee && (
              <a href={href.record('people', assignee.id)} data-testid="asset-assignee">
                {assignee.name}
              </a>
            )}
          </Fact>
        </dl>
      </section>

      <section className="record-section" aria-labelledby="asset-purchase">
        <h2 id="asset-purchase">
          <FormattedMessage id="asset.section.purchase" />
        </h2>
        <dl className="facts">
          <Fact label={label('supplier_id')}>
            {supplier && (
              <a href={href.record('suppliers', supplier.id)} data-testid="asset-supplier">
                {supplier.name}
              </a>
            )}
          </Fact>
          <Fact label={label('order_number')}>{asset.orderNumber}</Fact>
          <Fact label={label('purchase_date')}>{date(asset.purchaseDate)}</Fact>
          <Fact label={label('purchase_cost')}>
            {asset.purchaseCost !== null && (
              <span data-testid="asset-cost">{format.euros(asset.purchaseCost)}</span>
            )}
          </Fact>
          <Fact label={label('warranty_end')}>{date(asset.warrantyEnd)}</Fact>
          <Fact label={label('maintenance_contract')}>{asset.maintenanceContract}</Fact>
        </dl>
      </section>

      <section className="record-section" aria-labelledby="asset-technical">
        <h2 id="asset-technical">
          <FormattedMessage id="asset.section.technical" />
        </h2>
        <dl className="facts">
          <Fact label={label('os_name')}>{asset.osName}</Fact>
          <Fact label={label('os_version')}>{asset.osVersion}</Fact>
          <Fact label={label('firmware_version')}>{asset.firmwareVersion}</Fact>
          <Fact label={label('ip_address')}>
            {asset.ipAddress && <span className="mono">{asset.ipAddress}</span>}
          </Fact>
          <Fact label={label('mac_address')}>
            {asset.macAddress && <span className="mono">{asset.macAddress}</span>}
          </Fact>
          <Fact label={label('last_audit')}>
            {asset.lastAudit && (
              <time dateTime={asset.lastAudit} data-testid="asset-last-audit">
                {date(asset.lastAudit)}
              </time>
            )}
          </Fact>
          <Fact label={label('created_at')}>{format.dateTime(asset.createdAt)}</Fact>
          <Fact label={label('updated_at')}>{format.dateTime(asset.updatedAt)}</Fact>
        </dl>
      </section>

      {asset.notes && (
        <section className="record-section record-wide" aria-labelledby="asset-notes">
          <h2 id="asset-notes">{label('notes')}</h2>
          <p className="notes">{asset.notes}</p>
        </section>
      )}

      <section className="record-section record-wide" aria-labelledby="asset-assignments">
        <h2 id="asset-assignments">
          <FormattedMessage id="asset.assignments" />
        </h2>
        {assignments.length === 0 ? (
          <p className="empty">
            <FormattedMessage id="asset.noAssignments" />
          </p>
        ) : (
          <ol className="timeline">
            {assignments.map((assignment) => (
              <li
                key={`${assignment.at}-${assignment.person?.id ?? 'stock'}`}
                data-testid="assignment"
              >
                <time dateTime={assignment.at}>{format.dateTime(assignment.at)}</time>{' '}
                {assignment.person ? (
                  <FormattedMessage
                    id="asset.assignedTo"
                    values={{
                      person: (
                        <a href={href.record('people', assignment.person.id)}>
                          {assignment.person.name}
                        </a>
                      ),
                      actor: assignment.actor,
                    }}
                  />
                ) : (
                  <FormattedMessage id="asset.returned" values={{ actor: assignment.actor }} />
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="record-section record-wide" aria-labelledby="asset-history">
        <h2 id="asset-history">
          <FormattedMessage id="history.title" />
        </h2>
        <History entries={history} kinds={kinds} names={names} />
      </section>

      <AssetTickets assetId={asset.id} />

      <div className="record-links record-wide">
        <LinkedSection title="asset.licences" empty="asset.noLicences" />
        <LinkedSection title="asset.maintenance" empty="asset.noMaintenance" />
      </div>
    </div>
  );
}

/** A section a later version will fill (licences, maintenance), saying so. */
function LinkedSection({ title, empty }: { title: MessageId; empty: MessageId }) {
  return (
    <section className="record-section linked">
      <h2>
        <FormattedMessage id={title} />
      </h2>
      <p className="empty">
        <FormattedMessage id={empty} />
      </p>
    </section>
  );
}
