//! The on-site audit campaign: walking the rooms with a barcode scanner to
//! find what is there, what moved and what is missing.
//!
//! A campaign snapshots the assets expected in its scope when it starts, so
//! that moves made during the walk do not change what is searched for. Each
//! scan is judged here ([`judge`]); the storage keeps the scans, so a campaign
//! survives closing the app and resumes where it stopped.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Lang;
use crate::ipc::Reference;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CampaignStatus {
    Open,
    /// Its results were applied to the inventory; it is read-only.
    Applied,
    Cancelled,
}

crate::ticket::codes!(CampaignStatus { Open => "open", Applied => "applied", Cancelled => "cancelled" });

/// What one scan means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ScanOutcome {
    /// In the room where the inventory says it is.
    Found,
    /// Here, but recorded elsewhere (or nowhere): one key moves it here.
    Moved,
    /// No asset has this tag: the quick-create form opens.
    Unknown,
    /// Already scanned in this campaign: nothing new.
    Again,
}

crate::ticket::codes!(ScanOutcome { Found => "found", Moved => "moved", Unknown => "unknown", Again => "again" });

impl ScanOutcome {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ScanOutcome::Found => lang.pick("Trouvé", "Found"),
            ScanOutcome::Moved => lang.pick("Déplacé", "Moved"),
            ScanOutcome::Unknown => lang.pick("Inconnu", "Unknown"),
            ScanOutcome::Again => lang.pick("Déjà scanné", "Already scanned"),
        }
    }
}

/// Judges a scan in `room` of an asset recorded at `recorded` (`None`: no asset has the tag).
pub fn judge(asset: Option<Option<Uuid>>, room: Uuid, already_scanned: bool) -> ScanOutcome {
    match asset {
        None => ScanOutcome::Unknown,
        Some(_) if already_scanned => ScanOutcome::Again,
        Some(Some(recorded)) if recorded == room => ScanOutcome::Found,
        Some(_) => ScanOutcome::Moved,
    }
}

/// What to do with the assets expected but not found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MissingAction {
    /// Mark them lost.
    Lost,
    /// Keep their status and add a note saying they must be checked.
    #[default]
    ToCheck,
    /// Change nothing.
    Leave,
}

/// Starting a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignInput {
    pub name: String,
    /// A site, building or room; `None`: the whole fleet.
    pub scope_id: Option<Uuid>,
}

/// One line of the campaign list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignRow {
    pub id: Uuid,
    pub name: String,
    pub scope: Option<Reference>,
    pub status: CampaignStatus,
    pub started_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub expected: u32,
    pub found: u32,
}

/// One scan, as the campaign page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanView {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    /// As typed or scanned.
    pub tag: String,
    pub outcome: ScanOutcome,
    /// `tag — name` of the asset, when the tag is known.
    pub asset: Option<Reference>,
    pub room: Reference,
    /// Where the inventory recorded it when scanned (moved assets).
    pub recorded: Option<String>,
}

/// An expected asset not scanned yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedAsset {
    pub id: Uuid,
    pub tag: String,
    pub name: String,
    pub location: Option<String>,
}

/// Everything the campaign page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignDetail {
    pub campaign: CampaignRow,
    pub found: u32,
    pub moved: u32,
    pub unknown: u32,
    /// Expected and not scanned yet (the list that shrinks).
    pub missing: u32,
    /// The first 500 of them, by location then tag.
    pub still_expected: Vec<ExpectedAsset>,
    /// The scans, newest first.
    pub scans: Vec<ScanView>,
    /// The rooms of the scope, to choose where one is scanning.
    pub rooms: Vec<Reference>,
}

/// The answer to a scan: what it meant, and the page as it now stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanReply {
    pub tag: String,
    pub outcome: ScanOutcome,
    pub detail: CampaignDetail,
}

/// What applying a campaign's results did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditResult {
    pub moved: u32,
    pub marked_lost: u32,
    pub marked_to_check: u32,
    /// Assets whose last-audit date was set.
    pub audited: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditError {
    #[error("this audit campaign is over")]
    Closed,
    #[error("scans are made in a room")]
    NotARoom,
}

impl crate::Localized for AuditError {
    fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::Invalid
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            AuditError::Closed => {
                lang.pick("Cette campagne d'inventaire est terminée", "This audit campaign is over").into()
            }
            AuditError::NotARoom => {
                lang.pick("Choisissez la salle où vous scannez", "Choose the room you are scanning in").into()
            }
        }
    }
}

/// The note added to an asset left "to check".
pub fn to_check_note(campaign: &str, day: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("À vérifier : absent de l'inventaire « {campaign} » du {}", day.format("%d/%m/%Y")),
        Lang::En => format!("To check: missing from the audit “{campaign}” of {day}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_is_found_moved_unknown_or_again() {
        let (room, other) = (crate::new_id(), crate::new_id());
        assert_eq!(judge(Some(Some(room)), room, false), ScanOutcome::Found);
        assert_eq!(judge(Some(Some(other)), room, false), ScanOutcome::Moved);
        assert_eq!(judge(Some(None), room, false), ScanOutcome::Moved, "recorded nowhere: it is here now");
        assert_eq!(judge(None, room, false), ScanOutcome::Unknown);
        assert_eq!(judge(Some(Some(room)), room, true), ScanOutcome::Again);
    }
}
