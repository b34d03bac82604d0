//! What storing the CSV costs before any of Parc's code runs: the same file
//! loaded, as `sqlite3 .import` loads it (text into a table, one prepared
//! `INSERT` per line, one transaction), but into the kind of store Parc
//! keeps — a database file opened with Parc's pragmas (WAL, `synchronous =
//! FULL`, 64 MiB cache), encrypted by the same SQLCipher with a raw key as
//! Parc keys it, and then with the indexes and the search index the
//! inventory's screens need at 100,000 assets.
//!
//! These loads are the floor under `parc import`: they check nothing, resolve
//! no place, write no history. Set against `sqlite3 :memory: .import`, they
//! say how much of the issue's ≤ 3× budget the store alone takes.

use std::io::BufRead as _;
use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::{Connection, params_from_iter};

use crate::error::{BenchError, Result};

/// One way of storing the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    /// An unencrypted database file with Parc's pragmas.
    PlainFile,
    /// The same, encrypted by SQLCipher.
    EncryptedFile,
    /// Encrypted, with the unique indexes and one index per sort or filter
    /// of the list (each ending with the tag, as Parc's do), built after the
    /// rows as Parc's bulk load builds them.
    EncryptedIndexed,
    /// The same, and the FTS5 search index over the searched columns.
    EncryptedSearchable,
}

impl Store {
    pub const ALL: [Store; 4] =
        [Store::PlainFile, Store::EncryptedFile, Store::EncryptedIndexed, Store::EncryptedSearchable];

    pub fn label(self) -> &'static str {
        match self {
            Store::PlainFile => "plain table, database file (WAL, synchronous = FULL)",
            Store::EncryptedFile => "plain table, SQLCipher file (Parc's key form and pragmas)",
            Store::EncryptedIndexed => "same + the list's 2 unique and 10 sort indexes",
            Store::EncryptedSearchable => "same + the FTS5 search index",
        }
    }
}

/// A raw 256-bit key and 128-bit salt, in the form Parc gives SQLCipher
/// (`x'<key><salt>'`: no key derivation at open).
const KEY: &str = "x'2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe000102030405060708090a0b0c0d0e0f'";

/// The file's 11 columns, in order, as plain text columns.
const COLUMNS: [&str; 11] =
    ["tag", "name", "kind", "status", "manufacturer", "model", "serial", "place", "bought", "cost", "warranty"];

/// The indexes of the list at 100,000 assets, on the columns the file has
/// (see migration 0002): Parc also indexes person, supplier and update time.
const INDEXES: &str = "
CREATE UNIQUE INDEX t_tag ON t (tag COLLATE NOCASE);
CREATE UNIQUE INDEX t_serial ON t (lower(coalesce(manufacturer, '')), serial COLLATE NOCASE) WHERE serial IS NOT NULL;
CREATE INDEX t_status ON t (status, tag COLLATE NOCASE);
CREATE INDEX t_kind ON t (kind, tag COLLATE NOCASE);
CREATE INDEX t_name ON t (name, tag COLLATE NOCASE);
CREATE INDEX t_serial_sort ON t (serial, tag COLLATE NOCASE);
CREATE INDEX t_manufacturer ON t (manufacturer, model, tag COLLATE NOCASE);
CREATE INDEX t_model ON t (model, tag COLLATE NOCASE);
CREATE INDEX t_place ON t (place, tag COLLATE NOCASE);
CREATE INDEX t_warranty ON t (warranty, tag COLLATE NOCASE);
CREATE INDEX t_bought ON t (bought, tag COLLATE NOCASE);
CREATE INDEX t_cost ON t (cost, tag COLLATE NOCASE);
";

/// The search index as migration 0002 makes it, on the columns the file has.
const SEARCH: &str = "
CREATE VIRTUAL TABLE t_fts USING fts5 (
    tag, serial, name, model, manufacturer, place,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO t_fts (rowid, tag, serial, name, model, manufacturer, place)
    SELECT rowid, tag, serial, name, model, manufacturer, place FROM t;
";

/// Loads `csv` (`;`-separated, a header line, no quoted field: the bench's
/// own file) into a fresh database at `db`; returns the time from opening
/// the file to the commit, and checks the count.
pub fn load(csv: &Path, db: &Path, store: Store, rows: u32) -> Result<Duration> {
    remove_database(db);
    let started = Instant::now();
    let conn = Connection::open(db)?;
    if store != Store::PlainFile {
        conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
        conn.pragma_update(None, "key", KEY)?;
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "cache_size", -crate::raw::BIG_CACHE_KIB)?;
    conn.execute_batch("BEGIN")?;
    conn.execute_batch(&format!("CREATE TABLE t ({})", COLUMNS.join(" TEXT, ") + " TEXT"))?;
    let placeholders = vec!["?"; COLUMNS.len()].join(", ");
    let file = std::fs::File::open(csv).map_err(BenchError::io(csv))?;
    let mut lines = std::io::BufReader::new(file).lines();
    lines.next().transpose().map_err(BenchError::io(csv))?;
    {
        let mut insert = conn.prepare(&format!("INSERT INTO t VALUES ({placeholders})"))?;
        for line in lines {
            let line = line.map_err(BenchError::io(csv))?;
            insert.execute(params_from_iter(line.split(';')))?;
        }
    }
    if matches!(store, Store::EncryptedIndexed | Store::EncryptedSearchable) {
        conn.execute_batch(INDEXES)?;
    }
    if store == Store::EncryptedSearchable {
        conn.execute_batch(SEARCH)?;
    }
    conn.execute_batch("COMMIT")?;
    let took = started.elapsed();
    let count: u32 = conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))?;
    drop(conn);
    remove_database(db);
    if count != rows {
        return Err(BenchError::Mismatch {
            figure: store.label().into(),
            parc: rows.to_string(),
            plain: count.to_string(),
        });
    }
    Ok(took)
}

/// Deletes a database file with its WAL and shared-memory files, if any: a
/// load always starts from nothing.
pub fn remove_database(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(name);
    }
}
