//! The views that cross to the user interface: read models shaped for screens.
//!
//! They are plain data; the desktop shell sends them over IPC and the TypeScript
//! types of `ui/src/bindings.ts` are generated from them (never written by hand).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::{AssetStatus, Cents, ErrorCode, Lang};

/// How the database key is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum KeyMode {
    /// A random key kept in the OS keyring (Windows Credential Manager, macOS
    /// Keychain, Secret Service).
    Keyring,
    /// A key derived from a passphrase the user types.
    Passphrase,
}

impl KeyMode {
    pub fn as_str(self) -> &'static str {
        match self {
            KeyMode::Keyring => "keyring",
            KeyMode::Passphrase => "passphrase",
        }
    }

    pub fn parse(s: &str) -> Option<KeyMode> {
        [KeyMode::Keyring, KeyMode::Passphrase].into_iter().find(|m| m.as_str() == s)
    }
}

/// What is known of the open database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DatabaseInfo {
    pub path: String,
    pub key_mode: KeyMode,
    /// A keyring database can also open with a recovery passphrase.
    pub has_recovery_passphrase: bool,
    pub schema_version: u32,
}

/// Why the user must type a passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PassphraseReason {
    /// No OS keyring is reachable on this computer.
    NoKeyring,
    /// The keyring holds no key for this database (another computer, or lost).
    NotInKeyring,
    /// The key in the keyring does not open this database.
    KeyringKeyRejected,
}

/// Where the application stands: what the first screen must show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SessionState {
    /// The database is open.
    Ready { database: DatabaseInfo },
    /// The database exists and needs its passphrase.
    NeedsPassphrase { path: String, reason: PassphraseReason },
    /// No database yet and no keyring: the user must choose a passphrase.
    NeedsNewPassphrase { path: String },
}

/// A count per status, for the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    pub status: AssetStatus,
    pub count: u32,
}

/// A count per asset kind, for the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KindCount {
    pub kind: String,
    pub label_fr: String,
    pub label_en: String,
    pub count: u32,
}

/// The dashboard's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub asset_count: u32,
    pub people_count: u32,
    pub location_count: u32,
    pub by_status: Vec<StatusCount>,
    pub by_kind: Vec<KindCount>,
    pub warranty_expired: u32,
    /// Warranties that end within 90 days.
    pub warranty_ending_soon: u32,
    /// The total purchase cost of the assets not retired.
    pub fleet_value: Cents,
}

/// A line of the inventory list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssetRow {
    pub id: Uuid,
    pub tag: String,
    pub name: String,
    pub kind: String,
    pub status: AssetStatus,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub location: Option<String>,
    pub assignee: Option<String>,
    /// ISO date (`2027-03-31`).
    pub warranty_end: Option<String>,
    pub purchase_cost: Option<Cents>,
}

/// A column of the inventory list, for sorting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AssetColumn {
    #[default]
    Tag,
    Name,
    Kind,
    Status,
    Serial,
    Manufacturer,
    Model,
    Location,
    Assignee,
    WarrantyEnd,
    PurchaseDate,
    PurchaseCost,
    UpdatedAt,
}

impl AssetColumn {
    pub const ALL: [AssetColumn; 13] = [
        AssetColumn::Tag,
        AssetColumn::Name,
        AssetColumn::Kind,
        AssetColumn::Status,
        AssetColumn::Serial,
        AssetColumn::Manufacturer,
        AssetColumn::Model,
        AssetColumn::Location,
        AssetColumn::Assignee,
        AssetColumn::WarrantyEnd,
        AssetColumn::PurchaseDate,
        AssetColumn::PurchaseCost,
        AssetColumn::UpdatedAt,
    ];
}

/// Which warranties to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WarrantyFilter {
    Expired,
    /// Ends within 90 days (not yet expired).
    EndingSoon,
}

/// What the inventory list asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AssetQuery {
    /// Search as you type: every word must start a word of the tag, serial,
    /// name, model, manufacturer, notes, the assignee's or the location's name.
    #[ts(optional)]
    pub search: Option<String>,
    #[ts(optional)]
    pub status: Option<AssetStatus>,
    #[ts(optional)]
    pub kind: Option<String>,
    /// This location and every location under it.
    #[ts(optional)]
    pub location_id: Option<Uuid>,
    #[ts(optional)]
    pub assignee_id: Option<Uuid>,
    #[ts(optional)]
    pub warranty: Option<WarrantyFilter>,
    pub sort: AssetColumn,
    pub descending: bool,
    pub offset: u32,
    /// At most this many rows (0: the default page of 100).
    pub limit: u32,
}

/// What a create or edit form sends. Dates are ISO (`2026-03-31`); the cost
/// is text as typed (`1 234,56`), parsed by the core.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AssetInput {
    pub tag: String,
    pub name: String,
    pub kind: String,
    pub status: Option<AssetStatus>,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub location_id: Option<Uuid>,
    pub assignee_id: Option<Uuid>,
    pub supplier_id: Option<Uuid>,
    pub purchase_date: Option<String>,
    pub order_number: Option<String>,
    pub purchase_cost: Option<String>,
    pub warranty_end: Option<String>,
    pub maintenance_contract: Option<String>,
    pub os_name: Option<String>,
    pub os_version: Option<String>,
    pub firmware_version: Option<String>,
    pub ip_address: Option<String>,
    pub mac_address: Option<String>,
    pub notes: Option<String>,
}

/// A record named by its id, for links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    pub id: Uuid,
    pub name: String,
}

/// One change of hands: who held the asset from when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Assignment {
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: String,
    /// `None`: returned to stock.
    pub person: Option<Reference>,
}

/// Everything the asset page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssetDetail {
    pub asset: crate::Asset,
    /// `Site › Bâtiment A › Salle serveur`.
    pub location_path: Option<String>,
    pub assignee: Option<Reference>,
    pub supplier: Option<Reference>,
    pub assignments: Vec<Assignment>,
    pub history: Vec<crate::HistoryEntry>,
}

/// A change applied to a selection of assets at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct BulkChange {
    pub status: Option<AssetStatus>,
    pub location_id: Option<Uuid>,
    /// Give every asset to this person.
    pub assignee_id: Option<Uuid>,
    /// Take every asset back (wins over `assignee_id`).
    pub unassign: bool,
}

/// A location in the tree, with how many assets sit in it and under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LocationNode {
    pub location: crate::Location,
    pub depth: u32,
    pub asset_count: u32,
}

/// A line of the people list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonRow {
    pub person: crate::Person,
    pub site: Option<String>,
    pub asset_count: u32,
}

/// What a global search (Ctrl+K) finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    Asset,
    Person,
    Location,
    Supplier,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub kind: HitKind,
    pub id: Uuid,
    pub title: String,
    pub subtitle: Option<String>,
}

/// What the location form sends (`id`: `None` to create).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LocationInput {
    pub id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    pub kind: crate::LocationKind,
    pub name: String,
    pub address: Option<String>,
    pub notes: Option<String>,
}

/// What the person form sends (`id`: `None` to create).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub id: Option<Uuid>,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub department: Option<String>,
    pub site_id: Option<Uuid>,
    pub account: Option<String>,
    pub active: bool,
}

/// What the supplier form sends (`id`: `None` to create).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SupplierInput {
    pub id: Option<Uuid>,
    pub name: String,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub notes: Option<String>,
}

/// What deleting an asset did: an asset with a past is retired, not erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeleteOutcome {
    Deleted,
    Retired,
}

/// An error as the user interface receives it: it branches on `code` and shows
/// `message`, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    pub fn from_error(e: &dyn crate::Localized, lang: Lang) -> IpcError {
        IpcError { code: e.code(), message: e.message(lang) }
    }
}

/// The label sheets the window offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LabelSheet {
    /// Avery L7651: 65 labels of 38.1 × 21.2 mm.
    L7651,
    /// Avery L7160: 21 labels of 63.5 × 38.1 mm.
    L7160,
    /// Any other sheet, measured by hand: its measurements are in
    /// [`LabelRequest::custom`].
    Custom,
}

/// A label sheet measured by hand, in millimetres, as the window's dialog and
/// `parc labels --sheet custom` both take it: offices also buy sheets that are
/// not Avery's, and one conversion (`parc_report::Geometry::from_custom`)
/// turns these into positions on the page, so both print the same PDF.
///
/// Only the labels and their count are required, because that is what a
/// person reads on the sheet's packet; what is left out takes the common
/// case: an A4 page, the grid centred on it, labels touching each other.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CustomSheet {
    /// One label, in millimetres like every length here.
    pub label_width: f32,
    pub label_height: f32,
    /// Labels across.
    pub columns: u32,
    /// Labels down.
    pub rows: u32,
    /// Without it: 210 mm (A4).
    pub page_width: Option<f32>,
    /// Without it: 297 mm (A4).
    pub page_height: Option<f32>,
    /// From the page's left edge to the first column. Without it: the grid is centred across the page.
    pub left_margin: Option<f32>,
    /// From the page's top edge to the first row. Without it: the grid is centred down the page.
    pub top_margin: Option<f32>,
    /// Between two columns. Without it: 0.
    pub column_gap: Option<f32>,
    /// Between two rows. Without it: 0.
    pub row_gap: Option<f32>,
}

/// Which labels to print, on what, from which cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LabelRequest {
    /// These assets, in this order; when empty, those of `location_id` (every asset without it).
    pub asset_ids: Vec<Uuid>,
    pub location_id: Option<Uuid>,
    /// Only the assets no label was ever printed for (of `location_id`, or all).
    #[serde(default)]
    pub unlabelled: bool,
    pub sheet: LabelSheet,
    /// The measurements of a `custom` sheet, which cannot be printed without
    /// them; ignored with an Avery sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub custom: Option<CustomSheet>,
    /// Cells already used on the first sheet.
    pub offset: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_custom_sheet_needs_only_its_labels_and_an_avery_one_no_measurements() {
        let custom: LabelRequest = serde_json::from_str(
            r#"{"assetIds":[],"locationId":null,"sheet":"custom","offset":2,
                "custom":{"labelWidth":63.5,"labelHeight":38.1,"columns":3,"rows":7,"columnGap":2.5}}"#,
        )
        .expect("a custom request");
        assert_eq!(custom.sheet, LabelSheet::Custom);
        let sheet = custom.custom.expect("measurements");
        assert_eq!((sheet.label_width, sheet.columns, sheet.rows), (63.5, 3, 7));
        assert_eq!(
            (sheet.column_gap, sheet.row_gap, sheet.left_margin, sheet.page_width),
            (Some(2.5), None, None, None)
        );

        // What the window sent before custom sheets existed still reads.
        let avery: LabelRequest =
            serde_json::from_str(r#"{"assetIds":[],"locationId":null,"sheet":"l7160","offset":0}"#).expect("avery");
        assert_eq!((avery.sheet, avery.custom, avery.unlabelled), (LabelSheet::L7160, None, false));
        assert!(!serde_json::to_string(&avery).expect("json").contains("custom"));
    }
}
