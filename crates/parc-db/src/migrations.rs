//! Forward-only schema migrations, tracked by `PRAGMA user_version`.
//!
//! Every pending migration runs in one transaction: a crash leaves the database
//! at its old version, never between two. A database whose version is above
//! the last migration known here was written by a newer Parc and is refused.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{DbError, Result};

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_inventory.sql"),
    include_str!("migrations/0002_search.sql"),
    include_str!("migrations/0003_helpdesk.sql"),
    include_str!("migrations/0004_imports.sql"),
    include_str!("migrations/0005_audit.sql"),
    include_str!("migrations/0006_labels.sql"),
];

/// The schema version this build writes.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

pub(crate) fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Refuses a database written by a newer Parc, before anything is written.
pub(crate) fn check_version(conn: &Connection, path: &Path) -> Result<()> {
    let found = version(conn)?;
    if found > LATEST {
        return Err(DbError::NewerSchema { path: path.to_path_buf(), found, supported: LATEST });
    }
    Ok(())
}

/// Brings the schema to [`LATEST`].
pub(crate) fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = version(&tx)?;
    if found > LATEST {
        return Err(DbError::NewerSchema { path: path.to_path_buf(), found, supported: LATEST });
    }
    if found == LATEST {
        return Ok(());
    }
    for sql in &MIGRATIONS[found as usize..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", LATEST)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parc_core::{ErrorCode, Lang, Localized};

    #[test]
    fn a_database_from_a_newer_parc_is_refused_without_a_write() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("parc.db");
        let pass = "une phrase de passe solide";
        let db = crate::create_with_passphrase(&path, pass).expect("create");
        db.conn.pragma_update(None, "user_version", LATEST + 1).expect("pretend a newer Parc wrote it");
        drop(db);
        let before = std::fs::read(&path).expect("read");
        let err = crate::unlock_with_passphrase(&path, pass, &crate::Keyring::none(), false).expect_err("newer");
        assert!(
            matches!(err, DbError::NewerSchema { found, supported, .. } if found == LATEST + 1 && supported == LATEST)
        );
        assert_eq!(err.code(), ErrorCode::NewerSchema);
        assert!(err.message(Lang::Fr).contains("mettez Parc à jour"));
        assert_eq!(std::fs::read(&path).expect("read"), before);
        let wal = dir.path().join("parc.db-wal");
        assert!(std::fs::metadata(&wal).map_or(true, |m| m.len() == 0), "nothing was written to a WAL");
    }

    #[test]
    fn migrations_from_an_empty_database_reach_the_latest_version_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("parc.db");
        let db = crate::create_with_passphrase(&path, "une phrase de passe solide").expect("create");
        assert_eq!(version(&db.conn).expect("version"), LATEST);
        let mut conn = db.conn;
        apply(&mut conn, &path).expect("idempotent");
        assert_eq!(version(&conn).expect("version"), LATEST);
        let kinds: u32 =
            conn.query_row("SELECT count(*) FROM asset_kinds WHERE builtin = 1", [], |r| r.get(0)).expect("kinds");
        assert_eq!(kinds as usize, parc_core::asset::BUILTIN_KINDS.len(), "the migration seeds every built-in kind");
    }
}
