//! The `people` table: who holds equipment.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use uuid::Uuid;

use parc_core::Person;
use parc_core::history::{self, Action};
use parc_core::ipc::{PersonInput, PersonRow};

use parc_core::non_empty;

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

fn duplicate(e: rusqlite::Error, p: &Person) -> DbError {
    duplicate_or(e, &[("people_email", "e-mail", p.email.as_deref().unwrap_or(""))])
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
        .map_err(|e| duplicate(e, p))?;
    Ok(())
}

fn get(conn: &Connection, id: Uuid) -> Result<Person> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| DbError::NoSuchRecord { what: "person", id: id.to_string() })
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

    /// Creates or edits a person from the form; a new name reaches the
    /// inventory's sort keys and search in the same transaction.
    pub fn save_person(&mut self, input: &PersonInput, now: DateTime<Utc>) -> Result<Person> {
        let Some(id) = input.id else {
            let mut p = Person::new(&input.first_name, &input.last_name, now);
            p.email = non_empty(&input.email);
            p.department = non_empty(&input.department);
            p.site_id = input.site_id;
            p.account = non_empty(&input.account);
            p.active = input.active;
            self.create_person(&p)?;
            return Ok(p);
        };
        let tx = self.conn.transaction()?;
        let old = get(&tx, id)?;
        let mut p = old.clone();
        p.first_name = input.first_name.trim().to_string();
        p.last_name = input.last_name.trim().to_string();
        p.email = non_empty(&input.email);
        p.department = non_empty(&input.department);
        p.site_id = input.site_id;
        p.account = non_empty(&input.account);
        p.active = input.active;
        if p.last_name.is_empty() && p.first_name.is_empty() {
            return Err(parc_core::error::RuleError::Required("name").into());
        }
        let changes = history::diff(&old, &p);
        if !changes.is_empty() {
            p.updated_at = now;
            tx.execute(
                "UPDATE people SET first_name = ?2, last_name = ?3, email = ?4, department = ?5, site_id = ?6, account = ?7, \
                 active = ?8, updated_at = ?9 WHERE id = ?1",
                params![p.id, p.first_name, p.last_name, p.email, p.department, p.site_id, p.account, p.active, now],
            )
            .map_err(|e| duplicate(e, &p))?;
            if old.display_name() != p.display_name() {
                tx.execute(
                    "UPDATE assets SET assignee_name = ?2 WHERE assignee_id = ?1",
                    params![p.id, p.display_name()],
                )?;
            }
            crate::history::record(&tx, "person", p.id, &self.actor, now, Action::Updated, &changes)?;
        }
        tx.commit()?;
        Ok(p)
    }

    /// Deletes a person who holds nothing; someone who holds equipment must
    /// give it back first (or be marked inactive).
    pub fn delete_person(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let p = get(&tx, id)?;
        let held: u32 = tx.query_row("SELECT count(*) FROM assets WHERE assignee_id = ?1", [id], |r| r.get(0))?;
        if held > 0 {
            return Err(DbError::InUse { what: "person", count: held });
        }
        tx.execute("DELETE FROM people WHERE id = ?1", [id])?;
        crate::history::record(&tx, "person", id, &self.actor, now, Action::Deleted, &history::deleted(&p))?;
        tx.commit()?;
        Ok(())
    }

    pub fn person(&self, id: Uuid) -> Result<Person> {
        get(&self.conn, id)
    }

    /// People whose name, e-mail, account or department starts with each word
    /// of `search`, by last name, with their site and how much they hold.
    pub fn people(&self, search: Option<&str>, limit: u32) -> Result<Vec<PersonRow>> {
        let words: Vec<String> =
            search.unwrap_or("").split_whitespace().map(|w| format!("{}%", crate::sql::like_escape(w))).collect();
        let mut sql = String::from(
            "SELECT p.id, p.first_name, p.last_name, p.email, p.department, p.site_id, p.account, p.active, p.created_at, \
             p.updated_at, s.name, (SELECT count(*) FROM assets a WHERE a.assignee_id = p.id) \
             FROM people p LEFT JOIN locations s ON s.id = p.site_id",
        );
        for (i, _) in words.iter().enumerate() {
            let n = i + 1;
            sql.push_str(if i == 0 { " WHERE " } else { " AND " });
            sql.push_str(&format!(
                "(p.first_name LIKE ?{n} ESCAPE '\\' OR p.last_name LIKE ?{n} ESCAPE '\\' OR p.email LIKE ?{n} ESCAPE '\\' \
                 OR p.account LIKE ?{n} ESCAPE '\\' OR p.department LIKE ?{n} ESCAPE '\\')"
            ));
        }
        sql.push_str(&format!(
            " ORDER BY p.last_name, p.first_name LIMIT {}",
            if limit == 0 { u32::MAX } else { limit }
        ));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(words.iter()), |r| {
                Ok(PersonRow { person: from_row(r)?, site: r.get(10)?, asset_count: r.get(11)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
