//! `parc-bench`: whether the inventory stays instant at 100,000 assets, and
//! how much of its time is Parc's own rather than SQLite's.
//!
//! It builds a demo database as `parc demo` does (100,000 assets, 20,000
//! people, 2,000 locations by default), exports the same rows to an
//! unencrypted SQLite file, then times what the screens ask for on both: Parc
//! through `parc_db::Database`, the plain file through the same SQL written by
//! hand. The absolute figure is what a user waits for; the ratio is what
//! encryption and Parc's layers cost. The targets are the issue's: every figure
//! ≤ 10 ms (search ≤ 15 ms) and ≤ 1.5× plain SQLite.
//!
//! Only a release build gives meaningful figures:
//! `cargo run --release -p parc-bench -- --assets 100000`.
//!
//! This binary holds SQL of its own, against the architecture's rule that only
//! `parc-db` does: the plain side must run without any Parc code, which is the
//! point of the comparison. It never touches a user's database.

mod bench;
mod error;
mod imports;
mod probes;
mod queue;
mod raw;
mod report;
mod setup;
mod store_floor;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Times Parc's inventory queries against plain SQLite on the same rows.
#[derive(Debug, Parser)]
#[command(name = "parc-bench")]
struct Cli {
    /// How many demo assets (people: one for five; locations: one for fifty)
    #[arg(long, default_value_t = 100_000)]
    assets: u32,
    /// Timed runs per figure, after one warm-up; the figure is their median
    #[arg(long, default_value_t = 15)]
    runs: u32,
    /// Where to create the temporary directory (default: the system's)
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Keep the two databases instead of deleting them
    #[arg(long)]
    keep: bool,
    /// Seed of the demo company
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Time the importers instead: GLPI JSON, and a CSV of --assets rows against sqlite3 .import (at most 5 runs)
    #[arg(long)]
    imports: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cfg!(debug_assertions) {
        eprintln!("parc-bench: this is a debug build; its figures mean nothing (use --release)");
    }
    if cli.imports {
        return imports::main(cli.assets, cli.runs.min(5), cli.dir);
    }
    let options = bench::Options { assets: cli.assets, runs: cli.runs, dir: cli.dir, keep: cli.keep, seed: cli.seed };
    let mut progress = |line: &str| eprintln!("{line}");
    match bench::run(&options, &mut progress) {
        Ok(report) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(report.render().as_bytes()).and_then(|()| out.flush()).is_err() {
                return ExitCode::from(2);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parc-bench: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny run through the whole benchmark: it keeps compiling, both sides
    /// keep agreeing, and every figure reaches the table.
    #[test]
    fn a_small_run_reports_every_figure() {
        let dir = tempfile::tempdir().expect("tempdir");
        let options =
            bench::Options { assets: 300, runs: 2, dir: Some(dir.path().to_path_buf()), keep: false, seed: 2026 };
        let report = bench::run(&options, &mut |_| {}).expect("benchmark");
        let table = report.render();
        let names: Vec<&str> = report.figures.iter().map(|f| f.name.as_str()).collect();
        let count = |prefix: &str| names.iter().filter(|n| n.starts_with(prefix)).count();
        assert_eq!(count("page · sort"), 14, "13 columns ascending and the tag descending");
        assert_eq!(count("page · "), 14 + 7, "every sort and every filter");
        assert_eq!(count("count · "), 8, "no filter and every filter");
        assert!(count("search «") >= 6, "{names:?}");
        assert!(names.iter().any(|n| n.starts_with("search «PARC-0")), "a tag is typed too: {names:?}");
        assert_eq!(count("asset page · "), 1);
        assert_eq!(count("update · "), 1);
        assert_eq!(count("queue · "), 8 + 8, "every view and every sort of the ticket queue");
        assert_eq!(count("queue search «"), 7, "a word typed letter by letter, then a number");
        assert_eq!(count("queue count · "), 4);
        assert_eq!(count("ticket page · "), 1);
        for name in &names {
            assert!(table.contains(&format!("| {name} |")), "{name} is in the table");
        }
        assert!(table.contains("| figure | Parc (ms) | plain SQLite (ms) | ratio | target |"));
        let page = report.figures.iter().find(|f| f.name.starts_with("asset page")).expect("asset page");
        // Created, then a note, a loan, a repair, its end, the return and (unless it was there) a move.
        assert!(page.name.contains("with 7 history entries") || page.name.contains("with 6 history"), "{}", page.name);
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "nothing is left behind");
    }
}
