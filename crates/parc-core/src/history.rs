//! The history of every record: who changed what, when, from which value to
//! which. Users read it on every record page; it is also the audit trail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// What happened to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Created,
    Updated,
    Deleted,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Updated => "updated",
            Action::Deleted => "deleted",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        [Action::Created, Action::Updated, Action::Deleted].into_iter().find(|a| a.as_str() == s)
    }
}

/// One field that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// One event in a record's history, with the fields it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    pub id: Uuid,
    pub entity: String,
    pub entity_id: Uuid,
    pub at: DateTime<Utc>,
    /// Who did it: the operating-system user, or the name set in the settings.
    pub actor: String,
    pub action: Action,
    pub changes: Vec<Change>,
}

/// A record whose fields are followed by the history.
pub trait Tracked {
    /// The entity name stored in the history (`asset`, `person`...).
    const ENTITY: &'static str;
    fn id(&self) -> Uuid;
    /// Every followed field with its value as text; `None` when empty.
    fn tracked_fields(&self) -> Vec<(&'static str, Option<String>)>;
}

/// The fields that differ between two versions of a record.
pub fn diff<T: Tracked>(old: &T, new: &T) -> Vec<Change> {
    old.tracked_fields()
        .into_iter()
        .zip(new.tracked_fields())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| Change { field: field.to_string(), old: a, new: b })
        .collect()
}

/// The fields of a new record, as a creation writes them (empty ones left out).
pub fn created<T: Tracked>(new: &T) -> Vec<Change> {
    new.tracked_fields()
        .into_iter()
        .filter_map(|(field, v)| v.map(|v| Change { field: field.to_string(), old: None, new: Some(v) }))
        .collect()
}

/// The fields of a deleted record, as its deletion writes them (old values, no new ones).
pub fn deleted<T: Tracked>(old: &T) -> Vec<Change> {
    created(old).into_iter().map(|c| Change { field: c.field, old: c.new, new: None }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Asset, AssetStatus};

    #[test]
    fn diff_lists_only_the_fields_that_changed() {
        let now = DateTime::from_timestamp(1_780_000_000, 0).expect("ts");
        let a = Asset::new("PARC-1", "PC", "desktop", now);
        let mut b = a.clone();
        b.set_status(AssetStatus::InRepair);
        b.serial = Some("SN1".into());
        let changes = diff(&a, &b);
        assert_eq!(
            changes,
            vec![
                Change { field: "status".into(), old: Some("in_stock".into()), new: Some("in_repair".into()) },
                Change { field: "serial".into(), old: None, new: Some("SN1".into()) },
            ]
        );
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn creation_records_the_filled_fields() {
        let now = DateTime::from_timestamp(1_780_000_000, 0).expect("ts");
        let a = Asset::new("PARC-1", "PC", "desktop", now);
        let fields: Vec<_> = created(&a).into_iter().map(|c| c.field).collect();
        assert_eq!(fields, ["tag", "name", "kind", "status"]);
    }
}
