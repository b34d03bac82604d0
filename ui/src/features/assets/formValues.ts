import type { Asset, AssetInput, AssetStatus, Reference } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { parseCents } from './money';

/*
 * The asset form's values: what the fields hold (text, never null), turned into
 * an `AssetInput` for Rust on save, and checked before that.
 */

export type AssetValues = {
  tag: string;
  name: string;
  kind: string;
  status: AssetStatus;
  serial: string;
  manufacturer: string;
  model: string;
  locationId: string | null;
  assignee: Reference | null;
  supplierId: string | null;
  /** ISO dates, as `<input type="date">` holds them. */
  purchaseDate: string;
  orderNumber: string;
  purchaseCost: string;
  warrantyEnd: string;
  maintenanceContract: string;
  osName: string;
  osVersion: string;
  firmwareVersion: string;
  ipAddress: string;
  macAddress: string;
  notes: string;
};

export type FieldName = keyof AssetValues;

export type FieldErrors = Partial<Record<FieldName, MessageId>>;

export function emptyValues(tag: string): AssetValues {
  return {
    tag,
    name: '',
    kind: '',
    status: 'in_stock',
    serial: '',
    manufacturer: '',
    model: '',
    locationId: null,
    assignee: null,
    supplierId: null,
    purchaseDate: '',
    orderNumber: '',
    purchaseCost: '',
    warrantyEnd: '',
    maintenanceContract: '',
    osName: '',
    osVersion: '',
    firmwareVersion: '',
    ipAddress: '',
    macAddress: '',
    notes: '',
  };
}

/**
 * The values of an `AssetInput` (from `duplicate_asset`), with the assignee's
 * name when known. `decimal` writes the cost the way the language does.
 */
export function valuesOfInput(
  input: AssetInput,
  assignee: Reference | null,
  decimal: (value: string) => string,
): AssetValues {
  const text = (value: string | null) => value ?? '';
  return {
    tag: input.tag,
    name: input.name,
    kind: input.kind,
    status: input.status ?? 'in_stock',
    serial: text(input.serial),
    manufacturer: text(input.manufacturer),
    model: text(input.model),
    locationId: input.locationId,
    assignee: input.assigneeId && assignee?.id === input.assigneeId ? assignee : null,
    supplierId: input.supplierId,
    purchaseDate: text(input.purchaseDate),
    orderNumber: text(input.orderNumber),
    purchaseCost: input.purchaseCost === null ? '' : decimal(input.purchaseCost),
    warrantyEnd: text(input.warrantyEnd),
    maintenanceContract: text(input.maintenanceContract),
    osName: text(input.osName),
    osVersion: text(input.osVersion),
    firmwareVersion: text(input.firmwareVersion),
    ipAddress: text(input.ipAddress),
    macAddress: text(input.macAddress),
    notes: text(input.notes),
  };
}

/** The values of a saved asset, to edit it. */
export function valuesOfAsset(
  asset: Asset,
  assignee: Reference | null,
  decimal: (value: string) => string,
): AssetValues {
  const cost = asset.purchaseCost;
  return valuesOfInput(
    {
      ...asset,
      status: asset.status,
      purchaseCost:
        cost === null
          ? null
          : `${cost < 0 ? '-' : ''}${Math.floor(Math.abs(cost) / 100)}.${String(Math.abs(cost) % 100).padStart(2, '0')}`,
    },
    assignee,
    decimal,
  );
}

/** What Rust receives: trimmed text, and `null` for what is empty. */
export function toInput(values: AssetValues): AssetInput {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    tag: values.tag.trim(),
    name: values.name.trim(),
    kind: values.kind,
    status: values.status,
    serial: optional(values.serial),
    manufacturer: optional(values.manufacturer),
    model: optional(values.model),
    locationId: values.locationId,
    assigneeId: values.assignee?.id ?? null,
    supplierId: values.supplierId,
    purchaseDate: optional(values.purchaseDate),
    orderNumber: optional(values.orderNumber),
    purchaseCost: optional(values.purchaseCost),
    warrantyEnd: optional(values.warrantyEnd),
    maintenanceContract: optional(values.maintenanceContract),
    osName: optional(values.osName),
    osVersion: optional(values.osVersion),
    firmwareVersion: optional(values.firmwareVersion),
    ipAddress: optional(values.ipAddress),
    macAddress: optional(values.macAddress),
    notes: optional(values.notes),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What must be fixed before saving, field by field; Rust checks the same rules again. */
export function validate(values: AssetValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.tag.trim() === '') errors.tag = 'form.error.required';
  if (values.name.trim() === '') errors.name = 'form.error.required';
  if (values.kind === '') errors.kind = 'form.error.required';
  for (const field of ['purchaseDate', 'warrantyEnd'] as const) {
    if (values[field] !== '' && !ISO_DATE.test(values[field])) errors[field] = 'form.error.date';
  }
  if (
    !errors.purchaseDate &&
    !errors.warrantyEnd &&
    values.purchaseDate !== '' &&
    values.warrantyEnd !== '' &&
    values.warrantyEnd < values.purchaseDate
  ) {
    errors.warrantyEnd = 'form.error.warrantyBeforePurchase';
  }
  if (values.purchaseCost.trim() !== '') {
    const cents = parseCents(values.purchaseCost);
    if (cents === null) errors.purchaseCost = 'form.error.amount';
    else if (cents < 0) errors.purchaseCost = 'form.error.negativeCost';
  }
  return errors;
}
