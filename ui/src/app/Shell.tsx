import { useEffect, useRef } from 'react';
import type { DatabaseInfo } from '../bindings';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { PlaceholderPage } from '../features/placeholder/PlaceholderPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { Sidebar } from './Sidebar';
import { type Section, useSection } from './sections';

/** The unlocked application: the sidebar and the current section. */
export function Shell({ database }: { database: DatabaseInfo }) {
  const section = useSection();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(section);

  // After a navigation, move the focus to the new page's title, as a screen
  // reader user expects from a page change; not on the first display.
  useEffect(() => {
    if (shown.current === section) return;
    shown.current = section;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [section]);

  return (
    <div className="shell">
      <Sidebar current={section} />
      <main className="main" ref={main}>
        <SectionPage section={section} database={database} />
      </main>
    </div>
  );
}

function SectionPage({ section, database }: { section: Section; database: DatabaseInfo }) {
  switch (section) {
    case 'dashboard':
      return <DashboardPage />;
    case 'inventory':
      return <InventoryPage />;
    case 'settings':
      return <SettingsPage database={database} />;
    default:
      return <PlaceholderPage section={section} />;
  }
}
