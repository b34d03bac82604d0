// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit:
// run `PARC_BLESS=1 cargo test -p parc bindings` after changing a type.

export type Lang = "fr" | "en";

export type ErrorCode = "wrong_key" | "not_parc_database" | "newer_schema" | "corrupt" | "passphrase_required" | "weak_passphrase" | "keyring" | "not_found" | "already_exists" | "invalid" | "locked" | "io" | "internal";

export type IpcError = { code: ErrorCode, message: string, };

export type Cents = number;

export type AssetStatus = "in_stock" | "deployed" | "in_repair" | "retired" | "lost";

export type WarrantyState = "valid" | "ending_soon" | "expired" | "unknown";

export type AssetKind = { 
/**
 * A stable code such as `laptop`.
 */
code: string, labelFr: string, labelEn: string, builtin: boolean, };

export type KeyMode = "keyring" | "passphrase";

export type DatabaseInfo = { path: string, keyMode: KeyMode, 
/**
 * A keyring database can also open with a recovery passphrase.
 */
hasRecoveryPassphrase: boolean, schemaVersion: number, };

export type PassphraseReason = "no_keyring" | "not_in_keyring" | "keyring_key_rejected";

export type SessionState = { "state": "ready", database: DatabaseInfo, } | { "state": "needs_passphrase", path: string, reason: PassphraseReason, } | { "state": "needs_new_passphrase", path: string, };

export type StatusCount = { status: AssetStatus, count: number, };

export type KindCount = { kind: string, labelFr: string, labelEn: string, count: number, };

export type Dashboard = { assetCount: number, peopleCount: number, locationCount: number, byStatus: Array<StatusCount>, byKind: Array<KindCount>, warrantyExpired: number, 
/**
 * Warranties that end within 90 days.
 */
warrantyEndingSoon: number, 
/**
 * The total purchase cost of the assets not retired.
 */
fleetValue: Cents, };

export type AssetRow = { id: string, tag: string, name: string, kind: string, status: AssetStatus, serial: string | null, manufacturer: string | null, model: string | null, location: string | null, assignee: string | null, 
/**
 * ISO date (`2027-03-31`).
 */
warrantyEnd: string | null, purchaseCost: Cents | null, };

export type AssetColumn = "tag" | "name" | "kind" | "status" | "serial" | "manufacturer" | "model" | "location" | "assignee" | "warranty_end" | "purchase_date" | "purchase_cost" | "updated_at";

export type WarrantyFilter = "expired" | "ending_soon";

export type AssetQuery = { 
/**
 * Search as you type: every word must start a word of the tag, serial,
 * name, model, manufacturer, notes, the assignee's or the location's name.
 */
search?: string, status?: AssetStatus, kind?: string, 
/**
 * This location and every location under it.
 */
locationId?: string, assigneeId?: string, warranty?: WarrantyFilter, sort: AssetColumn, descending: boolean, offset: number, 
/**
 * At most this many rows (0: the default page of 100).
 */
limit: number, };

export type Asset = { id: string, 
/**
 * The asset tag on the label (`PARC-000123`), unique.
 */
tag: string, name: string, 
/**
 * The code of its [`AssetKind`].
 */
kind: string, status: AssetStatus, serial: string | null, manufacturer: string | null, model: string | null, locationId: string | null, assigneeId: string | null, supplierId: string | null, purchaseDate: string | null, orderNumber: string | null, purchaseCost: Cents | null, warrantyEnd: string | null, maintenanceContract: string | null, osName: string | null, osVersion: string | null, firmwareVersion: string | null, ipAddress: string | null, macAddress: string | null, notes: string | null, lastAudit: string | null, createdAt: string, updatedAt: string, };

export type AssetInput = { tag: string, name: string, kind: string, status: AssetStatus | null, serial: string | null, manufacturer: string | null, model: string | null, locationId: string | null, assigneeId: string | null, supplierId: string | null, purchaseDate: string | null, orderNumber: string | null, purchaseCost: string | null, warrantyEnd: string | null, maintenanceContract: string | null, osName: string | null, osVersion: string | null, firmwareVersion: string | null, ipAddress: string | null, macAddress: string | null, notes: string | null, };

export type Reference = { id: string, name: string, };

export type Assignment = { at: string, actor: string, 
/**
 * `None`: returned to stock.
 */
person: Reference | null, };

export type Action = "created" | "updated" | "deleted";

export type Change = { field: string, old: string | null, new: string | null, };

export type HistoryEntry = { id: string, entity: string, entityId: string, at: string, 
/**
 * Who did it: the operating-system user, or the name set in the settings.
 */
actor: string, action: Action, changes: Array<Change>, };

export type AssetDetail = { asset: Asset, 
/**
 * `Site › Bâtiment A › Salle serveur`.
 */
locationPath: string | null, assignee: Reference | null, supplier: Reference | null, assignments: Array<Assignment>, history: Array<HistoryEntry>, };

export type BulkChange = { status: AssetStatus | null, locationId: string | null, 
/**
 * Give every asset to this person.
 */
assigneeId: string | null, 
/**
 * Take every asset back (wins over `assignee_id`).
 */
unassign: boolean, };

export type DeleteOutcome = "deleted" | "retired";

export type LocationKind = "site" | "building" | "room";

export type Location = { id: string, parentId: string | null, kind: LocationKind, name: string, address: string | null, notes: string | null, createdAt: string, updatedAt: string, };

export type LocationNode = { location: Location, depth: number, assetCount: number, };

export type LocationInput = { id: string | null, parentId: string | null, kind: LocationKind, name: string, address: string | null, notes: string | null, };

export type Person = { id: string, firstName: string, lastName: string, email: string | null, department: string | null, siteId: string | null, 
/**
 * The Active Directory account (sAMAccountName).
 */
account: string | null, active: boolean, createdAt: string, updatedAt: string, };

export type PersonRow = { person: Person, site: string | null, assetCount: number, };

export type PersonInput = { id: string | null, firstName: string, lastName: string, email: string | null, department: string | null, siteId: string | null, account: string | null, active: boolean, };

export type Supplier = { id: string, name: string, contact: string | null, phone: string | null, email: string | null, website: string | null, notes: string | null, createdAt: string, updatedAt: string, };

export type SupplierInput = { id: string | null, name: string, contact: string | null, phone: string | null, email: string | null, website: string | null, notes: string | null, };

export type HitKind = "asset" | "person" | "location" | "supplier";

export type SearchHit = { kind: HitKind, id: string, title: string, subtitle: string | null, };
