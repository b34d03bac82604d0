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

/// What the inventory list asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AssetQuery {
    /// Words to look for in tag, serial, name, model, manufacturer, person, notes.
    pub search: Option<String>,
    pub status: Option<AssetStatus>,
    pub kind: Option<String>,
    pub offset: u32,
    /// At most this many rows (0: the default page of 100).
    pub limit: u32,
}

/// A page of the inventory list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssetPage {
    pub total: u32,
    pub rows: Vec<AssetRow>,
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
