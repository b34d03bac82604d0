//! One file, whatever its format: the dispatch that the command line and the
//! window's import wizard share, so that both import a file the same way.

use std::path::Path;

use chrono::{DateTime, Utc};
use parc_core::Lang;
use parc_import::wizard::{FateKind, ImportOutcome, LineView, changed_fields};
use parc_import::{
    AssetsCsv, Format, ImportError, ImportSummary, Limits, Mapping, Progress, Reconciliation, RowError, directory,
    licences,
};

use super::{InventoryImport, Run, TableImport};
use crate::Database;
use crate::error::{DbError, Result};

/// What importing one file did, or would do in a dry run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileImport {
    /// An agent's inventory: one asset created, updated or unchanged.
    Inventory(InventoryImport),
    /// A table: each line's fate; for an asset table, the mapping it was read with.
    Table { mapping: Option<Mapping>, result: TableImport },
    /// Active Directory computers: compared with the inventory, nothing written.
    Reconciliation(Reconciliation),
}

impl Database {
    /// Imports one file of a known format (see [`parc_import::detect_file`]).
    ///
    /// An asset table is read with `mapping` when given (a person corrected
    /// the suggested one), else with the mapping suggested from its headers.
    /// `progress` is called as lines go by and cancels (rolling back) when it
    /// answers `false`.
    pub fn import_file(
        &mut self,
        path: &Path,
        format: Format,
        mapping: Option<&Mapping>,
        run: Run,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<FileImport> {
        let limits = Limits::default();
        Ok(match format {
            Format::GlpiJson | Format::FusionXml => {
                let inv = parc_import::read_inventory(path, &limits)?;
                if !progress(Progress { done: 0, total: Some(1) }) {
                    return Err(DbError::Cancelled);
                }
                FileImport::Inventory(match run {
                    Run::Apply => self.import_inventory(&inv, now)?,
                    Run::DryRun => self.plan_inventory(&inv, now)?,
                })
            }
            Format::AssetsCsv => {
                let csv = AssetsCsv::open(path, &limits)?;
                let mapping = mapping.unwrap_or(csv.mapping()).clone();
                let rows = csv.rows(&mapping)?;
                let result = self.import_asset_rows(rows, Some(csv.row_count()), run, now, progress)?;
                FileImport::Table { mapping: Some(mapping), result }
            }
            Format::AdUsersCsv | Format::PeopleCsv => {
                let users = directory::read_users(path, &limits)?;
                FileImport::Table { mapping: None, result: self.import_ad_users(users, None, run, now, progress)? }
            }
            Format::LocationsCsv => {
                let places = directory::read_locations(path, &limits)?;
                FileImport::Table { mapping: None, result: self.import_locations(places, None, run, now, progress)? }
            }
            Format::AdComputersCsv => FileImport::Reconciliation(self.reconcile_file(path, &limits)?),
            Format::LicencesCsv => {
                // Read to the end, so that a bad line is reported now; there is no register to write to yet.
                let errors: Vec<RowError> =
                    licences::read_licences(path, &limits)?.filter_map(std::result::Result::err).collect();
                if !errors.is_empty() {
                    return Err(DbError::Rejected(errors));
                }
                return Err(ImportError::Unsupported(Format::LicencesCsv).into());
            }
        })
    }

    /// Sets an Active Directory computers export against the inventory; a
    /// bad line refuses the whole file rather than giving a partial picture.
    pub fn reconcile_file(&self, path: &Path, limits: &Limits) -> Result<Reconciliation> {
        let mut computers = Vec::new();
        let mut errors = Vec::new();
        for c in directory::read_computers(path, limits)? {
            match c {
                Ok(c) => computers.push(c),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(DbError::Rejected(errors));
        }
        self.ad_reconciliation(&computers)
    }
}

impl FileImport {
    /// What the window shows of it, in `lang`.
    pub fn outcome(&self, format: Option<Format>, run: Run, lang: Lang) -> ImportOutcome {
        let dry_run = run == Run::DryRun;
        let mut outcome = ImportOutcome {
            format,
            dry_run,
            summary: ImportSummary::default(),
            lines: Vec::new(),
            matched_by: None,
            asset_id: None,
            reconciliation: None,
        };
        match self {
            FileImport::Inventory(inv) => {
                outcome.summary.add(&inv.fate);
                outcome.asset_id = Some(inv.asset_id);
                outcome.matched_by = inv.matched_by.map(|m| m.label(lang).to_string());
                outcome.lines.push(LineView {
                    line: 1,
                    key: Some(inv.tag.clone()),
                    fate: FateKind::of(&inv.fate),
                    changes: changed_fields(&inv.fate, lang),
                    errors: Vec::new(),
                });
            }
            FileImport::Table { result, .. } => {
                outcome.summary = result.summary;
                outcome.lines = result.fates.iter().map(|f| LineView::of(f, lang)).collect();
            }
            FileImport::Reconciliation(r) => outcome.reconciliation = Some(r.clone()),
        }
        outcome
    }
}
