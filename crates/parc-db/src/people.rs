//! The `people` table: who holds equipment.

use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use parc_core::Person;
use parc_core::history::{self, Action};

use crate::Database;
use crate::error::{DbError, Result};
use crate::sql::duplicate_or;

const COLUMNS: &str = "id, first_name, last_name, email, department, site_id, account, active, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        first_name: r.get(1)?,
        last_name: r.get(2)?,
        email: r.get(3)?,
        department: r.get(4)?,
        site_id: r.get(5)?,
        account: r.get(6)?,
        active: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

pub(crate) fn insert(conn: &Connection, p: &Person) -> Result<()> {
    conn.prepare_cached(&format!("INSERT INTO people ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))?
        .execute(params![
            p.id,
            p.first_name,
            p.last_name,
            p.email,
            p.department,
            p.site_id,
            p.account,
            p.active,
            p.created_at,
            p.updated_at
        ])
        .map_err(|e| duplicate_or(e, &[("people_email", "e-mail", p.email.as_deref().unwrap_or(""))]))?;
    Ok(())
}

impl Database {
    pub fn create_person(&mut self, p: &Person) -> Result<()> {
        if p.last_name.is_empty() && p.first_name.is_empty() {
            return Err(parc_core::error::RuleError::Required("name").into());
        }
        let tx = self.conn.transaction()?;
        insert(&tx, p)?;
        crate::history::record(&tx, "person", p.id, &self.actor, p.created_at, Action::Created, &history::created(p))?;
        tx.commit()?;
        Ok(())
    }

    /// Everyone, by last name.
    pub fn people(&self) -> Result<Vec<Person>> {
        let mut stmt =
            self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM people ORDER BY last_name, first_name"))?;
        let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn person(&self, id: Uuid) -> Result<Person> {
        self.conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "person", id: id.to_string() })
    }
}
