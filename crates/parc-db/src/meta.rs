//! Facts about the database itself: its id, how its key is kept, which Parc
//! made it. Read after unlocking, so they are encrypted like the rest.

use rusqlite::{Connection, OptionalExtension, params};

use parc_core::ipc::{DatabaseInfo, KeyMode};

use crate::Database;
use crate::error::Result;

pub(crate) fn init(conn: &Connection, key_mode: KeyMode) -> Result<()> {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let id = uuid::Uuid::now_v7().to_string();
    for (k, v) in [
        ("database_id", id.as_str()),
        ("created_at", now.as_str()),
        ("created_by", concat!("Parc ", env!("CARGO_PKG_VERSION"))),
        ("key_mode", key_mode.as_str()),
        ("recovery_passphrase", "0"),
    ] {
        set(conn, k, v)?;
    }
    Ok(())
}

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

pub(crate) fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

impl Database {
    pub fn key_mode(&self) -> Result<KeyMode> {
        Ok(get(&self.conn, "key_mode")?.as_deref().and_then(KeyMode::parse).unwrap_or(KeyMode::Passphrase))
    }

    pub fn has_recovery_passphrase(&self) -> Result<bool> {
        Ok(get(&self.conn, "recovery_passphrase")?.as_deref() == Some("1"))
    }

    /// The company that owns the fleet, as printed on asset labels (`None`
    /// until someone sets it).
    pub fn company_name(&self) -> Result<Option<String>> {
        Ok(get(&self.conn, "company_name")?.filter(|n| !n.trim().is_empty()))
    }

    /// Sets the company name; an empty name clears it.
    pub fn set_company_name(&mut self, name: &str) -> Result<()> {
        set(&self.conn, "company_name", name.trim())
    }

    pub fn info(&self) -> Result<DatabaseInfo> {
        Ok(DatabaseInfo {
            path: self.path().display().to_string(),
            key_mode: self.key_mode()?,
            has_recovery_passphrase: self.has_recovery_passphrase()?,
            schema_version: crate::migrations::version(&self.conn)?,
        })
    }
}
