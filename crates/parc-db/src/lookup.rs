//! Finding a record from what a person types on a command line: an id, a tag,
//! an e-mail, an account or a name. Ambiguity is an error, never a guess.

use rusqlite::params;
use uuid::Uuid;

use crate::Database;
use crate::error::{DbError, Result};

impl Database {
    fn one(&self, what: &'static str, value: &str, sql: &str) -> Result<Uuid> {
        if let Ok(id) = Uuid::parse_str(value.trim()) {
            return Ok(id);
        }
        let mut stmt = self.conn.prepare_cached(sql)?;
        let ids =
            stmt.query_map(params![value.trim()], |r| r.get::<_, Uuid>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        match ids.as_slice() {
            [id] => Ok(*id),
            [] => Err(DbError::NoSuchRecord { what, id: value.to_string() }),
            many => Err(DbError::Ambiguous { what, value: value.to_string(), count: many.len() as u32 }),
        }
    }

    /// An asset by id or tag.
    pub fn find_asset(&self, text: &str) -> Result<Uuid> {
        self.one("asset", text, "SELECT id FROM assets WHERE tag = ?1 COLLATE NOCASE")
    }

    /// A location by id, name or full path (`Siège › Bâtiment A › Accueil`).
    pub fn find_location(&self, text: &str) -> Result<Uuid> {
        let by_name = self.one("location", text, "SELECT id FROM locations WHERE name = ?1 COLLATE NOCASE");
        match by_name {
            Err(DbError::Ambiguous { .. }) | Err(DbError::NoSuchRecord { .. }) if text.contains('›') => {
                let leaf = text.rsplit('›').next().unwrap_or(text).trim();
                let mut stmt = self.conn.prepare_cached("SELECT id FROM locations WHERE name = ?1 COLLATE NOCASE")?;
                let ids = stmt.query_map([leaf], |r| r.get::<_, Uuid>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
                let wanted = normalise_path(text);
                for id in ids {
                    if normalise_path(&self.location_path(id)?) == wanted {
                        return Ok(id);
                    }
                }
                Err(DbError::NoSuchRecord { what: "location", id: text.to_string() })
            }
            other => other,
        }
    }

    /// A person by id, e-mail, directory account or "First Last".
    pub fn find_person(&self, text: &str) -> Result<Uuid> {
        self.one(
            "person",
            text,
            "SELECT id FROM people WHERE email = ?1 COLLATE NOCASE OR account = ?1 COLLATE NOCASE \
             OR (first_name || ' ' || last_name) = ?1 COLLATE NOCASE",
        )
    }

    /// A supplier by id or name.
    pub fn find_supplier(&self, text: &str) -> Result<Uuid> {
        self.one("supplier", text, "SELECT id FROM suppliers WHERE name = ?1 COLLATE NOCASE")
    }
}

fn normalise_path(p: &str) -> String {
    p.split('›').map(|s| s.trim().to_lowercase()).collect::<Vec<_>>().join("›")
}
