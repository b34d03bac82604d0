//! The report: a Markdown table that can be pasted into the README as it is,
//! and one line per missed target saying where the time goes.
//!
//! The explanations are derived from measurements, not guessed: the plain
//! figure says whether the query itself is slow, the same SQL on the encrypted
//! file says how much is SQLCipher's, a 64 MiB page cache says whether caching
//! decrypted pages would help, and the plain plan says why a query is slow.

use std::fmt::Write as _;

use crate::bench::{Diagnosis, Figure, MAX_RATIO, Report, ms};
use crate::probes::Group;
use crate::raw::BIG_CACHE_KIB;

/// `100000` → `100,000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn target_cell(f: &Figure) -> String {
    let limit = f.group.limit_ms();
    match (f.too_slow(), f.too_far()) {
        (false, false) => "✓".into(),
        (true, false) => format!("✗ > {limit:.0} ms"),
        (false, true) => format!("✗ > {MAX_RATIO}×"),
        (true, true) => format!("✗ > {limit:.0} ms, > {MAX_RATIO}×"),
    }
}

/// Why a figure misses its target, from what was measured.
pub fn explain(f: &Figure) -> String {
    let Some(d) = &f.diagnosis else { return String::new() };
    let (parc, plain, enc, big) = (ms(f.parc), ms(f.plain), ms(d.encrypted), ms(d.big_cache));
    let limit = f.group.limit_ms();
    let mut why: Vec<String> = Vec::new();
    let over = if plain > limit { ", over the target by itself" } else { "" };
    why.push(format!("plain SQLite {plain:.2} ms{over}: {}", query_cost(f, d)));
    if parc > plain {
        // The gap over plain SQLite, split between the cipher (the same SQL on
        // the encrypted file) and Parc's code around the SQL.
        let cipher = (enc - plain).clamp(0.0, parc - plain);
        let own = parc - plain - cipher;
        let mut split = format!(
            "of the {:.2} ms over plain SQLite, {cipher:.2} ms are SQLCipher's (the same SQL on the encrypted file \
             takes {enc:.2} ms) and {own:.2} ms Parc's own",
            parc - plain
        );
        if own > cipher {
            split.push_str(&format!(" ({})", parc_work(f.group)));
        } else {
            split.push_str(
                ": SQLCipher decrypts (AES-256) and authenticates (HMAC-SHA512) every page it reads into SQLite's \
                 2 MiB page cache, and this query reads more pages than stay there",
            );
        }
        why.push(split);
        if cipher > 0.0 {
            why.push(format!("with a {} MiB page cache the encrypted SQL takes {big:.2} ms", BIG_CACHE_KIB / 1024));
        }
    }
    why.join("; ")
}

/// What Parc does besides the SQL, by kind of figure.
fn parc_work(g: Group) -> &'static str {
    match g {
        Group::Sort | Group::Filter | Group::Search => "building the SQL, mapping 100 rows into `AssetRow`s",
        Group::Count => "building the SQL",
        Group::AssetPage => "mapping the asset, parsing each history entry's JSON, one person lookup per hand-over",
        Group::Update => "reading the stored asset, diffing it, rewriting every column and its sort keys",
        Group::Queue | Group::QueueSearch => "building the SQL, mapping 100 rows into `TicketRow`s",
    }
}

/// What the query does, from its plan.
fn query_cost(f: &Figure, d: &Diagnosis) -> String {
    let plan = d.plan.join("; ");
    let sorts = d.plan.iter().any(|s| s.contains("TEMP B-TREE FOR ORDER BY"));
    let fts = d.plan.iter().any(|s| s.contains("VIRTUAL TABLE"));
    let matching = d.matching.map(thousands).unwrap_or_else(|| "?".into());
    match f.group {
        Group::Update => "one transaction writes the row, its search entry and a history row, made durable at commit \
                          (`synchronous = FULL`)"
            .into(),
        Group::AssetPage => "five small indexed queries".into(),
        Group::Search if fts && sorts => format!(
            "FTS5 lists every asset with a word so begun ({matching}), SQLite fetches each one's row and sorts them all \
             by tag to keep 100 (plan: {plan})"
        ),
        _ if sorts => format!(
            "no index gives this order under this filter, so SQLite fetches the {matching} matching rows and sorts \
             them to keep 100 (plan: {plan})"
        ),
        Group::Count => format!("counting reads every matching index entry (plan: {plan})"),
        _ => format!("plan: {plan}"),
    }
}

impl Report {
    pub fn met(&self) -> usize {
        self.figures.iter().filter(|f| f.met()).count()
    }

    /// The whole report, Markdown.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let o = &self.options;
        let _ = writeln!(
            s,
            "Parc benchmark, {}: {} assets, {} people, {} locations, {} suppliers, {} tickets (`parc demo`, seed {}).",
            self.date,
            thousands(u64::from(self.summary.assets)),
            thousands(u64::from(self.summary.people)),
            thousands(u64::from(self.summary.locations)),
            self.summary.suppliers,
            thousands(u64::from(self.summary.tickets)),
            o.seed,
        );
        let _ = writeln!(
            s,
            "Machine: {} cores{}; {}.",
            self.cores,
            self.cpu.as_deref().map(|c| format!(" ({c})")).unwrap_or_default(),
            self.engine
        );
        let _ = writeln!(
            s,
            "Built in {:.1} s: create {:.1} s (Argon2id key), demo fill {:.1} s, plain export {:.1} s. \
             Sizes: Parc (encrypted) {}, plain SQLite {}.",
            (self.times.create + self.times.fill + self.times.export).as_secs_f64(),
            self.times.create.as_secs_f64(),
            self.times.fill.as_secs_f64(),
            self.times.export.as_secs_f64(),
            megabytes(self.parc_bytes),
            megabytes(self.plain_bytes),
        );
        let _ = writeln!(
            s,
            "Both sides: same SQLite build, same rows and indexes, `journal_mode = WAL`, `synchronous = FULL`, \
             `foreign_keys = ON`, the same 64 MiB page cache as Parc; plain SQLite runs the same SQL by hand, unkeyed, and reads every column into an owned value. \
             Medians of {} runs after one warm-up. Target: ≤ 10 ms (search ≤ 15 ms) and ≤ {MAX_RATIO}× plain SQLite.",
            o.runs
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "| figure | Parc (ms) | plain SQLite (ms) | ratio | target |");
        let _ = writeln!(s, "|---|--:|--:|--:|:-:|");
        for f in &self.figures {
            let _ = writeln!(
                s,
                "| {} | {:.2} | {:.2} | {:.2}× | {} |",
                f.name,
                ms(f.parc),
                ms(f.plain),
                f.ratio(),
                target_cell(f)
            );
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "{} of {} figures meet their target.", self.met(), self.figures.len());
        let misses: Vec<&Figure> = self.figures.iter().filter(|f| !f.met()).collect();
        if !misses.is_empty() {
            let _ = writeln!(s);
            let _ = writeln!(s, "Misses:");
            for f in misses {
                let _ = writeln!(s, "- {}: {}.", f.name, explain(f));
            }
        }
        if let Some(dir) = &self.kept {
            let _ = writeln!(s);
            let _ = writeln!(s, "Databases kept in {} (passphrase in crates/parc-bench/src/setup.rs).", dir.display());
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::{explain, thousands};
    use crate::bench::{Diagnosis, Figure};
    use crate::probes::Group;

    #[test]
    fn a_miss_is_split_between_the_cipher_and_parc() {
        let ms = Duration::from_millis;
        let f = Figure {
            name: "page · status deployed".into(),
            group: Group::Filter,
            parc: ms(60),
            plain: ms(12),
            diagnosis: Some(Diagnosis {
                encrypted: ms(58),
                big_cache: ms(10),
                plan: vec![
                    "SEARCH a USING INDEX assets_status (status=?)".into(),
                    "USE TEMP B-TREE FOR ORDER BY".into(),
                ],
                matching: Some(70_153),
            }),
        };
        assert!(!f.met());
        let why = explain(&f);
        assert!(why.contains("over the target by itself"), "{why}");
        assert!(why.contains("fetches the 70,153 matching rows and sorts them"), "{why}");
        assert!(why.contains("46.00 ms are SQLCipher's"), "{why}");
        assert!(why.contains("2.00 ms Parc's own"), "{why}");
        assert!(why.contains("with a 64 MiB page cache the encrypted SQL takes 10.00 ms"), "{why}");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
