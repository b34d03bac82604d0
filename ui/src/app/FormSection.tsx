import type { ReactNode } from 'react';

/** A group of a form's fields under its title, laid out on the form's grid. */
export function FormSection({
  title,
  hideTitle,
  testId,
  children,
}: {
  title: ReactNode;
  hideTitle?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="form-section" data-testid={testId}>
      <legend className={hideTitle ? 'visually-hidden' : undefined}>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}
