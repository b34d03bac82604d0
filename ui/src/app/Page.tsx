import type { ReactNode } from 'react';

/**
 * The frame of every screen: where it sits (`trail`, links back up), its title
 * and actions, then its content. `className` lets a screen lay out its content,
 * as the inventory does to give its table the remaining height.
 */
export function Page({
  title,
  testId,
  trail,
  actions,
  className,
  children,
}: {
  title: ReactNode;
  testId?: string;
  trail?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <article className={className ? `page ${className}` : 'page'} data-testid={testId}>
      <header className="page-header">
        <div className="page-heading">
          {trail && <p className="page-trail">{trail}</p>}
          <h1 data-testid="page-title" tabIndex={-1}>
            {title}
          </h1>
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </article>
  );
}
