//! People: the users who hold equipment and open tickets.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::history::Tracked;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub department: Option<String>,
    pub site_id: Option<Uuid>,
    /// The Active Directory account (sAMAccountName).
    pub account: Option<String>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Person {
    pub fn new(first_name: &str, last_name: &str, now: DateTime<Utc>) -> Person {
        Person {
            id: crate::new_id(),
            first_name: first_name.trim().to_string(),
            last_name: last_name.trim().to_string(),
            email: None,
            department: None,
            site_id: None,
            account: None,
            active: true,
            created_at: now,
            updated_at: now,
        }
    }

    /// "Prénom Nom", as lists show it.
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name).trim().to_string()
    }
}

impl Tracked for Person {
    const ENTITY: &'static str = "person";

    fn id(&self) -> Uuid {
        self.id
    }

    fn tracked_fields(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("first_name", Some(self.first_name.clone())),
            ("last_name", Some(self.last_name.clone())),
            ("email", self.email.clone()),
            ("department", self.department.clone()),
            ("site_id", self.site_id.map(|s| s.to_string())),
            ("account", self.account.clone()),
            ("active", Some(self.active.to_string())),
        ]
    }
}
