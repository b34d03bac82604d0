import { useEffect, useRef, useState } from 'react';
import type { DatabaseInfo } from '../bindings';
import { AssetFormPage } from '../features/assets/AssetFormPage';
import { AssetPage } from '../features/assets/AssetPage';
import { CampaignList } from '../features/audit/CampaignList';
import { CampaignPage } from '../features/audit/CampaignPage';
import { ChangeFormPage } from '../features/changes/ChangeFormPage';
import { ChangePage } from '../features/changes/ChangePage';
import { ChangesPage } from '../features/changes/ChangesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ImportPage } from '../features/imports/ImportPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { LocationFormPage } from '../features/locations/LocationFormPage';
import { LocationPage } from '../features/locations/LocationPage';
import { LocationsPage } from '../features/locations/LocationsPage';
import { CommandPalette } from '../features/palette/CommandPalette';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonFormPage } from '../features/people/PersonFormPage';
import { PersonPage } from '../features/people/PersonPage';
import { PlaceholderPage } from '../features/placeholder/PlaceholderPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SupplierFormPage } from '../features/suppliers/SupplierFormPage';
import { SupplierPage } from '../features/suppliers/SupplierPage';
import { SuppliersPage } from '../features/suppliers/SuppliersPage';
import { TicketFormPage } from '../features/tickets/TicketFormPage';
import { TicketPage } from '../features/tickets/TicketPage';
import { TicketQueue } from '../features/tickets/TicketQueue';
import { TicketStatsPage } from '../features/tickets/TicketStatsPage';
import { type Directory, navItemOf, parseRoute, type Route, screenKey, useHash } from './routes';
import { Sidebar } from './Sidebar';

/** Ctrl+K, or ⌘K on a Mac: the shortcut of the command palette everywhere in the app. */
function isPaletteShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
}

/** The unlocked application: the sidebar, the current screen and the command palette. */
export function Shell({ database }: { database: DatabaseInfo }) {
  const hash = useHash();
  const route = parseRoute(hash);
  const screen = screenKey(hash);
  const main = useRef<HTMLElement>(null);
  const shown = useRef(screen);
  const [palette, setPalette] = useState(false);

  // After a navigation, move the focus to the new page's title, as a screen
  // reader user expects from a page change; not on the first display, and not
  // when the new page has already put it somewhere (a form, on its first field).
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    const active = document.activeElement;
    if (active && active !== document.body && main.current?.contains(active)) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  useEffect(() => {
    const open = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setPalette(true);
    };
    window.addEventListener('keydown', open);
    return () => window.removeEventListener('keydown', open);
  }, []);

  return (
    <div className="shell">
      <Sidebar current={navItemOf(route)} onSearch={() => setPalette(true)} />
      <main className="main" ref={main}>
        <Screen key={screen} route={route} database={database} />
      </main>
      <CommandPalette open={palette} onOpenChange={setPalette} />
    </div>
  );
}

function Screen({ route, database }: { route: Route; database: DatabaseInfo }) {
  switch (route.page) {
    case 'section':
      switch (route.section) {
        case 'dashboard':
          return <DashboardPage />;
        case 'inventory':
          return <InventoryPage />;
        case 'tickets':
          return <TicketQueue />;
        case 'settings':
          return <SettingsPage database={database} />;
        default:
          return <PlaceholderPage section={route.section} />;
      }
    case 'asset':
      return <AssetPage id={route.id} />;
    case 'asset-new':
      return <AssetFormPage id={null} duplicateOf={route.duplicateOf} />;
    case 'asset-edit':
      return <AssetFormPage id={route.id} duplicateOf={null} />;
    case 'directory':
      return <DirectoryList directory={route.directory} />;
    case 'record':
      return <DirectoryRecord directory={route.directory} id={route.id} />;
    case 'record-new':
      return <DirectoryForm directory={route.directory} id={null} parentId={route.parentId} />;
    case 'record-edit':
      return <DirectoryForm directory={route.directory} id={route.id} parentId={null} />;
    case 'ticket-stats':
      return <TicketStatsPage />;
    case 'ticket':
      return <TicketPage id={route.id} />;
    case 'ticket-new':
      return <TicketFormPage id={null} assetId={route.assetId} template={route.template} />;
    case 'ticket-edit':
      return <TicketFormPage id={route.id} />;
    case 'changes':
      return <ChangesPage />;
    case 'change':
      return <ChangePage id={route.id} />;
    case 'import':
      return <ImportPage />;
    case 'change-new':
      return <ChangeFormPage id={null} />;
    case 'change-edit':
      return <ChangeFormPage id={route.id} />;
    case 'audits':
      return <CampaignList />;
    case 'audit':
      return <CampaignPage id={route.id} />;
  }
}

function DirectoryList({ directory }: { directory: Directory }) {
  switch (directory) {
    case 'locations':
      return <LocationsPage />;
    case 'people':
      return <PeoplePage />;
    case 'suppliers':
      return <SuppliersPage />;
  }
}

function DirectoryRecord({ directory, id }: { directory: Directory; id: string }) {
  switch (directory) {
    case 'locations':
      return <LocationPage id={id} />;
    case 'people':
      return <PersonPage id={id} />;
    case 'suppliers':
      return <SupplierPage id={id} />;
  }
}

function DirectoryForm(props: {
  directory: Directory;
  id: string | null;
  parentId: string | null;
}) {
  switch (props.directory) {
    case 'locations':
      return <LocationFormPage id={props.id} parentId={props.parentId} />;
    case 'people':
      return <PersonFormPage id={props.id} />;
    case 'suppliers':
      return <SupplierFormPage id={props.id} />;
  }
}
