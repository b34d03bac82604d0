import type {
  AssetKind,
  AssetRow,
  Dashboard,
  DatabaseInfo,
  LocationKind,
  LocationNode,
  PersonRow,
  SessionState,
  Supplier,
} from '../bindings';

export const database: DatabaseInfo = {
  path: '/home/alice/.local/share/fr.parc.app/parc.db',
  keyMode: 'passphrase',
  hasRecoveryPassphrase: false,
  schemaVersion: 1,
};

export const ready: SessionState = { state: 'ready', database };

export const dashboard: Dashboard = {
  assetCount: 1234,
  peopleCount: 56,
  locationCount: 7,
  byStatus: [
    { status: 'deployed', count: 1000 },
    { status: 'in_stock', count: 200 },
    { status: 'lost', count: 34 },
  ],
  byKind: [
    { kind: 'laptop', labelFr: 'Ordinateur portable', labelEn: 'Laptop', count: 900 },
    { kind: 'phone', labelFr: 'Téléphone', labelEn: 'Phone', count: 334 },
  ],
  warrantyExpired: 12,
  warrantyEndingSoon: 3,
  fleetValue: 123456789,
};

export function asset(overrides: Partial<AssetRow> = {}): AssetRow {
  return {
    id: '0190f3a2-0000-7000-8000-000000000001',
    tag: 'PC-0001',
    name: 'Portable de Alice',
    kind: 'laptop',
    status: 'deployed',
    serial: 'SN123456',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14',
    location: 'Lyon',
    assignee: 'Alice Martin',
    warrantyEnd: '2027-03-31',
    purchaseCost: 129900,
    ...overrides,
  };
}

export const kinds: AssetKind[] = [
  { code: 'laptop', labelFr: 'Ordinateur portable', labelEn: 'Laptop', builtin: true },
  { code: 'phone', labelFr: 'Téléphone', labelEn: 'Phone', builtin: true },
];

function location(id: string, name: string, kind: LocationKind, parentId: string | null) {
  return {
    id,
    parentId,
    kind,
    name,
    address: null,
    notes: null,
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-05T08:00:00Z',
  };
}

/** Lyon (a site) › Bâtiment A › Salle serveur, and Paris. */
export const locations: LocationNode[] = [
  { location: location('loc-lyon', 'Lyon', 'site', null), depth: 0, assetCount: 12 },
  { location: location('loc-a', 'Bâtiment A', 'building', 'loc-lyon'), depth: 1, assetCount: 10 },
  { location: location('loc-room', 'Salle serveur', 'room', 'loc-a'), depth: 2, assetCount: 4 },
  { location: location('loc-paris', 'Paris', 'site', null), depth: 0, assetCount: 3 },
];

export function person(id: string, firstName: string, lastName: string, assetCount = 0): PersonRow {
  return {
    person: {
      id,
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}@exemple.fr`,
      department: 'Comptabilité',
      siteId: 'loc-lyon',
      account: null,
      active: true,
      createdAt: '2026-01-05T08:00:00Z',
      updatedAt: '2026-01-05T08:00:00Z',
    },
    site: 'Lyon',
    assetCount,
  };
}

export const suppliers: Supplier[] = [
  {
    id: 'sup-1',
    name: 'Bureau Vallée',
    contact: 'Jeanne',
    phone: null,
    email: null,
    website: null,
    notes: null,
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-05T08:00:00Z',
  },
];
