//! The import wizard's path through the storage layer, on a real encrypted
//! database: a file looked at, its mapping corrected by a person, a dry run
//! shown line by line in both languages, a cancel that writes nothing, and an
//! Active Directory export compared with the inventory.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use parc_core::Lang;
use parc_core::ipc::AssetQuery;
use parc_db::imports::{FileImport, Run};
use parc_db::{Database, DbError};
use parc_import::wizard::{FateKind, ImportPreview};
use parc_import::{AssetField, Format, Limits, Progress};

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).expect("timestamp")
}

fn db() -> (tempfile::TempDir, Database) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db =
        parc_db::create_with_passphrase(&dir.path().join("parc.db"), "une phrase de passe solide").expect("create");
    (dir, db)
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(rel)
}

fn count(db: &Database) -> u64 {
    u64::from(db.count_assets(&AssetQuery::default(), now().date_naive()).expect("count"))
}

#[test]
fn a_table_is_previewed_remapped_tried_then_imported() {
    let path = fixture("csv/inventaire-excel-fr.csv");
    let preview = ImportPreview::read(&path, &Limits::default(), Lang::Fr).expect("preview");
    assert_eq!(preview.format, Format::AssetsCsv);
    assert_eq!(preview.format_label, "tableau de matériels (CSV)");
    let table = preview.table.expect("a table preview");
    assert_eq!(table.delimiter, ";");
    assert!(table.row_count >= 5, "{}", table.row_count);
    assert_eq!(table.samples[0][0], "PARC-000101");
    assert_eq!(table.samples[0][1], "Portable Comptabilité", "decoded from Windows-1252");
    // The file names a user Parc does not know yet (line 8): a person
    // leaves that column out, and the remarks too: they must not be read.
    let mut mapping = table.mapping.clone();
    for field in [AssetField::Notes, AssetField::Assignee] {
        let index = mapping.column_of(field).expect("mapped from the header").index;
        mapping.set(index, None);
    }

    let (_dir, mut db) = db();
    let mut seen = Vec::new();
    let plan = db
        .import_file(&path, Format::AssetsCsv, Some(&mapping), Run::DryRun, now(), &mut |p| {
            seen.push(p);
            true
        })
        .expect("dry run");
    assert_eq!(count(&db), 0, "a dry run keeps nothing");
    assert!(seen.last().is_some_and(|p| p.total == Some(table.row_count)), "{seen:?}");
    let shown = plan.outcome(Some(Format::AssetsCsv), Run::DryRun, Lang::Fr);
    assert!(shown.dry_run);
    assert_eq!(shown.lines.len() as u64, shown.summary.total());
    assert!(shown.lines.iter().all(|l| l.fate == FateKind::Created), "{:?}", shown.lines);

    let done =
        db.import_file(&path, Format::AssetsCsv, Some(&mapping), Run::Apply, now(), &mut |_| true).expect("apply");
    let FileImport::Table { result, .. } = &done else { panic!("a table: {done:?}") };
    assert_eq!(count(&db), result.summary.created);
    let first = db.asset_by_tag("PARC-000101").expect("lookup").expect("imported");
    assert_eq!(first.notes, None, "the ignored column was not read");
}

#[test]
fn refused_lines_are_put_in_words_in_either_language() {
    let path = fixture("malformed/wrong-column-count.csv");
    let (_dir, mut db) = db();
    let plan =
        db.import_file(&path, Format::AssetsCsv, None, Run::DryRun, now(), &mut |_| true).expect("a dry run reports");
    let fr = plan.outcome(Some(Format::AssetsCsv), Run::DryRun, Lang::Fr);
    let en = plan.outcome(Some(Format::AssetsCsv), Run::DryRun, Lang::En);
    let bad = fr.lines.iter().find(|l| l.fate == FateKind::Rejected).expect("a refused line");
    assert!(bad.errors[0].message.starts_with(&format!("Ligne {}", bad.line)), "{:?}", bad.errors);
    let bad_en = en.lines.iter().find(|l| l.line == bad.line).expect("same line");
    assert!(bad_en.errors[0].message.starts_with(&format!("Line {}", bad.line)), "{:?}", bad_en.errors);
    let refused = db.import_file(&path, Format::AssetsCsv, None, Run::Apply, now(), &mut |_| true);
    assert!(matches!(refused, Err(DbError::Rejected(_))), "{refused:?}");
    assert_eq!(count(&db), 0);
}

#[test]
fn a_cancel_midway_writes_nothing() {
    let path = fixture("csv/inventaire-excel-fr.csv");
    let (_dir, mut db) = db();
    let mut mapping = parc_import::AssetsCsv::open(&path, &Limits::default()).expect("open").mapping().clone();
    let user = mapping.column_of(AssetField::Assignee).expect("mapped").index;
    mapping.set(user, None);
    // Six lines: the callback is asked once, after the last; a cancel there
    // undoes the places and assets already written.
    let cancelled =
        db.import_file(&path, Format::AssetsCsv, Some(&mapping), Run::Apply, now(), &mut |_: Progress| false);
    assert!(matches!(cancelled, Err(DbError::Cancelled)), "{cancelled:?}");
    assert_eq!(count(&db), 0);
    assert!(db.location_tree().expect("places").is_empty(), "the places a file creates go too");
}

#[test]
fn an_inventory_names_its_asset_and_how_it_was_found() {
    let path = fixture("fusioninventory/debian12.xml");
    let preview = ImportPreview::read(&path, &Limits::default(), Lang::En).expect("preview");
    let machine = preview.inventory.expect("a machine");
    assert!(machine.software_count.is_some_and(|n| n > 100), "{machine:?}");
    let (_dir, mut db) = db();
    let first = db.import_file(&path, Format::FusionXml, None, Run::Apply, now(), &mut |_| true).expect("import");
    let shown = first.outcome(Some(Format::FusionXml), Run::Apply, Lang::Fr);
    assert_eq!(shown.summary.created, 1);
    assert!(shown.asset_id.is_some());
    let again = db.import_file(&path, Format::FusionXml, None, Run::DryRun, now(), &mut |_| true).expect("again");
    let shown = again.outcome(Some(Format::FusionXml), Run::DryRun, Lang::Fr);
    assert_eq!(shown.summary.unchanged, 1);
    assert!(shown.matched_by.as_deref().is_some_and(|m| m.starts_with("par son")), "{:?}", shown.matched_by);
}

#[test]
fn an_active_directory_export_is_compared_not_written() {
    let (_dir, mut db) = db();
    let users = fixture("ad/users.csv");
    db.import_file(&users, Format::AdUsersCsv, None, Run::Apply, now(), &mut |_| true).expect("users");
    let computers = fixture("ad/computers.csv");
    let before = count(&db);
    let done = db.import_file(&computers, Format::AdComputersCsv, None, Run::DryRun, now(), &mut |_| true).expect("ad");
    let shown = done.outcome(Some(Format::AdComputersCsv), Run::DryRun, Lang::Fr);
    let r = shown.reconciliation.expect("a reconciliation");
    assert!(r.active_accounts > 0);
    assert!(!r.computers_missing_from_inventory.is_empty());
    assert_eq!(count(&db), before);
}

#[test]
fn a_file_parc_cannot_read_is_refused_at_the_preview() {
    for rel in ["malformed/image-png-renamed.csv", "malformed/truncated.xml", "malformed/billion-laughs.xml"] {
        let refused = ImportPreview::read(&fixture(rel), &Limits::default(), Lang::Fr);
        assert!(refused.is_err(), "{rel}: {refused:?}");
    }
}
