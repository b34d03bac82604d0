//! Suppliers: who sold the equipment and who maintains it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::history::Tracked;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Supplier {
    pub id: Uuid,
    pub name: String,
    pub contact: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub notes: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Supplier {
    pub fn new(name: &str, now: DateTime<Utc>) -> Supplier {
        Supplier {
            id: crate::new_id(),
            name: name.trim().to_string(),
            contact: None,
            phone: None,
            email: None,
            website: None,
            notes: None,
            created_at: now,
            updated_at: now,
        }
    }
}

impl Tracked for Supplier {
    const ENTITY: &'static str = "supplier";

    fn id(&self) -> Uuid {
        self.id
    }

    fn tracked_fields(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("name", Some(self.name.clone())),
            ("contact", self.contact.clone()),
            ("phone", self.phone.clone()),
            ("email", self.email.clone()),
            ("website", self.website.clone()),
            ("notes", self.notes.clone()),
        ]
    }
}
