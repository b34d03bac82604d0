//! Building the two databases the benchmark compares.
//!
//! The Parc database is built exactly as `parc demo` builds it (passphrase
//! mode, `Database::fill_demo`), through the library rather than the binary so
//! that the benchmark is one command. The plain twin is exported from it by
//! SQLCipher itself (`sqlcipher_export`): same schema, indexes, FTS tables and
//! rows, no encryption. Nothing here uses any of `parc-db`'s private API: the
//! key is derived again from the passphrase and the salt, as any holder of the
//! passphrase could.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use parc_core::ipc::AssetQuery;
use parc_core::{AssetStatus, LocationKind};
use parc_db::Database;
use parc_db::demo::DemoSummary;
use parc_db::key::DataKey;
use uuid::Uuid;

use crate::error::{BenchError, Result};
use crate::raw;

/// A throwaway passphrase: the database only ever holds generated demo data.
const PASSPHRASE: &str = "parc-bench: demo data only, not a secret";

/// The person whose name the search-as-you-type figure types, when the demo has one.
const PREFERRED_LAST_NAME: &str = "Dupont";

/// The asset number whose tag the search-as-you-type figure types.
const PREFERRED_TAG_NUMBER: u32 = 1234;

/// Real rows the figures are about: a person, places, an asset.
#[derive(Debug, Clone)]
pub struct Fixtures {
    pub person: Uuid,
    pub person_name: String,
    pub last_name: String,
    pub site: Uuid,
    pub site_name: String,
    pub room: Uuid,
    pub room_name: String,
    /// An asset of that person, with a history of several changes.
    pub asset: Uuid,
    pub asset_tag: String,
    /// The tag the search figure types.
    pub typed_tag: String,
}

/// How long building took.
#[derive(Debug, Clone, Copy)]
pub struct BuildTimes {
    /// Creating the encrypted file, Argon2id key derivation included.
    pub create: Duration,
    /// `Database::fill_demo`: what `parc demo` runs.
    pub fill: Duration,
    /// The unencrypted copy.
    pub export: Duration,
}

/// The two databases, ready to be measured.
pub struct Built {
    pub parc: Database,
    pub parc_path: PathBuf,
    pub plain_path: PathBuf,
    /// `PRAGMA key` for direct connections to the Parc file.
    pub key_pragma: String,
    pub summary: DemoSummary,
    pub times: BuildTimes,
    pub fixtures: Fixtures,
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
}

/// Builds the Parc database of `assets` assets in `dir`, prepares the rows
/// the figures use, and exports the plain twin.
pub fn build(dir: &Path, assets: u32, seed: u64, progress: &mut dyn FnMut(&str)) -> Result<Built> {
    let parc_path = dir.join("parc.db");
    let plain_path = dir.join("plain.db");
    let now = Utc::now();
    let today = now.date_naive();

    progress("creating the encrypted database (passphrase mode, Argon2id)…");
    let started = Instant::now();
    let mut parc = parc_db::create_with_passphrase(&parc_path, PASSPHRASE)?;
    let create = started.elapsed();

    progress(&format!("filling it with the demo company ({assets} assets), as `parc demo` does…"));
    let started = Instant::now();
    let summary = parc.fill_demo(assets, seed, now)?;
    let fill = started.elapsed();

    let fixtures = fixtures(&mut parc, now, today)?;

    progress("exporting the same rows to an unencrypted SQLite file…");
    let started = Instant::now();
    let key = DataKey::from_passphrase(PASSPHRASE, &parc_db::read_salt(&parc_path)?)?;
    let key_pragma = format!("x'{}{}'", &*key.to_hex(), parc.salt().hex());
    // The WAL still holds the whole fill: fold it into the file first, as
    // closing would, so that Parc is measured as it opens.
    raw::checkpoint(&raw::open_encrypted(&parc_path, &key_pragma, None)?)?;
    raw::export_plain(&parc_path, &key_pragma, &plain_path)?;
    let export = started.elapsed();
    check_plain(&plain_path, summary.assets)?;

    Ok(Built {
        parc,
        parc_path,
        plain_path,
        key_pragma,
        summary,
        times: BuildTimes { create, fill, export },
        fixtures,
        now,
        today,
    })
}

/// The plain file must be plain, and hold every asset.
fn check_plain(path: &Path, assets: u32) -> Result<()> {
    let head = std::fs::read(path).map_err(BenchError::io(path))?;
    if !head.starts_with(b"SQLite format 3\0") {
        return Err(BenchError::Setup(format!("{} is not a plain SQLite file", path.display())));
    }
    let conn = raw::open_plain(path)?;
    let n: u32 = conn.query_row("SELECT count(*) FROM assets", [], |r| r.get(0))?;
    if n != assets {
        return Err(BenchError::Setup(format!("the plain copy holds {n} assets, not {assets}")));
    }
    Ok(())
}

/// Picks the rows the figures use, and gives the asset page's asset a past:
/// a demo asset has only its creation in its history, a real one has more.
fn fixtures(db: &mut Database, now: DateTime<Utc>, today: NaiveDate) -> Result<Fixtures> {
    let page = |db: &Database, search: Option<&str>| {
        let q = AssetQuery {
            search: search.map(Into::into),
            status: Some(AssetStatus::Deployed),
            limit: 200,
            ..AssetQuery::default()
        };
        db.list_assets(&q, today)
    };
    // A laptop or a phone in use by a Dupont; by anyone when the demo is too small for a Dupont.
    let mut held = None;
    for search in [Some(PREFERRED_LAST_NAME), None] {
        for row in page(db, search)? {
            let Some(pid) = db.asset(row.id)?.assignee_id else { continue };
            if search.is_none() || db.person(pid)?.last_name == PREFERRED_LAST_NAME {
                held = Some((row.id, pid));
                break;
            }
        }
        if held.is_some() {
            break;
        }
    }
    let (asset, person) = held.ok_or_else(|| BenchError::Setup("no demo asset is held by anyone".into()))?;
    let p = db.person(person)?;

    let tree = db.location_tree()?;
    let site = tree
        .iter()
        .filter(|n| n.location.kind == LocationKind::Site)
        .max_by_key(|n| (n.location.name.starts_with("Siège"), n.asset_count))
        .ok_or_else(|| BenchError::Setup("the demo has no site".into()))?;
    let room = tree
        .iter()
        .filter(|n| n.location.kind == LocationKind::Room)
        .max_by_key(|n| n.asset_count)
        .ok_or_else(|| BenchError::Setup("the demo has no room".into()))?;
    let room_name = format!("{} ({})", room.location.name, db.location_path(room.location.id)?);

    // A few months of a laptop's life: a note, a loan, a repair, its return.
    let other = db
        .people(None, 2)?
        .into_iter()
        .map(|r| r.person.id)
        .find(|id| *id != person)
        .ok_or_else(|| BenchError::Setup("the demo has a single person".into()))?;
    let mut a = db.asset(asset)?;
    let asset_tag = a.tag.clone();
    let mut at = now;
    let mut step = |db: &mut Database, a: &parc_core::Asset| -> Result<()> {
        at += chrono::Duration::days(7);
        db.update_asset(a, at)?;
        Ok(())
    };
    a.notes = Some("Écran remplacé sous garantie".into());
    step(db, &a)?;
    a.assign(Some(other)).map_err(parc_db::DbError::from)?;
    step(db, &a)?;
    a.set_status(AssetStatus::InRepair);
    step(db, &a)?;
    a.set_status(AssetStatus::Deployed);
    step(db, &a)?;
    a.assign(Some(person)).map_err(parc_db::DbError::from)?;
    step(db, &a)?;
    a.location_id = Some(room.location.id);
    step(db, &a)?;

    let count = db.asset_count()?;
    let typed = db.list_assets(
        &AssetQuery { offset: PREFERRED_TAG_NUMBER.min(count).saturating_sub(1), limit: 1, ..AssetQuery::default() },
        today,
    )?;
    let typed_tag = typed.first().map(|r| r.tag.clone()).unwrap_or_else(|| asset_tag.clone());

    Ok(Fixtures {
        person,
        person_name: p.display_name(),
        last_name: p.last_name,
        site: site.location.id,
        site_name: site.location.name.clone(),
        room: room.location.id,
        room_name,
        asset,
        asset_tag,
        typed_tag,
    })
}
