//! What the window's import wizard shows: a file looked at before anything is
//! read into the database (its format, and for an asset table the suggested
//! mapping with a few lines to judge it by), then each line's fate in the
//! language of the person reading it, and the progress of a running import.
//!
//! Messages are put in words here, on the Rust side, so that the window
//! shows exactly what the command line prints.

use std::path::Path;

use parc_core::{Lang, Localized};
use serde::Serialize;
use ts_rs::TS;

use crate::{
    AssetField, AssetsCsv, Fate, Format, ImportSummary, Inventory, Mapping, Reconciliation, RowFate, TextEncoding,
    field_label,
};

/// A field an asset column can feed, with its name for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChoice {
    pub field: AssetField,
    pub label: String,
}

impl FieldChoice {
    /// Every field, in the order of the asset form.
    pub fn all(lang: Lang) -> Vec<FieldChoice> {
        AssetField::ALL.iter().map(|f| FieldChoice { field: *f, label: f.label(lang).to_string() }).collect()
    }
}

/// An asset table as the mapping step shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TablePreview {
    pub encoding: TextEncoding,
    pub delimiter: String,
    pub row_count: u64,
    /// Suggested from the headers and the values; the person may change it.
    pub mapping: Mapping,
    /// The first lines' cells, in the order of the headers.
    pub samples: Vec<Vec<String>>,
    pub fields: Vec<FieldChoice>,
}

impl TablePreview {
    pub fn of(csv: &AssetsCsv, lang: Lang) -> TablePreview {
        TablePreview {
            encoding: csv.encoding(),
            delimiter: csv.delimiter().to_string(),
            row_count: csv.row_count(),
            mapping: csv.mapping().clone(),
            samples: csv.samples().to_vec(),
            fields: FieldChoice::all(lang),
        }
    }
}

/// An agent's inventory as the wizard announces it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InventoryPreview {
    pub name: String,
    pub kind: String,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    /// `Debian GNU/Linux 12`, `Windows 11 Professionnel 23H2`.
    pub os: Option<String>,
    pub memory_mib: Option<u64>,
    pub software_count: Option<u64>,
}

impl InventoryPreview {
    pub fn of(inv: &Inventory) -> InventoryPreview {
        let os = match (&inv.os_name, &inv.os_version) {
            (Some(n), Some(v)) if !n.contains(v.as_str()) => Some(format!("{n} {v}")),
            (Some(n), _) => Some(n.clone()),
            (None, v) => v.clone(),
        };
        InventoryPreview {
            name: inv.name.clone(),
            kind: inv.kind.clone(),
            serial: inv.serial.clone(),
            manufacturer: inv.manufacturer.clone(),
            model: inv.model.clone(),
            os,
            memory_mib: inv.memory_mib,
            software_count: inv.software.as_ref().map(|s| s.len() as u64),
        }
    }
}

/// A file, looked at: what it is, before anything is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub path: String,
    pub file_name: String,
    pub size: u64,
    pub format: Format,
    pub format_label: String,
    /// For an asset table: the mapping step.
    pub table: Option<TablePreview>,
    /// For an agent's inventory: the machine it describes.
    pub inventory: Option<InventoryPreview>,
}

impl ImportPreview {
    /// Looks at a file: its format, and what the next step needs (an asset
    /// table read once for its mapping, an inventory read whole). A file
    /// Parc cannot read is refused here, with the reason, before any import.
    pub fn read(path: &Path, limits: &crate::Limits, lang: Lang) -> Result<ImportPreview, crate::ImportError> {
        let format = crate::detect_file(path)?;
        let size = crate::check_size(path, limits.for_format(format))?;
        let mut preview = ImportPreview::new(path, size, format, lang);
        match format {
            Format::AssetsCsv => preview.table = Some(TablePreview::of(&AssetsCsv::open(path, limits)?, lang)),
            Format::GlpiJson | Format::FusionXml => {
                preview.inventory = Some(InventoryPreview::of(&crate::read_inventory(path, limits)?));
            }
            _ => {}
        }
        Ok(preview)
    }

    pub fn new(path: &Path, size: u64, format: Format, lang: Lang) -> ImportPreview {
        ImportPreview {
            path: path.display().to_string(),
            file_name: path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into()),
            size,
            format,
            format_label: format.label(lang).to_string(),
            table: None,
            inventory: None,
        }
    }
}

/// What happens to a line, without its details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FateKind {
    Created,
    Updated,
    Unchanged,
    Rejected,
}

impl FateKind {
    pub fn of(fate: &Fate) -> FateKind {
        match fate {
            Fate::Created => FateKind::Created,
            Fate::Updated { .. } => FateKind::Updated,
            Fate::Unchanged => FateKind::Unchanged,
            Fate::Rejected => FateKind::Rejected,
        }
    }
}

/// One error of a line, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LineError {
    /// The column's header as the file writes it; `None` for the whole line.
    pub column: Option<String>,
    /// The whole message, line and column included.
    pub message: String,
}

/// One line of a file and its fate, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LineView {
    pub line: u64,
    /// The record it creates or updates: an asset tag, an account...
    pub key: Option<String>,
    pub fate: FateKind,
    /// The names of the fields an update changes, once each.
    pub changes: Vec<String>,
    pub errors: Vec<LineError>,
}

/// The names of the fields a fate changes, once each, in the order met.
pub fn changed_fields(fate: &Fate, lang: Lang) -> Vec<String> {
    let Fate::Updated { changes } = fate else { return Vec::new() };
    let mut names: Vec<String> = Vec::new();
    for c in changes {
        let label = field_label(&c.field, lang);
        if !names.iter().any(|n| n == label) {
            names.push(label.to_string());
        }
    }
    names
}

impl LineView {
    pub fn of(f: &RowFate, lang: Lang) -> LineView {
        LineView {
            line: f.line,
            key: f.key.clone(),
            fate: FateKind::of(&f.fate),
            changes: changed_fields(&f.fate, lang),
            errors: f.errors.iter().map(|e| LineError { column: e.column.clone(), message: e.message(lang) }).collect(),
        }
    }
}

/// What an import did, or would do in a dry run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    /// The file's format; `None` for the inventory of this computer.
    pub format: Option<Format>,
    pub dry_run: bool,
    pub summary: ImportSummary,
    /// Every line of a dry run (after a real run the summary says it all,
    /// but an inventory's one line is kept: it names the asset).
    pub lines: Vec<LineView>,
    /// How an inventory found its asset, in words (`par numéro de série`).
    pub matched_by: Option<String>,
    /// The asset an inventory created or updated.
    pub asset_id: Option<uuid::Uuid>,
    /// An Active Directory computers export, set against the inventory.
    pub reconciliation: Option<Reconciliation>,
}

/// The inventory of the computer the app runs on, and what saving it would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ThisComputerPlan {
    pub machine: InventoryPreview,
    /// A dry run: the asset it would create, or update (with the changes).
    pub plan: ImportOutcome,
}

/// How far the running import has gone, for the window's progress bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgress {
    /// An import is under way.
    pub running: bool,
    pub done: u64,
    /// How many lines there are, when known.
    pub total: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RowError, RowProblem};
    use parc_core::history::Change;

    #[test]
    fn a_line_is_put_in_words_in_either_language() {
        let fate = RowFate {
            line: 7,
            key: Some("PARC-7".into()),
            fate: Fate::Updated {
                changes: vec![
                    Change { field: "memory_mib".into(), old: Some("8192".into()), new: Some("16384".into()) },
                    Change { field: "software".into(), old: None, new: Some("7-Zip".into()) },
                    Change { field: "software".into(), old: None, new: Some("VLC".into()) },
                ],
            },
            errors: Vec::new(),
        };
        let fr = LineView::of(&fate, Lang::Fr);
        assert_eq!(fr.fate, FateKind::Updated);
        assert_eq!(fr.changes, ["Mémoire (Mio)", "Logiciel"]);
        assert_eq!(LineView::of(&fate, Lang::En).changes, ["Memory (MiB)", "Software"]);

        let bad = RowFate {
            line: 9,
            key: None,
            fate: Fate::Rejected,
            errors: vec![RowError {
                line: 9,
                column: Some("Purchase Date".into()),
                problem: RowProblem::BadDate { value: "hier".into() },
            }],
        };
        let fr = LineView::of(&bad, Lang::Fr);
        assert_eq!(fr.errors[0].column.as_deref(), Some("Purchase Date"));
        assert!(fr.errors[0].message.starts_with("Ligne 9, colonne « Purchase Date »"), "{}", fr.errors[0].message);
    }

    #[test]
    fn every_field_is_offered_with_its_name() {
        let fields = FieldChoice::all(Lang::Fr);
        assert_eq!(fields.len(), AssetField::ALL.len());
        assert!(fields.iter().any(|f| f.field == AssetField::AssigneeEmail && f.label == "E-mail de la personne"));
    }
}
