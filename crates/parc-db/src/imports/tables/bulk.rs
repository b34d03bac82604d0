//! Large asset tables, loaded in bulk: the work SQLite would do row by row
//! for the list's indexes and for the search index is done once, at the end
//! of the import, inside its transaction.
//!
//! Row by row, every asset costs one B-tree insertion in each of the
//! list's sort and filter indexes, at a random place; built by `CREATE
//! INDEX` at the end, each index is one sort of the table. The search
//! triggers cost more: a statement that fires a trigger opens a statement
//! savepoint, and FTS5 flushes its pending terms at every savepoint, so a
//! table imported row by row writes one tiny segment per asset and merges
//! them again and again. Added in one `INSERT … SELECT` at the end, the
//! terms of the whole file go through FTS5's in-memory hash instead.
//!
//! Nothing here changes what an import means. DDL is transactional in
//! SQLite: a refused, cancelled or interrupted import (even a power cut)
//! rolls the indexes and triggers back with the data, and a dry run ends
//! with the schema it started with. What is dropped is recreated from its
//! own text in `sqlite_master`, read just before dropping it, so the
//! migrations remain the only source of the schema. The unique indexes
//! stay (they are the duplicate checks), and so do the indexes the
//! import's own lookups read.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::error::Result;

/// From this many rows on, a table is loaded in bulk. Below, the fixed cost
/// of a bulk load (reading the schema, one pass over the table per index)
/// is not worth it.
pub(super) const BULK_ROWS: u64 = 1000;

/// The list's indexes are set aside only when the file brings at least one
/// asset for this many already stored: rebuilding an index reads the whole
/// table, so a small file into a large fleet is cheaper row by row.
const STORED_PER_ROW: i64 = 2;

/// Indexes that are not unique but stay during a bulk load: `asset_by_serial`
/// (a row without a tag) reads `assets_sort_serial` for every row, and would
/// scan the table without it.
const LOOKUP_INDEXES: &[&str] = &["assets_sort_serial"];

/// The search triggers, by the names migration 2 gives them.
const FTS_INSERT: &str = "assets_fts_insert";
const FTS_UPDATE: &str = "assets_fts_update";

/// A bulk load in progress: what was set aside, to be put back before the
/// commit. Dropped without [`BulkLoad::finish`], it leaves the rollback of
/// the import's transaction to restore everything.
///
/// The page cache keeps its usual size (64 MiB): a larger one helps random
/// insertions into many indexes, and with the indexes set aside the rows
/// are mostly appended. Measured, 256 MiB saved 5–8% of the time at 100,000
/// rows, nothing at 300,000, and doubled the peak memory.
pub(super) struct BulkLoad<'a> {
    conn: &'a Connection,
    /// The `CREATE INDEX` statements of the indexes dropped, in schema order.
    indexes: Vec<String>,
    /// The search triggers dropped and how to catch up without them.
    search: Option<SearchAside>,
}

/// The search triggers while they are set aside.
struct SearchAside {
    /// Their `CREATE TRIGGER` statements, insert first.
    triggers: Vec<String>,
    /// The insert trigger's statement, made to run over many assets.
    catch_up: String,
    /// The highest asset rowid before the triggers were dropped: every
    /// asset above it was inserted by this import (rowids only grow here:
    /// an import deletes nothing) and is not in the search index yet.
    mark: i64,
    /// Older assets updated since: their search entries are rewritten.
    updated: Vec<i64>,
}

impl<'a> BulkLoad<'a> {
    /// Sets aside what a bulk load of `rows` assets rebuilds at the end, if
    /// anything is worth it; `None` leaves the schema as it is.
    pub(super) fn begin(conn: &'a Connection, rows: u64) -> Result<Option<BulkLoad<'a>>> {
        if rows < BULK_ROWS {
            return Ok(None);
        }
        let mark: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) FROM assets", [], |r| r.get(0))?;
        let search = set_search_aside(conn, mark)?;
        // max(rowid) stands for the count (it is one B-tree step, not a scan).
        let indexes = if i64::try_from(rows).unwrap_or(i64::MAX).saturating_mul(STORED_PER_ROW) >= mark {
            set_indexes_aside(conn)?
        } else {
            Vec::new()
        };
        Ok(Some(BulkLoad { conn, indexes, search }))
    }

    /// Notes an asset the import updated, for its search entry.
    pub(super) fn updated(&mut self, id: Uuid) -> Result<()> {
        let Some(search) = &mut self.search else { return Ok(()) };
        let rowid: Option<i64> = self
            .conn
            .prepare_cached("SELECT rowid FROM assets WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        // An asset created by this import is caught up with the others.
        if let Some(rowid) = rowid.filter(|r| *r <= search.mark) {
            search.updated.push(rowid);
        }
        Ok(())
    }

    /// Puts everything back, before the commit: the indexes are built again
    /// from their own statements, then the triggers, then the search index
    /// receives the assets written meanwhile.
    pub(super) fn finish(mut self) -> Result<()> {
        for sql in &self.indexes {
            self.conn.execute_batch(sql)?;
        }
        if let Some(mut search) = self.search.take() {
            for sql in &search.triggers {
                self.conn.execute_batch(sql)?;
            }
            search.updated.sort_unstable();
            search.updated.dedup();
            let mut delete = self.conn.prepare("DELETE FROM assets_fts WHERE rowid = ?1")?;
            for rowid in &search.updated {
                delete.execute([rowid])?;
            }
            let updated = format!("[{}]", search.updated.iter().map(ToString::to_string).collect::<Vec<_>>().join(","));
            self.conn.execute(&search.catch_up, params![search.mark, updated])?;
        }
        Ok(())
    }
}

/// Drops the indexes of `assets` that nothing needs during the import: not
/// unique, not a primary key, not read by a lookup. Returns their
/// statements, in schema order. None is dropped in a database that was
/// ever analysed: `DROP INDEX` deletes an index's statistics, and `CREATE
/// INDEX` does not gather them again.
fn set_indexes_aside(conn: &Connection) -> Result<Vec<String>> {
    let analysed: bool = conn
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite\\_stat%' ESCAPE '\\'")?
        .exists([])?;
    if analysed {
        return Ok(Vec::new());
    }
    let found: Vec<(String, String)> = conn
        .prepare(
            "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list('assets') l ON l.name = m.name \
             WHERE m.type = 'index' AND m.tbl_name = 'assets' AND m.sql IS NOT NULL \
             AND l.\"unique\" = 0 AND l.origin = 'c' ORDER BY m.rowid",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut statements = Vec::new();
    for (name, sql) in found.into_iter().filter(|(name, _)| !LOOKUP_INDEXES.contains(&name.as_str())) {
        conn.execute_batch(&format!("DROP INDEX {}", quoted(&name)))?;
        statements.push(sql);
    }
    Ok(statements)
}

/// Drops the search triggers if they are of the shape migration 2 gave
/// them: the insert trigger one `INSERT` into the search index (which
/// [`catch_up_sql`] runs over many rows), the update trigger the deletion
/// of the asset's entry followed by that same `INSERT` (which the catch-up
/// does for each asset it updated). Otherwise they stay, and keep the
/// search index row by row as they always do.
fn set_search_aside(conn: &Connection, mark: i64) -> Result<Option<SearchAside>> {
    let sql = |name: &str| -> Result<Option<String>> {
        Ok(conn
            .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'assets' AND name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()?)
    };
    let (Some(insert), Some(update)) = (sql(FTS_INSERT)?, sql(FTS_UPDATE)?) else { return Ok(None) };
    let Some(catch_up) = catch_up_sql(&insert) else { return Ok(None) };
    let same_update = match (body(&insert), body(&update)) {
        (Some(i), Some(u)) => words(u) == words(&format!("DELETE FROM assets_fts WHERE rowid = OLD.rowid; {i}")),
        _ => false,
    };
    if !same_update {
        return Ok(None);
    }
    conn.execute_batch(&format!("DROP TRIGGER {}; DROP TRIGGER {}", quoted(FTS_INSERT), quoted(FTS_UPDATE)))?;
    Ok(Some(SearchAside { triggers: vec![insert, update], catch_up, mark, updated: Vec::new() }))
}

/// The statements of a trigger, between `BEGIN` and `END`.
fn body(trigger: &str) -> Option<&str> {
    // ASCII upper case keeps every byte offset.
    let upper = trigger.to_ascii_uppercase();
    let begin = upper.find("BEGIN")? + "BEGIN".len();
    let end = upper.rfind("END")?;
    Some(trigger.get(begin..end)?.trim())
}

/// A statement's words, whatever the spacing and line breaks between them.
fn words(sql: &str) -> Vec<&str> {
    sql.split_whitespace().collect()
}

/// The search's insert trigger made set-based: its one statement,
/// `INSERT INTO assets_fts (rowid, …) VALUES (NEW.rowid, …)`, becomes
/// `INSERT INTO assets_fts (rowid, …) SELECT NEW.rowid, … FROM assets AS NEW
/// WHERE …` over the assets past `?1` and those listed in `?2` (a JSON
/// array of rowids). The trigger's own text is the source, so the search
/// index receives exactly what the trigger would have given it. `None` if
/// the trigger is not of that shape.
fn catch_up_sql(trigger: &str) -> Option<String> {
    let body = body(trigger)?.strip_suffix(';')?.trim();
    // One statement, without literals whose text could hide a keyword.
    if body.contains([';', '\'', '"', '`', '[']) {
        return None;
    }
    let upper = body.to_ascii_uppercase();
    let values = upper.rfind("VALUES")?;
    let head = body.get(..values)?.trim_end();
    if !upper.starts_with("INSERT INTO ASSETS_FTS (ROWID,") {
        return None;
    }
    let list = body.get(values + "VALUES".len()..)?.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
    if !list.to_ascii_uppercase().starts_with("NEW.ROWID,") {
        return None;
    }
    Some(format!(
        "{head} SELECT {list} FROM assets AS NEW \
         WHERE NEW.rowid > ?1 OR NEW.rowid IN (SELECT value FROM json_each(?2))"
    ))
}

/// An identifier as SQL text.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shaped as migration 2 writes it, with fewer columns.
    const INSERT_TRIGGER: &str = "CREATE TRIGGER assets_fts_insert AFTER INSERT ON assets BEGIN\n    \
        INSERT INTO assets_fts (rowid, tag, name)\n    VALUES (NEW.rowid, NEW.tag, NEW.name);\nEND";

    #[test]
    fn the_insert_trigger_becomes_one_statement_over_many_rows() {
        assert_eq!(
            catch_up_sql(INSERT_TRIGGER).as_deref(),
            Some(
                "INSERT INTO assets_fts (rowid, tag, name) SELECT NEW.rowid, NEW.tag, NEW.name FROM assets AS NEW \
                 WHERE NEW.rowid > ?1 OR NEW.rowid IN (SELECT value FROM json_each(?2))"
            )
        );
        let two = INSERT_TRIGGER.replace(");\nEND", "); DELETE FROM x;\nEND");
        assert_eq!(catch_up_sql(&two), None, "more than one statement");
        assert_eq!(catch_up_sql(&INSERT_TRIGGER.replace("assets_fts (rowid", "other (rowid")), None);
        assert_eq!(catch_up_sql(&INSERT_TRIGGER.replace("NEW.tag", "'x'")), None, "a literal");
    }

    #[test]
    fn an_analysed_database_keeps_its_indexes_and_their_statistics() {
        let (_d, db) = db();
        db.conn.execute_batch("ANALYZE; BEGIN").expect("analyse");
        assert_eq!(set_indexes_aside(&db.conn).expect("set aside"), Vec::<String>::new());
        db.conn.execute_batch("ROLLBACK").expect("rollback");
    }

    /// A search trigger changed by a later migration is left to do its work.
    #[test]
    fn search_triggers_of_another_shape_stay() {
        let (_d, db) = db();
        db.conn.execute_batch("BEGIN").expect("begin");
        db.conn
            .execute_batch(
                "DROP TRIGGER assets_fts_update; \
                 CREATE TRIGGER assets_fts_update AFTER UPDATE OF tag ON assets BEGIN \
                 DELETE FROM assets_fts WHERE rowid = OLD.rowid; \
                 INSERT INTO assets_fts (rowid, tag) VALUES (NEW.rowid, NEW.tag); END",
            )
            .expect("another update trigger");
        assert!(set_search_aside(&db.conn, 0).expect("set aside").is_none());
        let triggers: u32 = db
            .conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'assets'", [], |r| {
                r.get(0)
            })
            .expect("count");
        assert_eq!(triggers, 3, "all three stay");
        db.conn.execute_batch("ROLLBACK").expect("rollback");
    }

    fn db() -> (tempfile::TempDir, crate::Database) {
        let dir = tempfile::tempdir().expect("tempdir");
        let db =
            crate::create_with_passphrase(&dir.path().join("parc.db"), "une phrase de passe solide").expect("create");
        (dir, db)
    }

    fn plan(db: &crate::Database, sql: &str, args: impl rusqlite::Params) -> String {
        db.conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .expect("plan")
            .query_map(args, |r| r.get::<_, String>(3))
            .expect("rows")
            .collect::<rusqlite::Result<Vec<_>>>()
            .expect("plan")
            .join("; ")
    }

    /// The migrations' search trigger is of the shape `catch_up_sql` reads,
    /// and the lookups an import makes for every row keep their index.
    #[test]
    fn a_bulk_load_sets_aside_the_triggers_and_keeps_the_lookups_indexed() {
        let (_d, db) = db();
        db.conn.execute_batch("BEGIN").expect("begin");
        let load = BulkLoad::begin(&db.conn, BULK_ROWS).expect("bulk").expect("worth it on an empty table");
        assert!(load.search.is_some(), "the migration's trigger is understood");
        assert!(load.indexes.len() >= 10, "{:?}", load.indexes);
        for sql in [
            "SELECT 1 FROM assets WHERE tag = 'x' COLLATE NOCASE",
            "SELECT id, manufacturer FROM assets WHERE serial IN ('x', upper('x'), lower('x'))",
            "SELECT rowid FROM assets WHERE id = x'00'",
        ] {
            let plan = plan(&db, sql, []);
            assert!(!plan.contains("SCAN"), "{sql}: {plan}");
        }
        let catch_up = &load.search.as_ref().expect("search").catch_up;
        let catch_up = plan(&db, catch_up, params![0, "[1,2]"]);
        assert!(!catch_up.contains("SCAN NEW"), "the catch-up reads only the assets it indexes: {catch_up}");
        load.finish().expect("finish");
        db.conn.execute_batch("ROLLBACK").expect("rollback");
    }
}
