//! The importers' figures (`parc-bench --imports`): a GLPI agent inventory
//! with 3,000 installed programs (target ≤ 100 ms, created, unchanged and
//! upgraded), and a CSV of 100,000 assets against Debian's `sqlite3` loading
//! the same file with `.import` into a plain table in memory (target ≤ 3×).
//! The peak resident memory is read from `/proc/self/status` (VmHWM) after
//! a table ten times smaller and after the full one: if importing streams,
//! the two peaks are close.
//!
//! Everything is generated here, in a temporary folder, and deleted: no
//! fixture is needed, no user database is touched. The CSV side of Parc does
//! what `parc import` does: detect nothing (the format is known), read the
//! file twice (a first pass counts rows and decides each date column's
//! order), resolve places and kinds, write every asset with its history in
//! one transaction into a fresh encrypted database. `.import` only copies
//! text into a table without index: the ratio is what checking and keeping
//! a fleet costs over storing strings. The same file is also loaded without
//! Parc's code into the kinds of store Parc keeps ([`store_floor`]): how much
//! of that ratio the encrypted file, the list's indexes and the search index
//! take on their own.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use parc_import::{AssetsCsv, Fate, Limits};

use crate::bench::{median, ms};
use crate::error::{BenchError, Result};
use crate::report::thousands;
use crate::store_floor::{self, Store};

/// The absolute target of an inventory import, and the ratio of a table's.
const INVENTORY_TARGET_MS: f64 = 100.0;
const TABLE_MAX_RATIO: f64 = 3.0;
const PASS: &str = "phrase de passe du banc d'essai";

/// One measured figure.
#[derive(Debug, Clone)]
pub struct ImportFigure {
    pub name: String,
    pub parc: Duration,
    /// `sqlite3 .import` of the same file, for tables.
    pub plain: Option<Duration>,
}

impl ImportFigure {
    fn on_target(&self) -> bool {
        match self.plain {
            None => ms(self.parc) <= INVENTORY_TARGET_MS,
            Some(p) => ms(self.parc) <= ms(p) * TABLE_MAX_RATIO,
        }
    }
}

/// The importers' table, with where the time and memory go.
#[derive(Debug, Clone)]
pub struct ImportReport {
    pub figures: Vec<ImportFigure>,
    pub rows: u32,
    pub csv_bytes: u64,
    /// VmHWM after the small table, then after the full one, in KiB.
    pub peak_small_kib: u64,
    pub peak_full_kib: u64,
    pub small_rows: u32,
    /// Reading and mapping the full table without storing it.
    pub parse_only: Duration,
    /// The same file loaded without Parc's code into the kinds of store Parc
    /// keeps (see [`store_floor`]), median of the runs.
    pub floors: Vec<(Store, Duration)>,
    /// `sqlite3 :memory: .import` and `parc import` of the full table.
    pub reference: Duration,
    pub parc_table: Duration,
}

/// Peak resident set size of this process so far, in KiB.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// A GLPI agent inventory of one laptop with `software` programs; `variant`
/// changes the machine (serial, UUID, name) and `upgraded` the versions of
/// the first 30 programs (and drops the last 10).
fn glpi_json(variant: u32, software: u32, upgraded: bool) -> String {
    let mut soft = String::new();
    let count = if upgraded { software - 10 } else { software };
    for i in 0..count {
        let minor = if upgraded && i < 30 { 1 } else { 0 };
        if i > 0 {
            soft.push(',');
        }
        let _ = write!(
            soft,
            r#"{{"name":"programme-{i:04}","version":"{}.{minor}.{}","publisher":"Éditeur {}","install_date":"2025-{:02}-{:02}","from":"deb","arch":"x86_64"}}"#,
            i % 7 + 1,
            i % 13,
            i % 40,
            i % 12 + 1,
            i % 28 + 1
        );
    }
    format!(
        r#"{{"deviceid":"bench-{variant}","itemtype":"Computer","content":{{
"accesslog":{{"logdate":"2026-11-20 08:00:00"}},
"bios":{{"bversion":"1.4.3","smanufacturer":"Dell Inc.","smodel":"Latitude 5440","ssn":"BENCH{variant:05}"}},
"hardware":{{"name":"pc-banc-{variant}","uuid":"4C4C4544-0034-3010-8048-{variant:012}","memory":16000,"chassis_type":"Laptop","lastloggeduser":"mdupont","vmsystem":"Physical"}},
"operatingsystem":{{"full_name":"Debian GNU/Linux 12 (bookworm)","version":"12.11","arch":"x86_64"}},
"cpus":[{{"name":"Intel(R) Core(TM) i5-1345U","core":10,"thread":12,"speed":1600,"manufacturer":"Intel"}}],
"storages":[{{"name":"nvme0n1","model":"PM9A1","serial":"S{variant:08}","disksize":512110}}],
"networks":[{{"description":"eth0","mac":"02:00:00:{:02x}:{:02x}:01","ipaddress":"10.1.{}.{}","status":"Up","type":"ethernet","virtualdev":false}}],
"softwares":[{soft}]}}}}"#,
        variant / 256 % 256,
        variant % 256,
        variant / 250 % 250,
        variant % 250 + 1
    )
}

/// A French asset table as Excel writes it: `;`, day-first dates, decimal
/// commas, place paths. Written line by line, so that the bench's own memory
/// does not hide the importer's.
fn write_csv(path: &Path, rows: u32) -> Result<u64> {
    use std::io::Write as _;
    let file = std::fs::File::create(path).map_err(BenchError::io(path))?;
    let mut out = std::io::BufWriter::new(file);
    let kinds = ["Ordinateur portable", "Poste fixe", "Écran", "Imprimante", "Téléphone"];
    let makers =
        [("Dell", "Latitude 5440"), ("HP", "EliteBook 840 G10"), ("Lenovo", "ThinkPad T14"), ("Apple", "MacBook Air")];
    let statuses = ["En stock", "Déployé", "Déployé", "Déployé", "En réparation"];
    let mut line = String::from(
        "N° d'inventaire;Nom;Catégorie;Statut;Fabricant;Modèle;N° de série;Lieu;Date d'achat;Prix d'achat;Fin de garantie\n",
    );
    let mut bytes = 0u64;
    for i in 0..=rows {
        if i > 0 {
            let r = i - 1;
            let (maker, model) = makers[r as usize % makers.len()];
            let day = r % 28 + 1;
            let month = r % 12 + 1;
            let year = 2019 + r % 7;
            line.clear();
            let _ = writeln!(
                line,
                "BENCH-{r:06};Poste {r};{};{};{maker};{model};SN{r:08};Site {} › Bâtiment {} › Salle {};{day:02}/{month:02}/{year};{},{:02} €;{day:02}/{month:02}/{}",
                kinds[r as usize % kinds.len()],
                statuses[r as usize % statuses.len()],
                r % 20,
                r / 20 % 5,
                r / 100 % 20,
                400 + r % 1600,
                r % 100,
                year + 3
            );
        }
        out.write_all(line.as_bytes()).map_err(BenchError::io(path))?;
        bytes += line.len() as u64;
    }
    out.flush().map_err(BenchError::io(path))?;
    Ok(bytes)
}

fn fresh_db(dir: &Path, name: &str) -> Result<parc_db::Database> {
    let path = dir.join(name);
    store_floor::remove_database(&path);
    Ok(parc_db::create_with_passphrase(&path, PASS)?)
}

fn import_error(e: parc_import::ImportError) -> BenchError {
    BenchError::Parc(e.into())
}

/// Imports a table as `parc import` does; the number of assets created.
fn import_table(db: &mut parc_db::Database, path: &Path) -> Result<u64> {
    let csv = AssetsCsv::open(path, &Limits::default()).map_err(import_error)?;
    let rows = csv.rows(csv.mapping()).map_err(import_error)?;
    let now = chrono::Utc::now();
    let summary = db.apply_asset_rows(rows, Some(csv.row_count()), now, &mut |_| true)?;
    Ok(summary.created)
}

/// `sqlite3 :memory:` loading the file into a plain table; checks the count.
fn sqlite_import(path: &Path, rows: u32) -> Result<Duration> {
    let script =
        format!(".mode csv\n.separator ;\n.import '{}' assets\nSELECT count(*) FROM assets;\n", path.display());
    let started = Instant::now();
    let mut child = Command::new("sqlite3")
        .arg(":memory:")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| BenchError::Setup(format!("sqlite3 (Debian package sqlite3): {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write as _;
        stdin.write_all(script.as_bytes()).map_err(BenchError::io("sqlite3"))?;
    }
    let out = child.wait_with_output().map_err(BenchError::io("sqlite3"))?;
    let took = started.elapsed();
    let count = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if count != rows.to_string() {
        return Err(BenchError::Mismatch {
            figure: "CSV import".into(),
            parc: rows.to_string(),
            plain: format!("{count} {}", String::from_utf8_lossy(&out.stderr).trim()),
        });
    }
    Ok(took)
}

fn check(figure: &str, got: u64, expected: u64) -> Result<()> {
    if got == expected {
        Ok(())
    } else {
        Err(BenchError::Mismatch { figure: figure.into(), parc: got.to_string(), plain: expected.to_string() })
    }
}

/// Runs every import figure; `rows` is the size of the large table.
pub fn run(rows: u32, runs: u32, dir: Option<&Path>, progress: &mut dyn FnMut(&str)) -> Result<ImportReport> {
    let tmp = match dir {
        Some(d) => tempfile::tempdir_in(d),
        None => tempfile::tempdir(),
    }
    .map_err(BenchError::io(dir.map_or_else(std::env::temp_dir, Path::to_path_buf)))?;
    let dir = tmp.path();
    let runs = runs.max(1);
    let mut figures = Vec::new();

    progress("imports: GLPI inventories with 3,000 programs");
    let mut db = fresh_db(dir, "inventaires.db")?;
    let limits = Limits::default();
    let read = |text: &str| parc_import::parse_glpi_json(text.as_bytes(), &limits).map_err(import_error);
    let (mut created, mut unchanged, mut upgraded) = (Vec::new(), Vec::new(), Vec::new());
    // One warm-up machine, then `runs` timed ones, each in three steps.
    for variant in 0..=runs {
        let first = glpi_json(variant, 3000, false);
        let newer = glpi_json(variant, 3000, true);
        let t = Instant::now();
        let r = db.import_inventory(&read(&first)?, chrono::Utc::now())?;
        let t_created = t.elapsed();
        check("GLPI JSON created", u64::from(r.fate == Fate::Created), 1)?;
        let t = Instant::now();
        let r = db.import_inventory(&read(&first)?, chrono::Utc::now())?;
        let t_unchanged = t.elapsed();
        check("GLPI JSON unchanged", u64::from(r.fate == Fate::Unchanged), 1)?;
        let t = Instant::now();
        let r = db.import_inventory(&read(&newer)?, chrono::Utc::now())?;
        let t_upgraded = t.elapsed();
        let Fate::Updated { changes } = &r.fate else {
            return Err(BenchError::Setup("the upgraded inventory changed nothing".into()));
        };
        check("GLPI JSON upgraded (changes)", changes.len() as u64, 40)?;
        if variant > 0 {
            created.push(t_created);
            unchanged.push(t_unchanged);
            upgraded.push(t_upgraded);
        }
    }
    let bytes = glpi_json(0, 3000, false).len() as u64;
    let size = format!("{} KB", bytes / 1000);
    figures.push(ImportFigure {
        name: format!("GLPI JSON, 3,000 programs ({size}) · new asset"),
        parc: median(created),
        plain: None,
    });
    figures.push(ImportFigure {
        name: "GLPI JSON, 3,000 programs · same file again (unchanged)".into(),
        parc: median(unchanged),
        plain: None,
    });
    figures.push(ImportFigure {
        name: "GLPI JSON, 3,000 programs · 30 upgraded, 10 removed".into(),
        parc: median(upgraded),
        plain: None,
    });
    drop(db);

    let small_rows = (rows / 10).max(1);
    let small = dir.join("petit.csv");
    write_csv(&small, small_rows)?;
    progress(&format!("imports: CSV of {} assets (memory baseline)", thousands(u64::from(small_rows))));
    let mut db = fresh_db(dir, "petit.db")?;
    check("CSV small", import_table(&mut db, &small)?, u64::from(small_rows))?;
    drop(db);
    let peak_small_kib = peak_rss_kib();

    let big = dir.join("grand.csv");
    let csv_bytes = write_csv(&big, rows)?;
    progress(&format!("imports: CSV of {} assets, {runs} run(s) each side", thousands(u64::from(rows))));
    let t = Instant::now();
    let csv = AssetsCsv::open(&big, &limits).map_err(import_error)?;
    let mut n = 0u64;
    for row in csv.rows(csv.mapping()).map_err(import_error)? {
        row.map_err(|e| BenchError::Setup(e.to_string()))?;
        n += 1;
    }
    let parse_only = t.elapsed();
    check("CSV parse", n, u64::from(rows))?;
    let (mut parc, mut plain) = (Vec::new(), Vec::new());
    let mut floor_runs: Vec<Vec<Duration>> = vec![Vec::new(); Store::ALL.len()];
    for run in 0..runs {
        for (store, took) in Store::ALL.iter().zip(&mut floor_runs) {
            took.push(store_floor::load(&big, &dir.join("plancher.db"), *store, rows)?);
        }
        let mut db = fresh_db(dir, &format!("grand-{run}.db"))?;
        let t = Instant::now();
        let created = import_table(&mut db, &big)?;
        parc.push(t.elapsed());
        check("CSV import", created, u64::from(rows))?;
        drop(db);
        plain.push(sqlite_import(&big, rows)?);
    }
    let peak_full_kib = peak_rss_kib();
    let floors = Store::ALL.into_iter().zip(floor_runs.into_iter().map(median)).collect();
    let (reference, parc_table) = (median(plain.clone()), median(parc.clone()));
    figures.push(ImportFigure {
        name: format!(
            "CSV, {} assets ({:.1} MB) · parc import vs sqlite3 .import",
            thousands(u64::from(rows)),
            csv_bytes as f64 / 1e6
        ),
        parc: median(parc),
        plain: Some(median(plain)),
    });
    Ok(ImportReport {
        figures,
        rows,
        csv_bytes,
        peak_small_kib,
        peak_full_kib,
        small_rows,
        parse_only,
        floors,
        reference,
        parc_table,
    })
}

impl ImportReport {
    /// A Markdown table for the README, then where the time and memory go.
    pub fn render(&self) -> String {
        let mut out =
            String::from("| figure | Parc (ms) | plain SQLite (ms) | ratio | target |\n|---|---:|---:|---:|---|\n");
        for f in &self.figures {
            let (plain, ratio, target) = match f.plain {
                None => ("—".to_string(), "—".to_string(), format!("≤ {INVENTORY_TARGET_MS:.0} ms")),
                Some(p) => {
                    (format!("{:.1}", ms(p)), format!("{:.2}×", ms(f.parc) / ms(p)), format!("≤ {TABLE_MAX_RATIO}×"))
                }
            };
            let mark = if f.on_target() { "✓" } else { "✗" };
            let _ = writeln!(out, "| {} | {:.1} | {plain} | {ratio} | {mark} {target} |", f.name, ms(f.parc));
        }
        let _ = writeln!(
            out,
            "\nThe same {} rows stored without Parc's code (same file, same run, median):\n\n\
             | load | ms | × `sqlite3 :memory: .import` |\n|---|---:|---:|",
            thousands(u64::from(self.rows))
        );
        let ratio = |d: Duration| ms(d) / ms(self.reference);
        let _ = writeln!(out, "| `sqlite3 :memory: .import` | {:.1} | 1.00× |", ms(self.reference));
        for (store, took) in &self.floors {
            let _ = writeln!(out, "| {} | {:.1} | {:.2}× |", store.label(), ms(*took), ratio(*took));
        }
        let _ = writeln!(out, "| `parc import` | {:.1} | {:.2}× |", ms(self.parc_table), ratio(self.parc_table));
        let mib = |kib: u64| kib as f64 / 1024.0;
        let _ = writeln!(
            out,
            "\nReading and mapping the {} rows alone (two passes, no storage): {:.0} ms.",
            thousands(u64::from(self.rows)),
            ms(self.parse_only)
        );
        let _ = writeln!(
            out,
            "Peak resident memory (VmHWM): {:.1} MiB after {} rows, {:.1} MiB after {} rows ({:.1} MB of CSV); \
             SQLCipher's page cache alone may take 64 MiB.",
            mib(self.peak_small_kib),
            thousands(u64::from(self.small_rows)),
            mib(self.peak_full_kib),
            thousands(u64::from(self.rows)),
            self.csv_bytes as f64 / 1e6
        );
        out
    }
}

/// `parc-bench --imports`: runs and prints the table.
pub fn main(rows: u32, runs: u32, dir: Option<PathBuf>) -> std::process::ExitCode {
    use std::io::Write as _;
    let mut progress = |line: &str| eprintln!("{line}");
    match run(rows, runs, dir.as_deref(), &mut progress) {
        Ok(report) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(report.render().as_bytes()).and_then(|()| out.flush()).is_err() {
                return std::process::ExitCode::from(2);
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parc-bench: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny run: the generated files import, both sides agree, the table is complete.
    #[test]
    fn a_small_import_run_reports_every_figure() {
        let dir = tempfile::tempdir().expect("tempdir");
        let report = run(200, 1, Some(dir.path()), &mut |_| {}).expect("imports");
        let table = report.render();
        assert_eq!(report.figures.len(), 4);
        assert_eq!(report.floors.len(), Store::ALL.len());
        assert!(table.contains("| same + the FTS5 search index |"), "{table}");
        assert!(table.contains("| GLPI JSON, 3,000 programs · 30 upgraded, 10 removed |"), "{table}");
        assert!(table.contains("CSV, 200 assets"), "{table}");
        assert!(report.peak_full_kib >= report.peak_small_kib && report.peak_small_kib > 0);
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "nothing is left behind");
    }
}
