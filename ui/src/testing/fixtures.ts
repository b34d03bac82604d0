import type { AssetRow, Dashboard, DatabaseInfo, SessionState } from '../bindings';

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
