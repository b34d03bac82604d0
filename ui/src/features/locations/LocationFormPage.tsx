import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormFrame } from '../../app/FormFrame';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { goBack, href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { LocationKind, LocationNode } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';
import { LocationSelect } from './LocationSelect';

const KINDS: readonly LocationKind[] = ['site', 'building', 'room'];

/** Where each kind may sit, as the Rust side checks: a site at the top, a building in a site, a room in either. */
const PARENT_KINDS: Record<LocationKind, readonly LocationKind[]> = {
  site: [],
  building: ['site'],
  room: ['building', 'site'],
};

/** The kind a new location under `parent` most likely has. */
function kindUnder(parent: LocationNode | undefined): LocationKind {
  if (!parent) return 'site';
  return parent.location.kind === 'site' ? 'building' : 'room';
}

/** Creates (`#/locations/new`, optionally `?parent=`) or edits a location. */
export function LocationFormPage({ id, parentId }: { id: string | null; parentId: string | null }) {
  const intl = useIntl();
  const tree = useLoad(ipc.getLocationTree);
  const title = intl.formatMessage({ id: id ? 'location.editTitle' : 'location.newTitle' });
  const back = id
    ? href.record('locations', id)
    : parentId
      ? href.record('locations', parentId)
      : href.directory('locations');
  const node = id ? tree.data?.find((n) => n.location.id === id) : undefined;
  const ready = tree.data && (!id || node);
  return (
    <Page
      title={title}
      testId="location-form-page"
      trail={
        <a href={href.directory('locations')}>{intl.formatMessage({ id: 'nav.locations' })}</a>
      }
    >
      {tree.error && <LoadError error={tree.error} retry={tree.retry} />}
      {!tree.data && !tree.error && <Pending />}
      {tree.data && id && !node && (
        <p className="notice notice-error" role="alert">
          {intl.formatMessage({ id: 'record.notFound' })}
        </p>
      )}
      {ready && tree.data && (
        <LocationForm
          id={id}
          nodes={tree.data}
          initial={
            node
              ? {
                  kind: node.location.kind,
                  name: node.location.name,
                  parentId: node.location.parentId,
                  address: node.location.address ?? '',
                  notes: node.location.notes ?? '',
                }
              : {
                  kind: kindUnder(tree.data.find((n) => n.location.id === parentId)),
                  name: '',
                  parentId,
                  address: '',
                  notes: '',
                }
          }
          onCancel={() => goBack(back)}
        />
      )}
    </Page>
  );
}

type Values = {
  kind: LocationKind;
  name: string;
  parentId: string | null;
  address: string;
  notes: string;
};

function LocationForm({
  id,
  nodes,
  initial,
  onCancel,
}: {
  id: string | null;
  nodes: readonly LocationNode[];
  initial: Values;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, MessageId>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const label = (message: MessageId) => intl.formatMessage({ id: message });
  const error = (field: keyof Values) => {
    const message = errors[field];
    return message ? label(message) : null;
  };
  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[data-testid="field-name"]')?.focus();
  }, []);

  const parentKinds = PARENT_KINDS[values.kind];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (values.name.trim() === '') found.name = 'form.error.required';
    if (parentKinds.length > 0 && values.parentId === null)
      found.parentId = 'location.error.parent';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    setServerError(null);
    try {
      const saved = await ipc.saveLocation({
        id,
        kind: values.kind,
        name: values.name.trim(),
        parentId: parentKinds.length > 0 ? values.parentId : null,
        address: values.address.trim() || null,
        notes: values.notes.trim() || null,
      });
      navigate(href.record('locations', saved.id));
    } catch (failure) {
      setServerError(ipc.toIpcError(failure).message);
      setPending(false);
    }
  }

  return (
    <FormFrame
      formRef={form}
      testId="location-form"
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      serverError={serverError}
    >
      <div className="form-grid">
        <Field label={label('location.field.name')} name="name" error={error('name')} required>
          {(control) => (
            <input
              {...control}
              type="text"
              data-testid="field-name"
              value={values.name}
              onChange={(event) => set('name', event.target.value)}
            />
          )}
        </Field>
        <Field label={label('location.field.kind')} name="kind">
          {(control) => (
            <select
              {...control}
              data-testid="field-kind"
              value={values.kind}
              onChange={(event) => {
                const kind = KINDS.find((k) => k === event.target.value);
                if (kind) set('kind', kind);
              }}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {label(`location.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {parentKinds.length > 0 && (
          <Field
            label={label('location.field.parent')}
            name="parentId"
            error={error('parentId')}
            required
          >
            {(control) => (
              <LocationSelect
                control={control}
                nodes={nodes}
                exclude={id}
                filter={(node) => parentKinds.includes(node.location.kind)}
                value={values.parentId}
                onChange={(parent) => set('parentId', parent)}
                emptyLabel={label('form.choose')}
                testId="field-parentId"
              />
            )}
          </Field>
        )}
        <Field label={label('location.field.address')} name="address" wide>
          {(control) => (
            <input
              {...control}
              type="text"
              data-testid="field-address"
              value={values.address}
              onChange={(event) => set('address', event.target.value)}
            />
          )}
        </Field>
        <Field label={label('location.field.notes')} name="notes" wide>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              data-testid="field-notes"
              value={values.notes}
              onChange={(event) => set('notes', event.target.value)}
            />
          )}
        </Field>
      </div>
    </FormFrame>
  );
}
