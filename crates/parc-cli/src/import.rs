//! `parc import [FILE...] [--this-computer] [--dry-run] [--format table|json] [--ad-computers FILE]`.
//!
//! Each file's format is detected from its content; an asset table's
//! columns are mapped from its headers (the mapping is printed), and a table
//! whose columns cannot be mapped is refused, naming them. Each file is one
//! transaction: it goes in whole or not at all. With `--dry-run` nothing is
//! kept and every line's fate is printed, with each error by line and column;
//! the files of one dry run are one session, so the people of a users file
//! are there for the assets file that follows it.
//! Formats are all detected before the database is unlocked, so a wrong file
//! is reported without asking for a passphrase. `--this-computer` inventories
//! the machine the command runs on (hardware, system, software), also before
//! unlocking, and imports it as an agent's inventory, after the files and
//! before the Active Directory reconciliation (which then counts it).
//!
//! Exit codes: 0 when every file went in (or would), 2 when one was refused,
//! 1 for a usage error, 3 for a key error.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use parc_core::{Lang, Localized};
use parc_db::imports::{FileImport, MatchedBy, Run};
use parc_db::{Database, DbError, Keyring};
use parc_import::wizard::{FateKind, changed_fields};
use parc_import::{
    Fate, Format, ImportError, ImportSummary, Inventory, Limits, Mapping, Reconciliation, RowError, RowFate, Source,
    field_label,
};
use serde_json::{Value, json};

use crate::{CliError, output, unlock};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// GLPI agent JSON, FusionInventory/OCS XML, asset CSV (Snipe-IT, GLPI, Excel), AD or Snipe-IT users, locations
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Inventory the computer this runs on (hardware, system, software) and import it
    #[arg(long)]
    pub this_computer: bool,
    /// Show what each line would do and every error by line and column; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// A `Get-ADComputer | Export-Csv` file to set against the inventory
    #[arg(long, value_name = "FILE")]
    pub ad_computers: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ImportFormat::Table)]
    pub format: ImportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Table,
    Json,
}

/// What one step of the command reads: a file, or the computer it runs on.
enum Job {
    File(PathBuf, Result<Format, DbError>),
    /// The inventory is taken before unlocking, like formats are detected.
    ThisComputer(Result<Box<Inventory>, DbError>),
}

impl Job {
    fn ready(&self) -> bool {
        match self {
            Job::File(_, f) => f.is_ok(),
            Job::ThisComputer(i) => i.is_ok(),
        }
    }

    /// What a person reads before the result: the file, or the computer's name.
    fn name(&self, lang: Lang) -> String {
        match self {
            Job::File(path, _) => path.display().to_string(),
            Job::ThisComputer(Ok(inv)) => inv.name.clone(),
            Job::ThisComputer(Err(_)) => lang.pick("Ce poste", "This computer").to_string(),
        }
    }
}

/// What happened to one file: the storage layer's answer, shared with the window.
type Done = FileImport;

/// What was read, for the line above its result.
#[derive(Clone, Copy)]
enum Kind {
    File(Format),
    /// An inventory without a file (this computer).
    Inventory(Source),
}

impl Kind {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Kind::File(f) => f.label(lang),
            Kind::Inventory(s) => s.label(lang),
        }
    }
}

fn fate_label(f: &Fate, lang: Lang) -> &'static str {
    match f {
        Fate::Created => lang.pick("créé", "created"),
        Fate::Updated { .. } => lang.pick("mis à jour", "updated"),
        Fate::Unchanged => lang.pick("inchangé", "unchanged"),
        Fate::Rejected => lang.pick("refusé", "rejected"),
    }
}

/// The four counts, grouped as the language writes numbers (`100 000` in French).
fn summary_line(s: &ImportSummary, lang: Lang) -> String {
    let n = |v: u64| parc_core::i18n::format_count(i64::try_from(v).unwrap_or(i64::MAX), lang);
    let (created, updated, unchanged, rejected) = (n(s.created), n(s.updated), n(s.unchanged), n(s.rejected));
    match lang {
        Lang::Fr => format!("{created} créé(s), {updated} mis à jour, {unchanged} inchangé(s), {rejected} refusé(s)"),
        Lang::En => format!("{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected"),
    }
}

/// Reads, checks and imports one file, as the window's import wizard does; `Err` refuses it.
fn one(
    db: &mut Database,
    path: &Path,
    format: Format,
    run: Run,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Done, DbError> {
    db.import_file(path, format, None, run, now, &mut |_| true)
}

/// Imports (or plans) one machine's inventory, whoever took it.
fn inventory(
    db: &mut Database,
    inv: &Inventory,
    run: Run,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Done, DbError> {
    Ok(Done::Inventory(match run {
        Run::Apply => db.import_inventory(inv, now)?,
        Run::DryRun => db.plan_inventory(inv, now)?,
    }))
}

fn row_errors_json(errors: &[RowError], lang: Lang) -> Value {
    errors.iter().map(|e| json!({ "line": e.line, "column": e.column, "message": e.message(lang) })).collect()
}

fn fates_json(fates: &[RowFate], lang: Lang) -> Value {
    fates
        .iter()
        .map(|f| {
            let changes = match &f.fate {
                Fate::Updated { changes } => serde_json::to_value(changes).unwrap_or(Value::Null),
                _ => Value::Null,
            };
            json!({
                "line": f.line,
                "key": f.key,
                "fate": FateKind::of(&f.fate),
                "changes": changes,
                "errors": row_errors_json(&f.errors, lang),
            })
        })
        .collect()
}

fn done_json(done: &Done, lang: Lang) -> Value {
    match done {
        Done::Inventory(i) => json!({
            "fate": FateKind::of(&i.fate),
            "tag": i.tag,
            "assetId": i.asset_id,
            "matchedBy": i.matched_by,
            "changes": match &i.fate { Fate::Updated { changes } => serde_json::to_value(changes).unwrap_or(Value::Null), _ => Value::Null },
        }),
        Done::Table { mapping, result } => json!({
            "summary": result.summary,
            "mapping": mapping,
            "unmapped": mapping.as_ref().map(|m| m.unmapped()),
            "fates": fates_json(&result.fates, lang),
        }),
        Done::Reconciliation(r) => json!({ "reconciliation": r }),
    }
}

fn print_mapping(out: &mut impl Write, m: &Mapping, lang: Lang) -> std::io::Result<()> {
    let mapped: Vec<String> =
        m.columns.iter().filter_map(|c| c.field.map(|f| format!("{} → {}", c.header, f.label(lang)))).collect();
    writeln!(out, "  {} {}", lang.pick("Colonnes :", "Columns:"), mapped.join(lang.pick(" ; ", "; ")))?;
    let unmapped = m.unmapped();
    if !unmapped.is_empty() {
        writeln!(out, "  {} {}", lang.pick("Ignorées :", "Left out:"), unmapped.join(", "))?;
    }
    Ok(())
}

fn print_done(out: &mut impl Write, done: &Done, dry_run: bool, lang: Lang) -> std::io::Result<()> {
    match done {
        Done::Inventory(i) => {
            let how = match (i.matched_by, lang) {
                (None, _) => String::new(),
                (Some(MatchedBy::Serial), l) => l.pick(" (reconnu par son n° de série)", " (found by serial)").into(),
                (Some(MatchedBy::SystemUuid), l) => l.pick(" (reconnu par son UUID)", " (found by system UUID)").into(),
                (Some(MatchedBy::Name), l) => l.pick(" (reconnu par son nom)", " (found by name)").into(),
            };
            writeln!(out, "  {} {}{how}", i.tag, fate_label(&i.fate, lang))?;
            if let Fate::Updated { changes } = &i.fate {
                for c in changes {
                    writeln!(
                        out,
                        "    {}{} {} → {}",
                        field_label(&c.field, lang),
                        lang.pick(" :", ":"),
                        c.old.as_deref().unwrap_or("—"),
                        c.new.as_deref().unwrap_or("—")
                    )?;
                }
            }
        }
        Done::Table { mapping, result } => {
            if let Some(m) = mapping {
                print_mapping(out, m, lang)?;
            }
            if dry_run {
                let headers = match lang {
                    Lang::Fr => ["Ligne", "Clé", "Sort", "Détail"],
                    Lang::En => ["Line", "Key", "Fate", "Detail"],
                };
                let rows: Vec<Vec<String>> = result
                    .fates
                    .iter()
                    .map(|f| {
                        vec![
                            f.line.to_string(),
                            f.key.clone().unwrap_or_else(|| "—".into()),
                            fate_label(&f.fate, lang).to_string(),
                            changed_fields(&f.fate, lang).join(", "),
                        ]
                    })
                    .collect();
                output::table(out, &headers, &rows)?;
                for f in &result.fates {
                    for e in &f.errors {
                        writeln!(out, "  {}", e.message(lang))?;
                    }
                }
            }
            let verb = match (dry_run, lang) {
                (true, Lang::Fr) => "Prévu :",
                (true, Lang::En) => "Would be:",
                (false, Lang::Fr) => "Fait :",
                (false, Lang::En) => "Done:",
            };
            writeln!(out, "  {verb} {}", summary_line(&result.summary, lang))?;
        }
        Done::Reconciliation(r) => print_reconciliation(out, r, lang)?,
    }
    Ok(())
}

fn print_reconciliation(out: &mut impl Write, r: &Reconciliation, lang: Lang) -> std::io::Result<()> {
    writeln!(out, "  {} {}", lang.pick("Comptes actifs :", "Active accounts:"), r.active_accounts)?;
    writeln!(
        out,
        "  {} {}",
        lang.pick(
            "Ordinateurs de l'annuaire absents de l'inventaire :",
            "Directory computers missing from the inventory:"
        ),
        r.computers_missing_from_inventory.len()
    )?;
    for c in &r.computers_missing_from_inventory {
        let seen = c
            .last_logon
            .map(|d| format!(" ({} {d})", lang.pick("dernière connexion", "last logon")))
            .unwrap_or_default();
        writeln!(out, "    {}{seen}", c.name)?;
    }
    writeln!(
        out,
        "  {} {}",
        lang.pick(
            "Ordinateurs de l'inventaire inconnus de l'annuaire :",
            "Inventory computers unknown to the directory:"
        ),
        r.inventory_computers_unknown_to_ad.len()
    )?;
    for a in &r.inventory_computers_unknown_to_ad {
        writeln!(out, "    {}  {}", a.tag, a.name)?;
    }
    writeln!(
        out,
        "  {} {}",
        lang.pick("Comptes désactivés qui détiennent du matériel :", "Disabled accounts still holding equipment:"),
        r.disabled_accounts_holding_equipment.len()
    )?;
    for h in &r.disabled_accounts_holding_equipment {
        let account = h.account.as_deref().map(|a| format!(" ({a})")).unwrap_or_default();
        writeln!(out, "    {}{account}{} {}", h.name, lang.pick(" :", ":"), h.assets.join(", "))?;
    }
    Ok(())
}

pub fn run(
    db_path: &Path,
    keyring: &Keyring,
    args: &ImportArgs,
    lang: Lang,
    out: &mut impl Write,
) -> Result<u8, CliError> {
    if args.files.is_empty() && args.ad_computers.is_none() && !args.this_computer {
        return Err(CliError::Usage(
            lang.pick(
                "Donnez au moins un fichier à importer, ou --this-computer",
                "Give at least one file to import, or --this-computer",
            )
            .into(),
        ));
    }
    let mut jobs: Vec<Job> =
        args.files.iter().map(|f| Job::File(f.clone(), parc_import::detect_file(f).map_err(DbError::from))).collect();
    if args.this_computer {
        let inv = parc_import::this_computer(&Limits::default()).map(Box::new).map_err(DbError::from);
        jobs.push(Job::ThisComputer(inv));
    }
    if let Some(ad) = &args.ad_computers {
        let format = parc_import::detect_file(ad).map_err(DbError::from).and_then(|f| match f {
            Format::AdComputersCsv => Ok(f),
            _ => Err(ImportError::MissingColumns { missing: vec!["DNSHostName", "OperatingSystem"] }.into()),
        });
        jobs.push(Job::File(ad.clone(), format));
    }
    // Unlocking waits until a file is worth it.
    let mut db = if jobs.iter().any(Job::ready) { Some(unlock::open(db_path, keyring, lang)?) } else { None };
    let run = if args.dry_run { Run::DryRun } else { Run::Apply };
    let now = chrono::Utc::now();
    let mut report: Vec<Value> = Vec::new();
    let all = |mut db: Option<&mut Database>| -> Result<bool, CliError> {
        let mut failed = false;
        for job in jobs {
            let name = job.name(lang);
            let from_file = matches!(job, Job::File(..));
            let result = match (job, db.as_deref_mut()) {
                (Job::File(path, Ok(f)), Some(db)) => one(db, &path, f, run, now).map(|d| (Kind::File(f), d)),
                (Job::ThisComputer(Ok(inv)), Some(db)) => {
                    inventory(db, &inv, run, now).map(|d| (Kind::Inventory(inv.source), d))
                }
                (Job::File(_, Ok(_)) | Job::ThisComputer(Ok(_)), None) => continue,
                (Job::File(_, Err(e)) | Job::ThisComputer(Err(e)), _) => Err(e),
            };
            match result {
                Ok((format, done)) => {
                    // A dry run that finds refused lines tells scripts the import would fail.
                    if matches!(&done, Done::Table { result, .. } if result.summary.rejected > 0) {
                        failed = true;
                    }
                    if args.format == ImportFormat::Table {
                        writeln!(out, "{name} — {}", format.label(lang))?;
                        print_done(out, &done, args.dry_run, lang)?;
                    } else {
                        let mut v = done_json(&done, lang);
                        match format {
                            Kind::File(f) => {
                                v["file"] = json!(name);
                                v["format"] = json!(f);
                            }
                            Kind::Inventory(source) => {
                                v["file"] = Value::Null;
                                v["thisComputer"] = json!(true);
                                v["format"] = json!(source);
                            }
                        }
                        report.push(v);
                    }
                }
                Err(e) => {
                    failed = true;
                    let errors = match &e {
                        DbError::Rejected(errors) => errors.clone(),
                        _ => Vec::new(),
                    };
                    if args.format == ImportFormat::Table {
                        let colon = lang.pick(" :", ":");
                        writeln!(std::io::stderr(), "parc: {name}{colon} {}", e.message(lang))?;
                        for r in errors.iter().skip(1) {
                            writeln!(std::io::stderr(), "parc: {name}{colon} {}", r.message(lang))?;
                        }
                    } else {
                        let mut v = json!({
                            "file": name,
                            "error": { "code": e.code(), "message": e.message(lang) },
                            "errors": row_errors_json(&errors, lang),
                        });
                        if !from_file {
                            v["file"] = Value::Null;
                            v["thisComputer"] = json!(true);
                        }
                        report.push(v);
                    }
                }
            }
        }
        Ok(failed)
    };
    // A dry run of several files is one session: the people of a users file
    // are there for the assets file after it, then everything is undone.
    let failed = match db.as_mut() {
        Some(db) if args.dry_run => db.dry_run(|db| all(Some(db)))?,
        Some(db) => all(Some(db))?,
        None => all(None)?,
    };
    if args.format == ImportFormat::Json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report).map_err(std::io::Error::other)?)?;
    }
    Ok(if failed { 2 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_counts_are_written_as_each_language_writes_numbers() {
        let s = ImportSummary { created: 100_000, updated: 1_234, unchanged: 0, rejected: 7 };
        assert_eq!(
            summary_line(&s, Lang::Fr),
            "100\u{202f}000 créé(s), 1\u{202f}234 mis à jour, 0 inchangé(s), 7 refusé(s)"
        );
        assert_eq!(summary_line(&s, Lang::En), "100,000 created, 1,234 updated, 0 unchanged, 7 rejected");
    }
}
