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

export type AssetQuery = { 
/**
 * Words to look for in tag, serial, name, model, manufacturer, person, notes.
 */
search: string | null, status: AssetStatus | null, kind: string | null, offset: number, 
/**
 * At most this many rows (0: the default page of 100).
 */
limit: number, };

export type AssetPage = { total: number, rows: Array<AssetRow>, };
