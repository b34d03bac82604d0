//! The `suppliers` table.

use rusqlite::{Connection, Row, params};

use parc_core::Supplier;
use parc_core::history::{self, Action};

use crate::Database;
use crate::error::Result;

const COLUMNS: &str = "id, name, contact, phone, email, website, notes, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Supplier> {
    Ok(Supplier {
        id: r.get(0)?,
        name: r.get(1)?,
        contact: r.get(2)?,
        phone: r.get(3)?,
        email: r.get(4)?,
        website: r.get(5)?,
        notes: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

pub(crate) fn insert(conn: &Connection, s: &Supplier) -> Result<()> {
    conn.prepare_cached(&format!("INSERT INTO suppliers ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"))?
        .execute(params![s.id, s.name, s.contact, s.phone, s.email, s.website, s.notes, s.created_at, s.updated_at])?;
    Ok(())
}

impl Database {
    pub fn create_supplier(&mut self, s: &Supplier) -> Result<()> {
        if s.name.is_empty() {
            return Err(parc_core::error::RuleError::Required("name").into());
        }
        let tx = self.conn.transaction()?;
        insert(&tx, s)?;
        crate::history::record(
            &tx,
            "supplier",
            s.id,
            &self.actor,
            s.created_at,
            Action::Created,
            &history::created(s),
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn suppliers(&self) -> Result<Vec<Supplier>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM suppliers ORDER BY name"))?;
        let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
