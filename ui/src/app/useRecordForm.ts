import { type FormEvent, useEffect, useRef, useState } from 'react';
import { toIpcError } from '../ipc';

/** Field errors by field name; a field without an error is absent or undefined. */
type Errors<V> = Partial<Record<keyof V, string | undefined>>;

/**
 * The state every record form shares: the values, their errors, the error
 * Rust answered, the pending save. `submit` validates first and puts the
 * focus on the first invalid field (`data-testid="field-<name>"`); a rejected
 * save shows its message and keeps what was typed. `firstField` is focused
 * when the form opens.
 */
export function useRecordForm<V extends object, E extends Errors<V>>({
  initial,
  validate,
  onSave,
  firstField,
}: {
  initial: V;
  validate: (values: V) => E;
  onSave: (values: V) => Promise<void>;
  firstField: string;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const field = (name: string) =>
    form.current?.querySelector<HTMLElement>(`[data-testid="field-${name}"]`);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form opens (or its first field changes).
  useEffect(() => {
    field(firstField)?.focus();
  }, [firstField]);

  const set = <K extends keyof V>(name: K, value: V[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    if (errors[name]) setErrors((previous) => ({ ...previous, [name]: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = validate(values);
    setErrors(found);
    const firstInvalid = Object.keys(found)[0];
    if (firstInvalid) {
      field(firstInvalid)?.focus();
      return;
    }
    setPending(true);
    setServerError(null);
    try {
      await onSave(values);
    } catch (failure) {
      setServerError(toIpcError(failure).message);
      setPending(false);
      form.current?.querySelector<HTMLElement>('[data-testid="form-error"]')?.focus();
    }
  }

  return { values, setValues, errors, serverError, pending, form, set, submit };
}
