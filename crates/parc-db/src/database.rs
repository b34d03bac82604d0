//! Creating and opening the encrypted database file.
//!
//! Opening never writes before the key, the application and the schema version
//! have been checked: a wrong key, a foreign file or a newer schema leave the
//! file's bytes as they were. Creating never replaces an existing file: the
//! database is built under a temporary name and linked into place only if the
//! name is still free.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{DbError, NotParcReason, Result};
use crate::key::{DataKey, Salt};
use crate::migrations;

/// Stored in the SQLite header: marks a file as Parc's ("PARC").
pub const APPLICATION_ID: i32 = 0x5041_5243;

/// SQLCipher 4's page size: an encrypted file is made of whole pages.
const PAGE_SIZE: u64 = 4096;

/// An open, unlocked Parc database.
pub struct Database {
    pub(crate) conn: Connection,
    path: PathBuf,
    salt: Salt,
    /// Who the history names as the author of changes.
    pub(crate) actor: String,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Database {
    /// Creates a new database at `path`, encrypted with `key` over `salt`.
    ///
    /// Fails with [`DbError::AlreadyExists`] rather than touch an existing file.
    pub fn create(path: &Path, key: &DataKey, salt: &Salt, key_mode: parc_core::ipc::KeyMode) -> Result<Database> {
        if path.exists() {
            return Err(DbError::AlreadyExists(path.to_path_buf()));
        }
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(DbError::io(dir))?;
        let tmp = dir.join(format!(".{}.{}.creating", file_name(path), uuid::Uuid::now_v7().simple()));
        let built = (|| -> Result<()> {
            let conn =
                Connection::open_with_flags(&tmp, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)?;
            apply_key(&conn, key, salt)?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            let mut conn = conn;
            migrations::apply(&mut conn, &tmp)?;
            crate::meta::init(&conn, key_mode)?;
            // Closing the last connection checkpoints and removes the WAL, so
            // that the single file can be moved into place.
            conn.close().map_err(|(_, e)| DbError::Sqlite(e))?;
            Ok(())
        })();
        if let Err(e) = built {
            remove_db_files(&tmp);
            return Err(e);
        }
        // A hard link fails if the name was taken meanwhile: nothing is replaced.
        let linked = std::fs::hard_link(&tmp, path);
        remove_db_files(&tmp);
        match linked {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(DbError::AlreadyExists(path.to_path_buf()));
            }
            Err(e) => return Err(DbError::Io { path: path.to_path_buf(), source: e }),
        }
        Database::open(path, key)
    }

    /// Opens an existing database with its key.
    pub fn open(path: &Path, key: &DataKey) -> Result<Database> {
        let salt = read_salt(path)?;
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        apply_key(&conn, key, &salt)?;
        // Reading the schema is the first access that decrypts a page: a wrong
        // key fails here, before anything is written.
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            Ok(_) => {}
            Err(e) if is_not_a_database(&e) => return Err(DbError::WrongKey(path.to_path_buf())),
            Err(e) if is_corrupt(&e) => {
                return Err(DbError::Corrupt { path: path.to_path_buf(), detail: e.to_string() });
            }
            Err(e) => return Err(e.into()),
        }
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        if app_id != APPLICATION_ID {
            return Err(DbError::NotParcDatabase { path: path.to_path_buf(), why: NotParcReason::OtherApplication });
        }
        migrations::check_version(&conn, path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a committed change survives a power cut, not only a crash.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // 64 MiB of decrypted pages: SQLCipher decrypts and authenticates every
        // page it reads, so a page cache that holds the hot indexes of 100,000
        // assets saves that work on every list, count and search.
        conn.pragma_update(None, "cache_size", -65_536)?;
        let mut conn = conn;
        migrations::apply(&mut conn, path)?;
        Ok(Database { conn, path: path.to_path_buf(), salt, actor: default_actor() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn salt(&self) -> &Salt {
        &self.salt
    }

    /// Names the author of the changes that follow, for the history.
    pub fn set_actor(&mut self, actor: &str) {
        self.actor = actor.to_string();
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Re-encrypts the whole database under a new key (same salt).
    ///
    /// SQLCipher rewrites every page in one transaction: a crash leaves the
    /// database under the old key or the new one, never half of each.
    pub(crate) fn rekey(&mut self, key: &DataKey) -> Result<()> {
        self.conn.pragma_update(None, "rekey", &*key.pragma_value(&self.salt))?;
        Ok(())
    }
}

/// Reads the salt at the start of a database file, after checking the file
/// could be an encrypted Parc database at all.
pub fn read_salt(path: &Path) -> Result<Salt> {
    let mut f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(DbError::NotFound(path.to_path_buf())),
        Err(e) => return Err(DbError::Io { path: path.to_path_buf(), source: e }),
    };
    let len = f.metadata().map_err(DbError::io(path))?.len();
    let mut head = [0u8; 16];
    if len < PAGE_SIZE || f.read_exact(&mut head).is_err() {
        return Err(DbError::NotParcDatabase { path: path.to_path_buf(), why: NotParcReason::NotDatabaseShaped });
    }
    if &head == b"SQLite format 3\0" {
        return Err(DbError::NotParcDatabase { path: path.to_path_buf(), why: NotParcReason::PlainSqlite });
    }
    if len % PAGE_SIZE != 0 {
        return Err(DbError::NotParcDatabase { path: path.to_path_buf(), why: NotParcReason::NotDatabaseShaped });
    }
    Ok(Salt(head))
}

fn apply_key(conn: &Connection, key: &DataKey, salt: &Salt) -> Result<()> {
    // SQLCipher logs to stderr by default; a wrong key is not worth a log line.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    conn.pragma_update(None, "key", &*key.pragma_value(salt))?;
    Ok(())
}

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase)
}

fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DatabaseCorrupt)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| "parc.db".into(), |n| n.to_string_lossy().into_owned())
}

fn remove_db_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// The operating-system user, as the default author of changes.
fn default_actor() -> String {
    ["USERNAME", "USER", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "parc".into())
}
