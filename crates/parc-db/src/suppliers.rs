//! The `suppliers` table.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use parc_core::Supplier;
use parc_core::history::{self, Action};
use parc_core::ipc::SupplierInput;

use parc_core::non_empty;

use crate::Database;
use crate::error::{DbError, Result};

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

fn get(conn: &Connection, id: Uuid) -> Result<Supplier> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM suppliers WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| DbError::NoSuchRecord { what: "supplier", id: id.to_string() })
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

    pub fn save_supplier(&mut self, input: &SupplierInput, now: DateTime<Utc>) -> Result<Supplier> {
        let fill = |s: &mut Supplier| {
            s.name = input.name.trim().to_string();
            s.contact = non_empty(&input.contact);
            s.phone = non_empty(&input.phone);
            s.email = non_empty(&input.email);
            s.website = non_empty(&input.website);
            s.notes = non_empty(&input.notes);
        };
        let Some(id) = input.id else {
            let mut s = Supplier::new(&input.name, now);
            fill(&mut s);
            self.create_supplier(&s)?;
            return Ok(s);
        };
        let tx = self.conn.transaction()?;
        let old = get(&tx, id)?;
        let mut s = old.clone();
        fill(&mut s);
        if s.name.is_empty() {
            return Err(parc_core::error::RuleError::Required("name").into());
        }
        let changes = history::diff(&old, &s);
        if !changes.is_empty() {
            s.updated_at = now;
            tx.execute(
                "UPDATE suppliers SET name = ?2, contact = ?3, phone = ?4, email = ?5, website = ?6, notes = ?7, updated_at = ?8 \
                 WHERE id = ?1",
                params![s.id, s.name, s.contact, s.phone, s.email, s.website, s.notes, now],
            )?;
            crate::history::record(&tx, "supplier", s.id, &self.actor, now, Action::Updated, &changes)?;
        }
        tx.commit()?;
        Ok(s)
    }

    /// Deletes a supplier no asset refers to.
    pub fn delete_supplier(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let s = get(&tx, id)?;
        let used: u32 = tx.query_row("SELECT count(*) FROM assets WHERE supplier_id = ?1", [id], |r| r.get(0))?;
        if used > 0 {
            return Err(DbError::InUse { what: "supplier", count: used });
        }
        tx.execute("DELETE FROM suppliers WHERE id = ?1", [id])?;
        crate::history::record(&tx, "supplier", id, &self.actor, now, Action::Deleted, &history::deleted(&s))?;
        tx.commit()?;
        Ok(())
    }

    pub fn supplier(&self, id: Uuid) -> Result<Supplier> {
        get(&self.conn, id)
    }

    pub fn suppliers(&self) -> Result<Vec<Supplier>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM suppliers ORDER BY name"))?;
        let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
