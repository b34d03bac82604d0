import type { MessageId } from './fr';

/** English messages, with the same keys as `fr.ts`. */
export const en: Record<MessageId, string> = {
  'nav.label': 'Sections',
  'nav.dashboard': 'Dashboard',
  'nav.inventory': 'Inventory',
  'nav.tickets': 'Tickets',
  'nav.licences': 'Licences',
  'nav.maintenance': 'Maintenance',
  'nav.reports': 'Reports',
  'nav.settings': 'Settings',

  'common.retry': 'Try again',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.loading': 'Loading…',

  'start.opening': 'Opening the database…',
  'start.failed': 'Cannot open the database',
  'database.path': 'Database: {path}',

  'unlock.title': 'Unlock Parc',
  'unlock.intro': 'The database is encrypted. Enter its passphrase to open it.',
  'unlock.keyringRejected': 'The key saved in the OS keyring no longer matches this database.',
  'unlock.passphrase': 'Passphrase',
  'unlock.remember': 'Remember on this computer',
  'unlock.submit': 'Unlock',

  'create.title': 'Create your encrypted database',
  'create.intro':
    'No OS keyring is available here, so your data is protected by this passphrase and cannot be recovered without it.',
  'create.passphrase': 'Passphrase (at least {min, number} characters)',
  'create.confirm': 'Confirmation',
  'create.submit': 'Create the database',
  'create.tooShort': 'The passphrase must be at least {min, number} characters long.',
  'create.mismatch': 'The two entries differ: type the confirmation again.',

  'dashboard.assets': 'Assets',
  'dashboard.people': 'People',
  'dashboard.locations': 'Locations',
  'dashboard.fleetValue': 'Fleet value',
  'dashboard.fleetValueHint': 'Purchase cost, excluding retired assets',
  'dashboard.warrantyExpired': 'Expired warranties',
  'dashboard.warrantyEndingSoon': 'Warranties ending within 90 days',
  'dashboard.byStatus': 'By status',
  'dashboard.byKind': 'By type',
  'dashboard.empty.title': 'No assets yet',
  'dashboard.empty.body':
    'To try Parc with sample data, run <code>parc demo --assets 1000</code> in a terminal, then come back here.',

  'status.in_stock': 'In stock',
  'status.deployed': 'Deployed',
  'status.in_repair': 'In repair',
  'status.retired': 'Retired',
  'status.lost': 'Lost or stolen',

  'inventory.search': 'Search',
  'inventory.searchPlaceholder': 'Tag, name, serial, model, person…',
  'inventory.count': '{count, plural, one {# asset} other {# assets}}',
  'inventory.truncated': 'The first {shown, number} are shown: refine the search.',
  'inventory.noMatch': 'No asset matches “{search}”.',
  'inventory.empty': 'The inventory is empty.',
  'inventory.col.tag': 'Tag',
  'inventory.col.name': 'Name',
  'inventory.col.kind': 'Type',
  'inventory.col.status': 'Status',
  'inventory.col.serial': 'Serial',
  'inventory.col.model': 'Model',
  'inventory.col.location': 'Location',
  'inventory.col.assignee': 'Assigned to',
  'inventory.col.warrantyEnd': 'Warranty end',

  'placeholder.soon': 'Coming soon: this section will arrive in a later version.',

  'settings.language': 'Language',
  'settings.database': 'Database',
  'settings.path': 'File',
  'settings.keyMode': 'Encryption key',
  'settings.recoveryPassphrase': 'Recovery passphrase',
  'settings.schemaVersion': 'Schema version',
  'keyMode.keyring': 'OS keyring',
  'keyMode.passphrase': 'Passphrase',
};
