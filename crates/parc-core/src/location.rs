//! Locations form a tree: site → building → room.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Lang;
use crate::error::RuleError;
use crate::history::Tracked;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LocationKind {
    Site,
    Building,
    Room,
}

impl LocationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LocationKind::Site => "site",
            LocationKind::Building => "building",
            LocationKind::Room => "room",
        }
    }

    pub fn parse(s: &str) -> Option<LocationKind> {
        [LocationKind::Site, LocationKind::Building, LocationKind::Room].into_iter().find(|k| k.as_str() == s)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            LocationKind::Site => lang.pick("site", "site"),
            LocationKind::Building => lang.pick("bâtiment", "building"),
            LocationKind::Room => lang.pick("salle", "room"),
        }
    }

    /// Whether a location of this kind may sit under a parent of kind `parent`
    /// (`None`: at the top). A site is always at the top; a building sits in a
    /// site; a room sits in a building, or directly in a small site.
    pub fn may_sit_under(self, parent: Option<LocationKind>) -> Result<(), RuleError> {
        let ok = matches!(
            (self, parent),
            (LocationKind::Site, None)
                | (LocationKind::Building, Some(LocationKind::Site))
                | (LocationKind::Room, Some(LocationKind::Building | LocationKind::Site))
        );
        if ok {
            Ok(())
        } else {
            Err(RuleError::BadLocationParent {
                child: self.as_str(),
                parent: parent.map_or("top level", LocationKind::as_str),
            })
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub id: Uuid,
    pub parent_id: Option<Uuid>,
    pub kind: LocationKind,
    pub name: String,
    pub address: Option<String>,
    pub notes: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Location {
    pub fn new(kind: LocationKind, name: &str, parent_id: Option<Uuid>, now: DateTime<Utc>) -> Location {
        Location {
            id: crate::new_id(),
            parent_id,
            kind,
            name: name.trim().to_string(),
            address: None,
            notes: None,
            created_at: now,
            updated_at: now,
        }
    }
}

impl Tracked for Location {
    const ENTITY: &'static str = "location";

    fn id(&self) -> Uuid {
        self.id
    }

    fn tracked_fields(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("parent_id", self.parent_id.map(|p| p.to_string())),
            ("kind", Some(self.kind.as_str().into())),
            ("name", Some(self.name.clone())),
            ("address", self.address.clone()),
            ("notes", self.notes.clone()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_is_site_building_room() {
        use LocationKind::*;
        assert!(Site.may_sit_under(None).is_ok());
        assert!(Building.may_sit_under(Some(Site)).is_ok());
        assert!(Room.may_sit_under(Some(Building)).is_ok());
        assert!(Room.may_sit_under(Some(Site)).is_ok(), "small sites have rooms directly");
        assert!(Site.may_sit_under(Some(Building)).is_err());
        assert!(Building.may_sit_under(None).is_err());
        assert!(Building.may_sit_under(Some(Room)).is_err());
        assert!(Room.may_sit_under(None).is_err());
    }
}
