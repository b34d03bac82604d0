//! Running the figures: each one on Parc, then on the plain twin, as a median
//! over repeated runs after one warm-up run.
//!
//! The warm-up's results are compared: if the two sides disagree, the SQL of
//! `raw.rs` no longer matches `parc-db`'s and the run stops. A figure that
//! misses its target is measured again on two diagnostic connections to the
//! encrypted file, with the hand-written SQL: SQLite's default page cache and a
//! 64 MiB one. That tells encryption's share from Parc's own, and whether a
//! larger cache would close the gap.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use parc_db::demo::DemoSummary;

use crate::error::{BenchError, Result};
use crate::probes::{self, Group};
use crate::raw::{self, BIG_CACHE_KIB, Outcome};
use crate::setup::{self, BuildTimes};

/// The bound on Parc against plain SQLite.
pub const MAX_RATIO: f64 = 1.5;

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub assets: u32,
    pub runs: u32,
    /// Where the temporary directory goes (the system's temporary directory otherwise).
    pub dir: Option<PathBuf>,
    /// Leave the two databases behind.
    pub keep: bool,
    pub seed: u64,
}

/// Where the time of a missed figure goes.
#[derive(Debug, Clone)]
pub struct Diagnosis {
    /// The hand-written SQL on the encrypted file, default page cache.
    pub encrypted: Duration,
    /// The same with a 64 MiB page cache.
    pub big_cache: Duration,
    /// The plan of the plain query (`EXPLAIN QUERY PLAN`).
    pub plan: Vec<String>,
    /// How many rows a list page's filter matches.
    pub matching: Option<u64>,
}

/// One line of the table.
#[derive(Debug, Clone)]
pub struct Figure {
    pub name: String,
    pub group: Group,
    pub parc: Duration,
    pub plain: Duration,
    pub diagnosis: Option<Diagnosis>,
}

impl Figure {
    pub fn ratio(&self) -> f64 {
        let plain = self.plain.as_secs_f64();
        if plain > 0.0 { self.parc.as_secs_f64() / plain } else { f64::INFINITY }
    }

    pub fn too_slow(&self) -> bool {
        ms(self.parc) > self.group.limit_ms()
    }

    pub fn too_far(&self) -> bool {
        self.ratio() > MAX_RATIO
    }

    pub fn met(&self) -> bool {
        !self.too_slow() && !self.too_far()
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Everything the report shows.
#[derive(Debug, Clone)]
pub struct Report {
    pub options: Options,
    pub summary: DemoSummary,
    pub times: BuildTimes,
    pub parc_bytes: u64,
    pub plain_bytes: u64,
    /// SQLite and SQLCipher versions.
    pub engine: String,
    pub cores: usize,
    pub cpu: Option<String>,
    pub date: NaiveDate,
    pub figures: Vec<Figure>,
    /// Where the databases were left (`--keep`).
    pub kept: Option<PathBuf>,
}

/// The median of some durations.
pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    let n = times.len();
    match n {
        0 => Duration::ZERO,
        _ if n % 2 == 1 => times[n / 2],
        _ => (times[n / 2 - 1] + times[n / 2]) / 2,
    }
}

/// Runs `f` once to warm up, then `runs` times; returns the median time and
/// the warm-up's result.
fn measure(runs: u32, mut f: impl FnMut(u32) -> Result<Outcome>) -> Result<(Duration, Outcome)> {
    let first = f(0)?;
    let mut times = Vec::with_capacity(runs as usize);
    for run in 1..=runs {
        let started = Instant::now();
        let outcome = f(run)?;
        times.push(started.elapsed());
        drop(std::hint::black_box(outcome));
    }
    Ok((median(times), first))
}

fn file_size(path: &std::path::Path) -> Result<u64> {
    let mut total = 0;
    for suffix in ["", "-wal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::metadata(&p) {
            Ok(m) => total += m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(BenchError::Io { path: p.into(), source: e }),
        }
    }
    Ok(total)
}

fn cpu_model() -> Option<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    info.lines().find_map(|l| l.strip_prefix("model name")).map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
}

/// Builds the databases, measures every figure, and says how it went.
pub fn run(options: &Options, progress: &mut dyn FnMut(&str)) -> Result<Report> {
    if options.assets == 0 || options.runs == 0 {
        return Err(BenchError::Setup("--assets and --runs must be at least 1".into()));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix("parc-bench-");
    let tmp = match &options.dir {
        Some(d) => {
            std::fs::create_dir_all(d).map_err(BenchError::io(d))?;
            builder.tempdir_in(d).map_err(BenchError::io(d))?
        }
        None => builder.tempdir().map_err(BenchError::io(std::env::temp_dir()))?,
    };

    let mut built = setup::build(tmp.path(), options.assets, options.seed, progress)?;
    let parc_bytes = file_size(&built.parc_path)?;
    let plain_bytes = file_size(&built.plain_path)?;
    let mut plain = raw::open_plain(&built.plain_path)?;
    let engine = {
        let sqlite: String = plain.query_row("SELECT sqlite_version()", [], |r| r.get(0))?;
        let cipher = raw::open_encrypted(&built.parc_path, &built.key_pragma, None)?.query_row(
            "PRAGMA cipher_version",
            [],
            |r| r.get::<_, String>(0),
        )?;
        format!("SQLite {sqlite}, SQLCipher {cipher}")
    };

    let probes = probes::probes(&built.parc, &built.fixtures, built.now, built.today)?;
    let mut figures = Vec::with_capacity(probes.len());
    for (i, p) in probes.iter().enumerate() {
        progress(&format!("[{}/{}] {}", i + 1, probes.len(), p.name));
        let today = built.today;
        let (parc_time, parc_outcome) =
            measure(options.runs, |run| probes::run_parc(&mut built.parc, &p.parc, today, run))?;
        let (plain_time, plain_outcome) = measure(options.runs, |run| raw::run(&mut plain, &p.sql, run))?;
        if parc_outcome != plain_outcome {
            return Err(BenchError::Mismatch {
                figure: p.name.clone(),
                parc: parc_outcome.summary(),
                plain: plain_outcome.summary(),
            });
        }
        let mut figure =
            Figure { name: p.name.clone(), group: p.group, parc: parc_time, plain: plain_time, diagnosis: None };
        if !figure.met() {
            let mut enc = raw::open_encrypted(&built.parc_path, &built.key_pragma, None)?;
            let (encrypted, _) = measure(options.runs, |run| raw::run(&mut enc, &p.sql, run))?;
            let mut big = raw::open_encrypted(&built.parc_path, &built.key_pragma, Some(BIG_CACHE_KIB))?;
            let (big_cache, _) = measure(options.runs, |run| raw::run(&mut big, &p.sql, run))?;
            figure.diagnosis = Some(Diagnosis {
                encrypted,
                big_cache,
                plan: raw::plan(&plain, &p.sql)?,
                matching: p.sql.matching(&plain)?,
            });
        }
        figures.push(figure);
    }
    drop(plain);
    drop(built.parc);

    let kept = if options.keep { Some(tmp.keep()) } else { None };
    Ok(Report {
        options: options.clone(),
        summary: built.summary,
        times: built.times,
        parc_bytes,
        plain_bytes,
        engine,
        cores: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        cpu: cpu_model(),
        date: built.today,
        figures,
        kept,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_middle_run() {
        let ms = |v: &[u64]| v.iter().map(|m| Duration::from_millis(*m)).collect::<Vec<_>>();
        assert_eq!(median(ms(&[9, 1, 5])), Duration::from_millis(5));
        assert_eq!(median(ms(&[4, 1, 2, 3])), Duration::from_micros(2_500));
        assert_eq!(median(Vec::new()), Duration::ZERO);
    }
}
