//! The other side of every comparison: the same queries, written by hand,
//! run with rusqlite directly. No `Database`, no domain types, no JSON: every
//! column is read into an owned SQLite value, as any client must to keep a
//! result, and that is all.
//!
//! The SQL mirrors what `parc-db` generates (`assets.rs`: `filter`,
//! `order_by`, `list_assets`, `count_assets`, `asset_detail`; `locations.rs`:
//! `location_path`; `history.rs`). When that SQL changes, this file must follow,
//! or the comparison stops being like for like; the benchmark checks that both
//! sides return the same rows, so a drift shows up as an error, not as a figure.
//!
//! The same connection code also opens the *encrypted* Parc file with the same
//! hand-written SQL: for a figure that misses its target, that splits the cost
//! between SQLCipher (same SQL, encrypted file) and Parc's own code.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params, params_from_iter};
use uuid::Uuid;

use crate::error::{BenchError, Result};

/// The page the inventory list asks for (`parc_db::assets::DEFAULT_PAGE`).
pub const PAGE: u32 = 100;

/// The inventory list's columns, as `list_assets` selects them.
const LIST_COLUMNS: &str = "a.id, a.tag, a.name, a.kind, a.status, a.serial, a.manufacturer, a.model, a.location_name, \
    a.assignee_name, a.warranty_end, a.purchase_cost";

/// Every column of an asset, as the asset page reads them.
const ASSET_COLUMNS: &str = "id, tag, name, kind, status, serial, manufacturer, model, location_id, assignee_id, \
    supplier_id, purchase_date, order_number, purchase_cost, warranty_end, maintenance_contract, os_name, os_version, \
    firmware_version, ip_address, mac_address, notes, last_audit, created_at, updated_at";

/// The page cache of the diagnostic connection that shows what a larger cache
/// would change (SQLite's default is 2 MiB).
pub const BIG_CACHE_KIB: i64 = 64 * 1024;

/// What one run of a query returned, compared between the two sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The ids of a list page, in order.
    Ids(Vec<Uuid>),
    Count(u64),
    /// The asset page: its location path and how many history entries it shows.
    Page {
        path: String,
        history: usize,
    },
    /// Rows (Parc: fields) written.
    Written(usize),
}

impl Outcome {
    pub fn summary(&self) -> String {
        match self {
            Outcome::Ids(ids) => format!("{} rows, first {:?}", ids.len(), ids.first()),
            Outcome::Count(n) => format!("{n}"),
            Outcome::Page { path, history } => format!("path {path:?}, {history} history entries"),
            Outcome::Written(n) => format!("{n} written"),
        }
    }
}

/// A query of the benchmark, as plain SQL.
#[derive(Debug, Clone)]
pub enum SqlOp {
    /// A first page: `where_clause` is empty or starts with `WHERE`; the last
    /// two arguments (limit, offset) are added here. `index` gives `order`;
    /// `search` (the FTS5 query, also in `args`) makes the page decide, as
    /// Parc does, whether the search is broad enough to walk that index.
    Page {
        where_clause: String,
        order: String,
        args: Vec<Value>,
        index: &'static str,
        search: Option<String>,
    },
    Count {
        where_clause: String,
        args: Vec<Value>,
    },
    /// Everything the asset page shows.
    Detail(Uuid),
    /// One field changed, with its history row, in one transaction.
    Update {
        id: Uuid,
        actor: String,
        at: DateTime<Utc>,
    },
    /// Any one statement: the ids of its rows (first column), or its count.
    Rows {
        sql: String,
        args: Vec<Value>,
        count: bool,
    },
    /// Everything the ticket page reads; the outcome is its timeline's length.
    TicketPage(Uuid),
}

impl SqlOp {
    pub fn page(where_clause: String, order: String, args: Vec<Value>, index: &'static str) -> SqlOp {
        SqlOp::Page { where_clause, order, args, index, search: None }
    }

    pub fn search(where_clause: String, order: String, args: Vec<Value>, index: &'static str, fts: String) -> SqlOp {
        SqlOp::Page { where_clause, order, args, index, search: Some(fts) }
    }

    /// The statement this query runs, with its arguments (none for the
    /// multi-statement ones); `broad` walks the sort's index (a broad search).
    pub fn statement_with(&self, broad: bool) -> Option<(String, Vec<Value>)> {
        match self {
            SqlOp::Page { where_clause, order, args, index, .. } => {
                let mut args = args.clone();
                args.push(Value::Integer(i64::from(PAGE)));
                args.push(Value::Integer(0));
                let (nl, no) = (args.len() - 1, args.len());
                let indexed = if broad { format!("INDEXED BY {index}") } else { String::new() };
                Some((
                    format!(
                        "SELECT {LIST_COLUMNS} FROM assets a WHERE a.rowid IN (SELECT a.rowid FROM assets a {indexed} \
                         {where_clause} ORDER BY {order} LIMIT ?{nl} OFFSET ?{no}) ORDER BY {order}"
                    ),
                    args,
                ))
            }
            SqlOp::Count { where_clause, args } => {
                Some((format!("SELECT count(*) FROM assets a {where_clause}"), args.clone()))
            }
            SqlOp::Rows { sql, args, .. } => Some((sql.clone(), args.clone())),
            SqlOp::Detail(_) | SqlOp::Update { .. } | SqlOp::TicketPage(_) => None,
        }
    }

    /// The statement as first planned (a search not yet known to be broad).
    pub fn statement(&self) -> Option<(String, Vec<Value>)> {
        self.statement_with(false)
    }

    /// How many rows the filter of a list page matches (what it must sort
    /// when no index gives the order).
    pub fn matching(&self, conn: &Connection) -> Result<Option<u64>> {
        let SqlOp::Page { where_clause, args, .. } = self else { return Ok(None) };
        let n: i64 = conn
            .prepare_cached(&format!("SELECT count(*) FROM assets a {where_clause}"))?
            .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
        Ok(Some(n.unsigned_abs()))
    }
}

/// Past this many matches Parc walks the sort's index (`parc_db::assets::BROAD_SEARCH`).
const BROAD_SEARCH: i64 = 2000;

/// The pragmas Parc's `Database::open` sets, on any connection of the
/// benchmark: WAL, `synchronous = FULL`, foreign keys, and its 64 MiB page
/// cache, so that both sides run with the same memory.
fn parc_pragmas(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "cache_size", -BIG_CACHE_KIB)?;
    Ok(())
}

fn open_flags() -> OpenFlags {
    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
}

/// Opens the unencrypted twin with the pragmas Parc uses.
pub fn open_plain(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, open_flags())?;
    parc_pragmas(&conn)?;
    Ok(conn)
}

/// Opens the encrypted Parc file directly, keyed as Parc keys it
/// (`x'<key><salt>'`), with Parc's pragmas and, when asked, a larger page cache.
pub fn open_encrypted(path: &Path, key_pragma: &str, cache_kib: Option<i64>) -> Result<Connection> {
    keyed(Connection::open_with_flags(path, open_flags())?, key_pragma, cache_kib)
}

fn keyed(conn: Connection, key_pragma: &str, cache_kib: Option<i64>) -> Result<Connection> {
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    conn.pragma_update(None, "key", key_pragma)?;
    // The first read decrypts a page: a wrong key fails here.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
    parc_pragmas(&conn)?;
    if let Some(kib) = cache_kib {
        conn.pragma_update(None, "cache_size", -kib)?;
    }
    Ok(conn)
}

/// Writes an unencrypted copy of the encrypted database `from` (opened with
/// `key_pragma`) to `to`: same schema, indexes, FTS tables and rows.
pub fn export_plain(from: &Path, key_pragma: &str, to: &Path) -> Result<()> {
    // ATTACH opens files with the main database's flags: CREATE is needed
    // for the new file (the Parc file exists already).
    let conn =
        keyed(Connection::open_with_flags(from, open_flags() | OpenFlags::SQLITE_OPEN_CREATE)?, key_pragma, None)?;
    let to_str = to.to_str().ok_or_else(|| BenchError::Setup(format!("{} is not UTF-8", to.display())))?;
    conn.execute("ATTACH DATABASE ?1 AS plain KEY ''", [to_str])?;
    conn.query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))?;
    conn.execute_batch("DETACH DATABASE plain")?;
    Ok(())
}

/// Moves every committed page of the WAL into the database file and empties
/// the WAL, as closing the last connection does: both files are then measured
/// in the state an application finds them in when it opens.
pub fn checkpoint(conn: &Connection) -> Result<()> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy != 0 {
        return Err(BenchError::Setup("the WAL could not be checkpointed: another connection is reading".into()));
    }
    Ok(())
}

/// The query planner's description of a statement, one step per item.
pub fn plan(conn: &Connection, op: &SqlOp) -> Result<Vec<String>> {
    let Some((sql, args)) = op.statement() else { return Ok(Vec::new()) };
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
    let steps = stmt.query_map(params_from_iter(args.iter()), |r| r.get::<_, String>(3))?;
    Ok(steps.collect::<rusqlite::Result<_>>()?)
}

/// Reads columns `from..to` of a row into owned values: what any client must
/// do to keep a result past its statement, without domain types.
fn read(r: &rusqlite::Row<'_>, columns: std::ops::Range<usize>) -> rusqlite::Result<Vec<Value>> {
    columns.map(|c| r.get::<_, Value>(c)).collect()
}

/// The history note of update number `run` (every run writes a new value, so
/// that Parc always finds a change to record).
pub fn note(side: &str, run: u32) -> String {
    format!("benchmark {side} {run}")
}

/// Runs `op` once on `conn`; `run` numbers the runs of a figure.
pub fn run(conn: &mut Connection, op: &SqlOp, run: u32) -> Result<Outcome> {
    match op {
        SqlOp::Page { .. } | SqlOp::Count { .. } => {
            let broad = match op {
                SqlOp::Page { search: Some(fts), .. } => {
                    let n: i64 = conn
                        .prepare_cached(
                            "SELECT count(*) FROM (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?1 LIMIT ?2)",
                        )?
                        .query_row(params![fts, BROAD_SEARCH], |r| r.get(0))?;
                    n >= BROAD_SEARCH
                }
                _ => false,
            };
            let Some((sql, args)) = op.statement_with(broad) else { return Ok(Outcome::Count(0)) };
            let mut stmt = conn.prepare_cached(&sql)?;
            if matches!(op, SqlOp::Count { .. }) {
                let n: i64 = stmt.query_row(params_from_iter(args.iter()), |r| r.get(0))?;
                return Ok(Outcome::Count(n.unsigned_abs()));
            }
            let mut rows = stmt.query(params_from_iter(args.iter()))?;
            let mut ids = Vec::with_capacity(PAGE as usize);
            let mut page = Vec::with_capacity(PAGE as usize);
            while let Some(r) = rows.next()? {
                ids.push(r.get::<_, Uuid>(0)?);
                page.push(read(r, 1..12)?);
            }
            drop(std::hint::black_box(page));
            Ok(Outcome::Ids(ids))
        }
        SqlOp::Detail(id) => detail(conn, *id),
        SqlOp::Rows { sql, args, count } => {
            let mut stmt = conn.prepare_cached(sql)?;
            if *count {
                let n: i64 = stmt.query_row(params_from_iter(args.iter()), |r| r.get(0))?;
                return Ok(Outcome::Count(n.unsigned_abs()));
            }
            let columns = stmt.column_count();
            let mut rows = stmt.query(params_from_iter(args.iter()))?;
            let mut ids = Vec::with_capacity(PAGE as usize);
            let mut page = Vec::with_capacity(PAGE as usize);
            while let Some(r) = rows.next()? {
                ids.push(r.get::<_, Uuid>(0)?);
                page.push(read(r, 1..columns)?);
            }
            drop(std::hint::black_box(page));
            Ok(Outcome::Ids(ids))
        }
        SqlOp::TicketPage(id) => ticket_page(conn, *id),
        SqlOp::Update { id, actor, at } => {
            let new = note("plain", run);
            let tx = conn.transaction()?;
            // The history row first, while the old value is still there.
            tx.prepare_cached(
                "INSERT INTO history (id, entity, entity_id, at, actor, action, changes) \
                 SELECT ?1, 'asset', id, ?2, ?3, 'updated', \
                 json_array(json_object('field', 'notes', 'old', notes, 'new', ?4)) FROM assets WHERE id = ?5",
            )?
            .execute(params![Uuid::now_v7(), at, actor, new, id])?;
            let n = tx
                .prepare_cached("UPDATE assets SET notes = ?1, updated_at = ?2 WHERE id = ?3")?
                .execute(params![new, at, id])?;
            tx.commit()?;
            Ok(Outcome::Written(n))
        }
    }
}

/// The asset page by hand: the asset, its location path, its person, its
/// supplier and its history.
fn detail(conn: &Connection, id: Uuid) -> Result<Outcome> {
    let (asset, location, assignee, supplier) = {
        let mut stmt = conn.prepare_cached(&format!("SELECT {ASSET_COLUMNS} FROM assets WHERE id = ?1"))?;
        let mut rows = stmt.query([id])?;
        let r = rows.next()?.ok_or_else(|| BenchError::Setup(format!("asset {id} is missing")))?;
        (read(r, 0..25)?, r.get::<_, Option<Uuid>>(8)?, r.get::<_, Option<Uuid>>(9)?, r.get::<_, Option<Uuid>>(10)?)
    };
    let path = match location {
        Some(l) => {
            let mut stmt = conn.prepare_cached(
                "WITH RECURSIVE up(id, name, parent_id, depth) AS (SELECT id, name, parent_id, 0 FROM locations \
                 WHERE id = ?1 UNION ALL SELECT l.id, l.name, l.parent_id, up.depth + 1 FROM locations l \
                 JOIN up ON l.id = up.parent_id) SELECT name FROM up ORDER BY depth DESC",
            )?;
            let names = stmt.query_map([l], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
            names.join(" › ")
        }
        None => String::new(),
    };
    let person: Option<String> = match assignee {
        Some(p) => conn
            .prepare_cached("SELECT first_name || ' ' || last_name FROM people WHERE id = ?1")?
            .query_row([p], |r| r.get(0))
            .optional()?,
        None => None,
    };
    let supplier: Option<String> = match supplier {
        Some(s) => {
            conn.prepare_cached("SELECT name FROM suppliers WHERE id = ?1")?.query_row([s], |r| r.get(0)).optional()?
        }
        None => None,
    };
    let history = {
        let mut stmt = conn.prepare_cached(
            "SELECT id, entity, entity_id, at, actor, action, changes FROM history WHERE entity_id = ?1 ORDER BY at, id",
        )?;
        stmt.query_map([id], |r| read(r, 0..7))?.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let outcome = Outcome::Page { path, history: history.len() };
    drop(std::hint::black_box((asset, person, supplier, history)));
    Ok(outcome)
}

/// The ticket page's reads, as `parc_db::tickets::{load, Database::ticket}` make them.
fn ticket_page(conn: &Connection, id: Uuid) -> Result<Outcome> {
    let row = conn
        .prepare_cached(
            "SELECT id, number, kind, title, description, requester_id, category, channel, urgency, impact, priority, \
         priority_by_hand, status, resume_to, technician, supplier_id, opened_at, owned_at, solved_at, closed_at, \
         pending, solution_kind, solution, satisfaction, satisfaction_comment, updated_at FROM tickets WHERE id = ?1",
        )?
        .query_row([id], |r| Ok((read(r, 0..26)?, r.get::<_, Option<Uuid>>(5)?, r.get::<_, String>(6)?)))?;
    let (_, requester, category) = &row;
    let linked: Vec<Uuid> = conn
        .prepare_cached("SELECT asset_id FROM ticket_assets WHERE ticket_id = ?1 ORDER BY asset_id")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if let Some(p) = requester {
        let _: Option<String> = conn
            .prepare_cached("SELECT first_name || ' ' || last_name FROM people WHERE id = ?1")?
            .query_row([p], |r| r.get(0))
            .optional()?;
    }
    let assets: Vec<Vec<Value>> = conn
        .prepare_cached(
            "SELECT a.id, a.tag || ' — ' || a.name FROM ticket_assets t JOIN assets a ON a.id = t.asset_id \
             WHERE t.ticket_id = ?1 ORDER BY a.tag",
        )?
        .query_map([id], |r| read(r, 0..2))?
        .collect::<rusqlite::Result<_>>()?;
    let events: Vec<Vec<Value>> = conn
        .prepare_cached(
            "SELECT id, at, author, kind, body, private, minutes, done, old, new FROM ticket_events \
             WHERE ticket_id = ?1 ORDER BY at, id",
        )?
        .query_map([id], |r| read(r, 0..10))?
        .collect::<rusqlite::Result<_>>()?;
    let _: Option<String> = conn
        .prepare_cached("SELECT label_fr FROM ticket_categories WHERE code = ?1")?
        .query_row([category], |r| r.get(0))
        .optional()?;
    drop(std::hint::black_box((row, linked, assets)));
    Ok(Outcome::Count(events.len() as u64))
}
