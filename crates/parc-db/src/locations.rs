//! The `locations` table: the site → building → room tree.

use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use parc_core::history::{self, Action};
use parc_core::{Location, LocationKind};

use crate::Database;
use crate::error::{DbError, Result};

const COLUMNS: &str = "id, parent_id, kind, name, address, notes, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    let kind: String = r.get(2)?;
    Ok(Location {
        id: r.get(0)?,
        parent_id: r.get(1)?,
        kind: LocationKind::parse(&kind).unwrap_or(LocationKind::Room),
        name: r.get(3)?,
        address: r.get(4)?,
        notes: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

pub(crate) fn insert(conn: &Connection, l: &Location) -> Result<()> {
    conn.prepare_cached(&format!("INSERT INTO locations ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))?
        .execute(params![l.id, l.parent_id, l.kind.as_str(), l.name, l.address, l.notes, l.created_at, l.updated_at])?;
    Ok(())
}

impl Database {
    /// Adds a location under its parent, checking the tree's shape.
    pub fn create_location(&mut self, l: &Location) -> Result<()> {
        if l.name.is_empty() {
            return Err(parc_core::error::RuleError::Required("name").into());
        }
        let tx = self.conn.transaction()?;
        let parent_kind = match l.parent_id {
            None => None,
            Some(p) => Some(
                tx.query_row("SELECT kind FROM locations WHERE id = ?1", [p], |r| r.get::<_, String>(0))
                    .optional()?
                    .and_then(|k| LocationKind::parse(&k))
                    .ok_or_else(|| DbError::NoSuchRecord { what: "location", id: p.to_string() })?,
            ),
        };
        l.kind.may_sit_under(parent_kind)?;
        insert(&tx, l)?;
        crate::history::record(
            &tx,
            "location",
            l.id,
            &self.actor,
            l.created_at,
            Action::Created,
            &history::created(l),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every location, sites first, then by name.
    pub fn locations(&self) -> Result<Vec<Location>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM locations ORDER BY CASE kind WHEN 'site' THEN 0 WHEN 'building' THEN 1 ELSE 2 END, name"
        ))?;
        let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn location(&self, id: Uuid) -> Result<Location> {
        self.conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM locations WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "location", id: id.to_string() })
    }
}
