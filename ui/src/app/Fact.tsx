import type { ReactNode } from 'react';

/** One term of a record's sheet (`<dl className="facts">`); an empty value reads as a dash. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const empty =
    children === null || children === undefined || children === '' || children === false;
  return (
    <>
      <dt>{label}</dt>
      <dd>{empty ? <span className="muted">—</span> : children}</dd>
    </>
  );
}
