import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormFrame } from '../../app/FormFrame';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { goBack, href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { LocationNode, Person } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import * as ipc from '../../ipc';
import { LocationSelect } from '../locations/LocationSelect';
import { usePerson } from './usePerson';

/** Creates (`#/people/new`) or edits a person. */
export function PersonFormPage({ id }: { id: string | null }) {
  const intl = useIntl();
  const tree = useLoad(ipc.getLocationTree);
  const title = intl.formatMessage({ id: id ? 'person.editTitle' : 'person.newTitle' });
  const trail = <a href={href.directory('people')}>{intl.formatMessage({ id: 'nav.people' })}</a>;
  const back = id ? href.record('people', id) : href.directory('people');
  return (
    <Page title={title} trail={trail} testId="person-form-page">
      {tree.error && <LoadError error={tree.error} retry={tree.retry} />}
      {!tree.data && !tree.error && <Pending />}
      {tree.data &&
        (id ? (
          <EditPerson id={id} nodes={tree.data} onCancel={() => goBack(back)} />
        ) : (
          <PersonForm id={null} initial={EMPTY} nodes={tree.data} onCancel={() => goBack(back)} />
        ))}
    </Page>
  );
}

function EditPerson({
  id,
  nodes,
  onCancel,
}: {
  id: string;
  nodes: readonly LocationNode[];
  onCancel: () => void;
}) {
  const { person, loaded, error, retry } = usePerson(id);
  if (error) return <LoadError error={error} retry={retry} />;
  if (!loaded) return <Pending />;
  if (!person) {
    return (
      <p className="notice notice-error" role="alert">
        <FormattedMessage id="record.notFound" />
      </p>
    );
  }
  return <PersonForm id={id} initial={valuesOf(person.person)} nodes={nodes} onCancel={onCancel} />;
}

type Values = {
  firstName: string;
  lastName: string;
  email: string;
  department: string;
  siteId: string | null;
  account: string;
  active: boolean;
};

const EMPTY: Values = {
  firstName: '',
  lastName: '',
  email: '',
  department: '',
  siteId: null,
  account: '',
  active: true,
};

function valuesOf(person: Person): Values {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email ?? '',
    department: person.department ?? '',
    siteId: person.siteId,
    account: person.account ?? '',
    active: person.active,
  };
}

type TextField = 'firstName' | 'lastName' | 'email' | 'department' | 'account';

function PersonForm({
  id,
  initial,
  nodes,
  onCancel,
}: {
  id: string | null;
  initial: Values;
  nodes: readonly LocationNode[];
  onCancel: () => void;
}) {
  const intl = useIntl();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, MessageId>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const label = (message: MessageId) => intl.formatMessage({ id: message });
  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[data-testid="field-firstName"]')?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (values.firstName.trim() === '' && values.lastName.trim() === '') {
      found.lastName = 'person.error.name';
    }
    if (values.email.trim() !== '' && !/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) {
      found.email = 'form.error.email';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    setServerError(null);
    const optional = (value: string) => value.trim() || null;
    try {
      const saved = await ipc.savePerson({
        id,
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        email: optional(values.email),
        department: optional(values.department),
        siteId: values.siteId,
        account: optional(values.account),
        active: values.active,
      });
      navigate(href.record('people', saved.id));
    } catch (failure) {
      setServerError(ipc.toIpcError(failure).message);
      setPending(false);
    }
  }

  const text = (field: TextField, message: MessageId, type = 'text') => {
    const problem = errors[field];
    return (
      <Field label={label(message)} name={field} error={problem ? label(problem) : null}>
        {(control) => (
          <input
            {...control}
            type={type}
            data-testid={`field-${field}`}
            value={values[field]}
            onChange={(event) => set(field, event.target.value)}
          />
        )}
      </Field>
    );
  };

  return (
    <FormFrame
      formRef={form}
      testId="person-form"
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      serverError={serverError}
    >
      <div className="form-grid">
        {text('firstName', 'person.field.firstName')}
        {text('lastName', 'person.field.lastName')}
        {text('email', 'person.field.email', 'email')}
        {text('department', 'person.field.department')}
        <Field label={label('person.field.site')} name="siteId">
          {(control) => (
            <LocationSelect
              control={control}
              nodes={nodes}
              filter={(node) => node.location.kind === 'site'}
              value={values.siteId}
              onChange={(siteId) => set('siteId', siteId)}
              emptyLabel={label('form.none')}
              testId="field-siteId"
            />
          )}
        </Field>
        {text('account', 'person.field.account')}
        <label className="check field-wide">
          <input
            type="checkbox"
            data-testid="field-active"
            checked={values.active}
            onChange={(event) => set('active', event.target.checked)}
          />
          {label('person.field.active')}
        </label>
      </div>
    </FormFrame>
  );
}
