//! The `locations` table: the site → building → room tree.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use parc_core::history::{self, Action};
use parc_core::ipc::{LocationInput, LocationNode};
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

pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<Location> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM locations WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| DbError::NoSuchRecord { what: "location", id: id.to_string() })
}

/// Checks that `l` may sit under its parent, and that the parent is not `l`
/// itself or one of its descendants (the tree would become a loop).
fn check_place(conn: &Connection, l: &Location) -> Result<()> {
    if l.name.is_empty() {
        return Err(parc_core::error::RuleError::Required("name").into());
    }
    let parent = match l.parent_id {
        None => None,
        Some(p) => {
            let loops: bool = conn.query_row(
                "WITH RECURSIVE up(id) AS (SELECT ?1 UNION ALL SELECT l.parent_id FROM locations l JOIN up ON l.id = up.id \
                 WHERE l.parent_id IS NOT NULL) SELECT count(*) > 0 FROM up WHERE id = ?2",
                params![p, l.id],
                |r| r.get(0),
            )?;
            if loops {
                return Err(parc_core::error::RuleError::BadLocationParent {
                    child: l.kind.as_str(),
                    parent: "itself",
                }
                .into());
            }
            Some(get(conn, p)?.kind)
        }
    };
    l.kind.may_sit_under(parent)?;
    Ok(())
}

impl Database {
    /// Adds a location under its parent, checking the tree's shape.
    pub fn create_location(&mut self, l: &Location) -> Result<()> {
        let tx = self.conn.transaction()?;
        check_place(&tx, l)?;
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

    /// Creates or edits a location from its form; a rename reaches the
    /// inventory's sort keys and search in the same transaction.
    pub fn save_location(&mut self, input: &LocationInput, now: DateTime<Utc>) -> Result<Location> {
        let Some(id) = input.id else {
            let mut l = Location::new(input.kind, &input.name, input.parent_id, now);
            l.address = parc_core::non_empty(&input.address);
            l.notes = parc_core::non_empty(&input.notes);
            self.create_location(&l)?;
            return Ok(l);
        };
        let tx = self.conn.transaction()?;
        let old = get(&tx, id)?;
        let mut l = old.clone();
        l.parent_id = input.parent_id;
        l.kind = input.kind;
        l.name = input.name.trim().to_string();
        l.address = parc_core::non_empty(&input.address);
        l.notes = parc_core::non_empty(&input.notes);
        let changes = history::diff(&old, &l);
        if !changes.is_empty() {
            check_place(&tx, &l)?;
            l.updated_at = now;
            tx.execute(
                "UPDATE locations SET parent_id = ?2, kind = ?3, name = ?4, address = ?5, notes = ?6, updated_at = ?7 WHERE id = ?1",
                params![l.id, l.parent_id, l.kind.as_str(), l.name, l.address, l.notes, now],
            )?;
            if old.name != l.name {
                tx.execute("UPDATE assets SET location_name = ?2 WHERE location_id = ?1", params![l.id, l.name])?;
            }
            crate::history::record(&tx, "location", l.id, &self.actor, now, Action::Updated, &changes)?;
        }
        tx.commit()?;
        Ok(l)
    }

    /// Deletes a location nobody and nothing uses; otherwise says what uses it.
    pub fn delete_location(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let l = get(&tx, id)?;
        let used: u32 = tx.query_row(
            "SELECT (SELECT count(*) FROM assets WHERE location_id = ?1) + (SELECT count(*) FROM people WHERE site_id = ?1) \
             + (SELECT count(*) FROM locations WHERE parent_id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if used > 0 {
            return Err(DbError::InUse { what: "location", count: used });
        }
        tx.execute("DELETE FROM locations WHERE id = ?1", [id])?;
        crate::history::record(&tx, "location", id, &self.actor, now, Action::Deleted, &history::deleted(&l))?;
        tx.commit()?;
        Ok(())
    }

    pub fn location(&self, id: Uuid) -> Result<Location> {
        get(&self.conn, id)
    }

    /// `Siège – Lyon › Bâtiment A › Salle serveur`.
    pub fn location_path(&self, id: Uuid) -> Result<String> {
        let mut stmt = self.conn.prepare_cached(
            "WITH RECURSIVE up(id, name, parent_id, depth) AS (SELECT id, name, parent_id, 0 FROM locations WHERE id = ?1 \
             UNION ALL SELECT l.id, l.name, l.parent_id, up.depth + 1 FROM locations l JOIN up ON l.id = up.parent_id) \
             SELECT name FROM up ORDER BY depth DESC",
        )?;
        let names = stmt.query_map([id], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(names.join(" › "))
    }

    /// The whole tree in display order (each site followed by its buildings
    /// and rooms), with the assets in each place and under it.
    pub fn location_tree(&self) -> Result<Vec<LocationNode>> {
        let all: Vec<Location> = {
            let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM locations ORDER BY name"))?;
            stmt.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?
        };
        let mut direct = std::collections::HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT location_id, count(*) FROM assets WHERE location_id IS NOT NULL GROUP BY location_id",
            )?;
            for row in stmt.query_map([], |r| Ok((r.get::<_, Uuid>(0)?, r.get::<_, u32>(1)?)))? {
                let (id, n) = row?;
                direct.insert(id, n);
            }
        }
        let mut children: std::collections::HashMap<Option<Uuid>, Vec<&Location>> = std::collections::HashMap::new();
        for l in &all {
            children.entry(l.parent_id).or_default().push(l);
        }
        fn walk(
            parent: Option<Uuid>,
            depth: u32,
            children: &std::collections::HashMap<Option<Uuid>, Vec<&Location>>,
            direct: &std::collections::HashMap<Uuid, u32>,
            out: &mut Vec<LocationNode>,
        ) -> u32 {
            let mut total = 0;
            for l in children.get(&parent).map(Vec::as_slice).unwrap_or_default() {
                let at = out.len();
                out.push(LocationNode { location: (*l).clone(), depth, asset_count: 0 });
                let n = direct.get(&l.id).copied().unwrap_or(0) + walk(Some(l.id), depth + 1, children, direct, out);
                out[at].asset_count = n;
                total += n;
            }
            total
        }
        let mut out = Vec::with_capacity(all.len());
        walk(None, 0, &children, &direct, &mut out);
        Ok(out)
    }
}
