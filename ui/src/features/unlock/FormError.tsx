/** The error under the passphrase fields; inputs point to it with `aria-describedby`. */
export const FORM_ERROR_ID = 'unlock-error';

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p id={FORM_ERROR_ID} className="field-error" data-testid="unlock-error" role="alert">
      {message}
    </p>
  );
}
