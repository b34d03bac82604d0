//! Writing and reading the history. Every create, update and delete goes
//! through [`record`] inside the same transaction as the change itself, so the
//! history can never disagree with the data.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, ToSql, params};
use uuid::Uuid;

use parc_core::history::{Action, Change, HistoryEntry};

use crate::Database;
use crate::error::Result;

mod stored;

/// One moment as it is stored, formatted once: an import stamps thousands of
/// rows (each asset and its history entry) with the same `now`, and
/// formatting it again for each was 3% of a 100,000-row import.
pub(crate) struct Stamp {
    pub(crate) at: DateTime<Utc>,
    /// Exactly what rusqlite writes for `at` ([`crate::assets::TIMESTAMP`]).
    pub(crate) text: String,
}

impl Stamp {
    pub(crate) fn new(at: DateTime<Utc>) -> Stamp {
        Stamp { at, text: at.format(crate::assets::TIMESTAMP).to_string() }
    }
}

pub(crate) fn record(
    conn: &Connection,
    entity: &str,
    entity_id: Uuid,
    actor: &str,
    at: DateTime<Utc>,
    action: Action,
    changes: &[Change],
) -> Result<()> {
    record_with(conn, entity, entity_id, actor, &at, action, changes)
}

/// [`record`] at a moment already formatted.
pub(crate) fn record_at(
    conn: &Connection,
    entity: &str,
    entity_id: Uuid,
    actor: &str,
    at: &Stamp,
    action: Action,
    changes: &[Change],
) -> Result<()> {
    record_with(conn, entity, entity_id, actor, &at.text, action, changes)
}

fn record_with(
    conn: &Connection,
    entity: &str,
    entity_id: Uuid,
    actor: &str,
    at: &dyn ToSql,
    action: Action,
    changes: &[Change],
) -> Result<()> {
    let json = stored::encode(action, changes);
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
            let action = Action::parse(&action).unwrap_or(Action::Updated);
            let changes: String = r.get(6)?;
            Ok(HistoryEntry {
                id: r.get(0)?,
                entity: r.get(1)?,
                entity_id: r.get(2)?,
                at: r.get(3)?,
                actor: r.get(4)?,
                action,
                changes: stored::decode(action, &changes),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    /// A stamped row and a row bound with the `DateTime` itself read and
    /// sort the same.
    #[test]
    fn a_stamp_is_the_text_rusqlite_stores_for_its_moment() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory");
        for at in [
            chrono::DateTime::from_timestamp(1_790_000_000, 123_456_789).expect("ts"),
            chrono::DateTime::from_timestamp(1_790_000_000, 0).expect("ts"),
        ] {
            let stored: String = conn.query_row("SELECT ?1", [at], |r| r.get(0)).expect("select");
            assert_eq!(super::Stamp::new(at).text, stored);
        }
    }
}
