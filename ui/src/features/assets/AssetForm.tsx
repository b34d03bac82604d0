import { useIntl } from 'react-intl';
import { type ControlProps, Field } from '../../app/Field';
import { FormFrame } from '../../app/FormFrame';
import { FormSection } from '../../app/FormSection';
import { useRecordForm } from '../../app/useRecordForm';
import type { AssetKind, LocationNode, Supplier } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useLanguage } from '../../i18n/LanguageProvider';
import { LocationSelect } from '../locations/LocationSelect';
import { PersonPicker } from '../people/PersonPicker';
import { type AssetValues, type FieldName, validate } from './formValues';
import { STATUSES } from './StatusBadge';

type Props = {
  initial: AssetValues;
  kinds: readonly AssetKind[];
  locations: readonly LocationNode[];
  suppliers: readonly Supplier[];
  /** Saves; a rejection (an `IpcError`) is shown at the top of the form. */
  onSave: (values: AssetValues) => Promise<void>;
  onCancel: () => void;
};

/** The fields of `AssetInput`, grouped as a technician reads them. */
export function AssetForm({ initial, kinds, locations, suppliers, onSave, onCancel }: Props) {
  const intl = useIntl();
  const { lang } = useLanguage();
  const { values, errors, serverError, pending, form, set, submit } = useRecordForm({
    initial,
    validate: validate,
    onSave,
    firstField: initial.tag === '' ? 'tag' : 'name',
  });

  const label = (id: MessageId) => intl.formatMessage({ id });
  const error = (field: FieldName) => {
    const id = errors[field];
    return id ? intl.formatMessage({ id }) : null;
  };
  const text = (
    field: FieldName & keyof PickStrings,
    extra?: { mono?: boolean; wide?: boolean },
  ) => (
    <Field
      label={label(`asset.field.${FIELD_KEYS[field]}`)}
      name={field}
      error={error(field)}
      wide={extra?.wide}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          className={extra?.mono ? 'mono' : undefined}
          data-testid={`field-${field}`}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <FormFrame
      formRef={form}
      testId="asset-form"
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      serverError={serverError}
    >
      <FormSection title={label('asset.section.identity')}>
        <Field label={label('asset.field.tag')} name="tag" error={error('tag')} required>
          {(control) => (
            <input
              {...control}
              type="text"
              className="mono"
              data-testid="field-tag"
              required
              value={values.tag}
              onChange={(event) => set('tag', event.target.value)}
            />
          )}
        </Field>
        <Field label={label('asset.field.name')} name="name" error={error('name')} required>
          {(control) => (
            <input
              {...control}
              type="text"
              data-testid="field-name"
              required
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field label={label('asset.field.kind')} name="kind" error={error('kind')} required>
          {(control) => (
            <select
              {...control}
              data-testid="field-kind"
              required
              value={values.kind}
              onChange={(event) => set('kind', event.target.value)}
            >
              <option value="">{label('form.choose')}</option>
              {kinds.map((kind) => (
                <option key={kind.code} value={kind.code}>
                  {lang === 'fr' ? kind.labelFr : kind.labelEn}
                </option>
              ))}
              {values.kind !== '' && !kinds.some((kind) => kind.code === values.kind) && (
                <option value={values.kind}>{values.kind}</option>
              )}
            </select>
          )}
        </Field>
        {text('manufacturer')}
        {text('model')}
        {text('serial', { mono: true })}
      </FormSection>

      <FormSection title={label('asset.section.assignment')}>
        <Field label={label('asset.field.status')} name="status">
          {(control) => (
            <select
              {...control}
              data-testid="field-status"
              value={values.status}
              onChange={(event) => {
                const status = STATUSES.find((s) => s === event.target.value);
                if (status) set('status', status);
              }}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {intl.formatMessage({ id: `status.${status}` })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={label('asset.field.location_id')} name="locationId">
          {(control) => (
            <LocationSelect
              control={control}
              nodes={locations}
              value={values.locationId}
              onChange={(id) => set('locationId', id)}
              emptyLabel={label('form.none')}
              testId="field-locationId"
            />
          )}
        </Field>
        <Field
          label={label('asset.field.assignee_id')}
          name="assignee"
          hint={values.status === 'retired' ? label('asset.retiredUnassigned') : undefined}
        >
          {(control) => (
            <PersonPicker
              control={control}
              value={values.assignee}
              onChange={(person) => set('assignee', person)}
              label={label('asset.field.assignee_id')}
              placeholder={label('form.nobody')}
              testId="field-assignee"
            />
          )}
        </Field>
      </FormSection>

      <FormSection title={label('asset.section.purchase')}>
        <Field label={label('asset.field.supplier_id')} name="supplierId">
          {(control) => (
            <select
              {...control}
              data-testid="field-supplierId"
              value={values.supplierId ?? ''}
              onChange={(event) => set('supplierId', event.target.value || null)}
            >
              <option value="">{label('form.none')}</option>
              {suppliers.map((supplier) => (
                <option key={supplier.id} value={supplier.id}>
                  {supplier.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('orderNumber')}
        <DateField
          label={label('asset.field.purchase_date')}
          field="purchaseDate"
          value={values.purchaseDate}
          error={error('purchaseDate')}
          onChange={(value) => set('purchaseDate', value)}
        />
        <Field
          label={label('asset.field.purchase_cost')}
          name="purchaseCost"
          error={error('purchaseCost')}
          hint={label('asset.costHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              data-testid="field-purchaseCost"
              value={values.purchaseCost}
              onChange={(event) => set('purchaseCost', event.target.value)}
            />
          )}
        </Field>
        <DateField
          label={label('asset.field.warranty_end')}
          field="warrantyEnd"
          value={values.warrantyEnd}
          error={error('warrantyEnd')}
          onChange={(value) => set('warrantyEnd', value)}
        />
        {text('maintenanceContract')}
      </FormSection>

      <FormSection title={label('asset.section.technical')}>
        {text('osName')}
        {text('osVersion')}
        {text('firmwareVersion')}
        {text('ipAddress', { mono: true })}
        {text('macAddress', { mono: true })}
      </FormSection>

      <FormSection title={label('asset.field.notes')} hideTitle>
        <Field label={label('asset.field.notes')} name="notes" wide>
          {(control: ControlProps) => (
            <textarea
              {...control}
              data-testid="field-notes"
              rows={4}
              value={values.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
          )}
        </Field>
      </FormSection>
    </FormFrame>
  );
}

/** The plain text fields and the history's name of each. */
type PickStrings = Pick<
  AssetValues,
  | 'serial'
  | 'manufacturer'
  | 'model'
  | 'orderNumber'
  | 'maintenanceContract'
  | 'osName'
  | 'osVersion'
  | 'firmwareVersion'
  | 'ipAddress'
  | 'macAddress'
>;

const FIELD_KEYS = {
  serial: 'serial',
  manufacturer: 'manufacturer',
  model: 'model',
  orderNumber: 'order_number',
  maintenanceContract: 'maintenance_contract',
  osName: 'os_name',
  osVersion: 'os_version',
  firmwareVersion: 'firmware_version',
  ipAddress: 'ip_address',
  macAddress: 'mac_address',
} as const satisfies Record<keyof PickStrings, string>;

function DateField({
  label,
  field,
  value,
  error,
  onChange,
}: {
  label: string;
  field: 'purchaseDate' | 'warrantyEnd';
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} name={field} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          data-testid={`field-${field}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
