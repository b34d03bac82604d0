//! Writing and reading the history. Every create, update and delete goes
//! through [`record`] inside the same transaction as the change itself, so the
//! history can never disagree with the data.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use uuid::Uuid;

use parc_core::history::{Action, Change, HistoryEntry};

use crate::Database;
use crate::error::Result;

pub(crate) fn record(
    conn: &Connection,
    entity: &str,
    entity_id: Uuid,
    actor: &str,
    at: DateTime<Utc>,
    action: Action,
    changes: &[Change],
) -> Result<()> {
    // Serialising plain strings cannot fail; an empty list is the safe fallback.
    let json = serde_json::to_string(changes).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached(
        "INSERT INTO history (id, entity, entity_id, at, actor, action, changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![parc_core::new_id(), entity, entity_id, at, actor, action.as_str(), json])?;
    Ok(())
}

impl Database {
    /// The history of one record, oldest first.
    pub fn history(&self, entity_id: Uuid) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, entity, entity_id, at, actor, action, changes FROM history WHERE entity_id = ?1 ORDER BY at, id")?;
        let rows = stmt.query_map([entity_id], |r| {
            let action: String = r.get(5)?;
            let changes: String = r.get(6)?;
            Ok(HistoryEntry {
                id: r.get(0)?,
                entity: r.get(1)?,
                entity_id: r.get(2)?,
                at: r.get(3)?,
                actor: r.get(4)?,
                action: Action::parse(&action).unwrap_or(Action::Updated),
                changes: serde_json::from_str(&changes).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
