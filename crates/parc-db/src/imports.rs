//! Writing what `parc-import` reads: agent inventories onto assets (with
//! their hardware and software), asset tables, directory users and places,
//! and the Active Directory reconciliation.
//!
//! Every import is one transaction with its history rows: a file goes in
//! whole or not at all. A dry run does the very same work and rolls it back,
//! so what it announces (each line's fate, its errors by line and column) is
//! exactly what the real run will do. A progress callback can cancel, which
//! rolls back too.
//!
//! An inventory finds its asset by BIOS serial, then SMBIOS system UUID, then
//! host name, in that order; importing the same inventory again changes
//! nothing and writes no history. What the agent did not send (a partial
//! inventory, a category switched off) is left as it was, never read as
//! "removed".

use parc_core::{Lang, Localized};
use parc_import::{Fate, ImportSummary, Progress, RowError, RowFate, RowProblem};
use serde::Serialize;
use uuid::Uuid;

use crate::Database;
use crate::error::{DbError, Result};

mod directory;
mod file;
mod inventory;
mod tables;

pub use file::FileImport;

/// How many records between two calls of the progress callback.
const PROGRESS_EVERY: u64 = 250;

/// How an inventory found its asset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Serial,
    SystemUuid,
    Name,
}

impl MatchedBy {
    /// How the asset was found, in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            MatchedBy::Serial => lang.pick("par son numéro de série", "by its serial number"),
            MatchedBy::SystemUuid => lang.pick("par son UUID système", "by its system UUID"),
            MatchedBy::Name => lang.pick("par son nom", "by its name"),
        }
    }
}

/// What importing one inventory did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InventoryImport {
    /// Created, updated (with every change written to the history) or unchanged.
    pub fate: Fate,
    pub asset_id: Uuid,
    pub tag: String,
    /// `None` for a new asset.
    pub matched_by: Option<MatchedBy>,
}

/// What importing a table did, or would do in a dry run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableImport {
    pub summary: ImportSummary,
    /// Every line's fate in a dry run; empty after a real run (the summary says it all).
    pub fates: Vec<RowFate>,
}

/// Whether a table import writes or only tells what it would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// Everything is done, then rolled back; each line's fate is kept.
    DryRun,
    /// Written in one transaction, or not at all if any line is refused.
    Apply,
}

/// Calls the progress callback every [`PROGRESS_EVERY`] records; a `false`
/// answer cancels.
fn tick(done: u64, total: Option<u64>, progress: &mut dyn FnMut(Progress) -> bool) -> Result<()> {
    if done.is_multiple_of(PROGRESS_EVERY) && !progress(Progress { done, total }) {
        return Err(DbError::Cancelled);
    }
    Ok(())
}

/// A refusal by the database (an ambiguous name, a duplicate serial...) as a
/// row error, in both languages.
fn refused(line: u64, column: Option<String>, e: &dyn Localized) -> RowError {
    RowError { line, column, problem: RowProblem::Refused { fr: e.message(Lang::Fr), en: e.message(Lang::En) } }
}

/// One import's transaction, as a savepoint: alone it is a transaction of
/// its own; inside a [`Database::dry_run`] session it nests, so that the
/// files of one dry run see each other (people from a users file, then the
/// assets assigned to them). Dropped without an end, it rolls back.
struct Scope<'a> {
    conn: &'a rusqlite::Connection,
    /// Inside a session: a dry run's work stays there for the next files.
    nested: bool,
    ended: bool,
}

impl<'a> Scope<'a> {
    fn begin(conn: &'a rusqlite::Connection) -> Result<Scope<'a>> {
        let nested = !conn.is_autocommit();
        conn.execute_batch("SAVEPOINT parc_import")?;
        Ok(Scope { conn, nested, ended: false })
    }

    fn commit(mut self) -> Result<()> {
        self.ended = true;
        self.conn.execute_batch("RELEASE parc_import")?;
        Ok(())
    }

    fn rollback(mut self) -> Result<()> {
        self.ended = true;
        self.conn.execute_batch(self.undo())?;
        Ok(())
    }

    /// Alone, a real ROLLBACK: `ROLLBACK TO` then `RELEASE` would commit the
    /// restored pages, and SQLCipher re-encrypts every page it writes (a new
    /// IV), so a refused import would still change the file's bytes.
    fn undo(&self) -> &'static str {
        if self.nested { "ROLLBACK TO parc_import; RELEASE parc_import" } else { "ROLLBACK" }
    }

    /// The end of a dry run: kept for the session's next files, or undone.
    fn end_dry_run(self) -> Result<()> {
        if self.nested { self.commit() } else { self.rollback() }
    }
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        if !self.ended {
            // An error or a cancel on the way: nothing of this import stays.
            let _ = self.conn.execute_batch(self.undo());
        }
    }
}

impl Database {
    /// Runs several dry runs as one: each import inside `f` sees what the
    /// previous ones would have done, and everything is rolled back at the
    /// end, whatever `f` returns.
    pub fn dry_run<T, E: From<DbError>>(
        &mut self,
        f: impl FnOnce(&mut Database) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.conn.execute_batch("BEGIN").map_err(|e| E::from(e.into()))?;
        let result = f(self);
        let undone = self.conn.execute_batch("ROLLBACK").map_err(|e| E::from(e.into()));
        let value = result?;
        undone?;
        Ok(value)
    }
}

/// The outcome of a table: the fates gathered, then commit or roll back.
struct Outcome {
    summary: ImportSummary,
    fates: Vec<RowFate>,
    rejected: Vec<RowError>,
    keep_fates: bool,
}

impl Outcome {
    fn new(run: Run) -> Outcome {
        Outcome {
            summary: ImportSummary::default(),
            fates: Vec::new(),
            rejected: Vec::new(),
            keep_fates: run == Run::DryRun,
        }
    }

    fn push(&mut self, line: u64, key: Option<String>, result: std::result::Result<Fate, Vec<RowError>>) {
        let (fate, errors) = match result {
            Ok(f) => (f, Vec::new()),
            Err(errors) => {
                self.rejected.extend(errors.iter().cloned());
                (Fate::Rejected, errors)
            }
        };
        self.summary.add(&fate);
        if self.keep_fates {
            self.fates.push(RowFate { line, key, fate, errors });
        }
    }

    /// Commits a real run without refusals; anything else rolls back.
    fn finish(self, tx: Scope<'_>, run: Run) -> Result<TableImport> {
        match run {
            Run::DryRun => {
                tx.end_dry_run()?;
                Ok(TableImport { summary: self.summary, fates: self.fates })
            }
            Run::Apply if !self.rejected.is_empty() => {
                tx.rollback()?;
                Err(DbError::Rejected(self.rejected))
            }
            Run::Apply => {
                tx.commit()?;
                Ok(TableImport { summary: self.summary, fates: Vec::new() })
            }
        }
    }
}
