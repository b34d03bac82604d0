import type { ReactNode } from 'react';

/** The frame of every section: its title, then its content. */
export function Page({
  title,
  testId,
  children,
}: {
  title: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <article className="page" data-testid={testId}>
      <header className="page-header">
        <h1 data-testid="page-title" tabIndex={-1}>
          {title}
        </h1>
      </header>
      {children}
    </article>
  );
}
