import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormFrame } from '../../app/FormFrame';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { goBack, href, navigate } from '../../app/routes';
import type { Supplier } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';
import { useSupplier } from './useSupplier';

/** Creates (`#/suppliers/new`) or edits a supplier. */
export function SupplierFormPage({ id }: { id: string | null }) {
  const intl = useIntl();
  const title = intl.formatMessage({ id: id ? 'supplier.editTitle' : 'supplier.newTitle' });
  const trail = (
    <a href={href.directory('suppliers')}>{intl.formatMessage({ id: 'nav.suppliers' })}</a>
  );
  const back = id ? href.record('suppliers', id) : href.directory('suppliers');
  return (
    <Page title={title} trail={trail} testId="supplier-form-page">
      {id ? (
        <EditSupplier id={id} onCancel={() => goBack(back)} />
      ) : (
        <SupplierForm id={null} initial={EMPTY} onCancel={() => goBack(back)} />
      )}
    </Page>
  );
}

function EditSupplier({ id, onCancel }: { id: string; onCancel: () => void }) {
  const { supplier, loaded, error, retry } = useSupplier(id);
  if (error) return <LoadError error={error} retry={retry} />;
  if (!loaded) return <Pending />;
  if (!supplier) {
    return (
      <p className="notice notice-error" role="alert">
        <FormattedMessage id="record.notFound" />
      </p>
    );
  }
  return <SupplierForm id={id} initial={valuesOf(supplier)} onCancel={onCancel} />;
}

type Values = {
  name: string;
  contact: string;
  phone: string;
  email: string;
  website: string;
  notes: string;
};

const EMPTY: Values = { name: '', contact: '', phone: '', email: '', website: '', notes: '' };

function valuesOf(supplier: Supplier): Values {
  return {
    name: supplier.name,
    contact: supplier.contact ?? '',
    phone: supplier.phone ?? '',
    email: supplier.email ?? '',
    website: supplier.website ?? '',
    notes: supplier.notes ?? '',
  };
}

function SupplierForm({
  id,
  initial,
  onCancel,
}: {
  id: string | null;
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

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[data-testid="field-name"]')?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (values.name.trim() === '') found.name = 'form.error.required';
    if (values.email.trim() !== '' && !/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) {
      found.email = 'form.error.email';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    setServerError(null);
    const optional = (value: string) => value.trim() || null;
    try {
      const saved = await ipc.saveSupplier({
        id,
        name: values.name.trim(),
        contact: optional(values.contact),
        phone: optional(values.phone),
        email: optional(values.email),
        website: optional(values.website),
        notes: optional(values.notes),
      });
      navigate(href.record('suppliers', saved.id));
    } catch (failure) {
      setServerError(ipc.toIpcError(failure).message);
      setPending(false);
    }
  }

  const input = (field: Exclude<keyof Values, 'notes'>, type = 'text', required = false) => {
    const problem = errors[field];
    return (
      <Field
        label={label(`supplier.field.${field}`)}
        name={field}
        error={problem ? label(problem) : null}
        required={required}
      >
        {(control) => (
          <input
            {...control}
            type={type}
            data-testid={`field-${field}`}
            value={values[field]}
            onChange={(event) =>
              setValues((previous) => ({ ...previous, [field]: event.target.value }))
            }
          />
        )}
      </Field>
    );
  };

  return (
    <FormFrame
      formRef={form}
      testId="supplier-form"
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      serverError={serverError}
    >
      <div className="form-grid">
        {input('name', 'text', true)}
        {input('contact')}
        {input('phone', 'tel')}
        {input('email', 'email')}
        {input('website', 'url')}
        <Field label={label('supplier.field.notes')} name="notes" wide>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              data-testid="field-notes"
              value={values.notes}
              onChange={(event) =>
                setValues((previous) => ({ ...previous, notes: event.target.value }))
              }
            />
          )}
        </Field>
      </div>
    </FormFrame>
  );
}
