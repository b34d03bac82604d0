//! Asset tables: rows resolved against the database (places, people,
//! suppliers and kinds looked up once per import, created when a file
//! carries them) and written as assets with their history. A large table
//! is loaded in bulk (see [`bulk`]): same rows, same history, same
//! transaction, with the list's indexes and the search index built once at
//! the end.

mod bulk;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use parc_core::history::{self, Action};
use parc_core::tag::TagPattern;
use parc_core::{Asset, Location, LocationKind, Person, Supplier};
use parc_import::values::fold;
use parc_import::{AssetRow, Fate, ImportSummary, PersonRef, Progress, RowError, RowFate, RowProblem};

use super::{Outcome, Run, Scope, TableImport, refused, tick};
use crate::Database;
use crate::error::{DbError, Result};
use crate::history::Stamp;
use bulk::{BULK_ROWS, BulkLoad};

/// Places, people, suppliers and kinds already resolved during one import,
/// and the next free tag: a 100,000-line file looks each name up once.
#[derive(Default)]
pub(super) struct Resolver {
    /// (code, folded French label, folded English label).
    kinds: Vec<(String, String, String)>,
    locations: HashMap<String, Uuid>,
    /// The same places by the text a file gives (one hash lookup per row
    /// instead of folding the path again).
    location_texts: HashMap<String, Uuid>,
    people: HashMap<String, Uuid>,
    suppliers: HashMap<String, Uuid>,
    next_tag: Option<(TagPattern, u64)>,
}

/// `Siège › Bâtiment A › Salle 1` (Parc) or `Siège > Bâtiment A > Salle 1` (GLPI).
fn path_parts(text: &str) -> Vec<String> {
    text.split(['›', '>']).map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// The kind of a place created from a path: site, then building, then room.
/// In a two-part path the second is a building unless its name says room.
fn kind_at(depth: usize, parts: usize, name: &str) -> LocationKind {
    match depth {
        0 => LocationKind::Site,
        1 if parts == 2 => {
            let f = fold(name);
            let room = ["salle", "bureau", "room", "accueil", "local", "office", "atelier", "magasin"]
                .iter()
                .any(|w| f.starts_with(w));
            if room { LocationKind::Room } else { LocationKind::Building }
        }
        1 => LocationKind::Building,
        _ => LocationKind::Room,
    }
}

impl Database {
    fn resolver(&self) -> Result<Resolver> {
        let kinds =
            self.asset_kinds()?.into_iter().map(|k| (k.code.clone(), fold(&k.label_fr), fold(&k.label_en))).collect();
        Ok(Resolver { kinds, ..Resolver::default() })
    }

    /// The kind a category names: a kind's code or label, a built-in kind's
    /// usual words, and otherwise "other" (a category of another tool is not
    /// worth a new kind each).
    fn resolve_kind(r: &Resolver, text: &str) -> String {
        let f = fold(text);
        if let Some((code, _, _)) = r.kinds.iter().find(|(code, fr, en)| *code == text.trim() || *fr == f || *en == f) {
            return code.clone();
        }
        parc_import::values::kind(text).unwrap_or("other").to_string()
    }

    /// The place a row names, created (with its parents) when missing: a
    /// table from Snipe-IT or GLPI carries its own places, and asking people
    /// to type them all first would defeat the import. A bare name must
    /// match at most one place.
    pub(super) fn resolve_location(&self, r: &mut Resolver, text: &str, now: DateTime<Utc>) -> Result<Uuid> {
        if let Some(id) = r.location_texts.get(text) {
            return Ok(*id);
        }
        let key = path_parts(text).iter().map(|p| fold(p)).collect::<Vec<_>>().join(" › ");
        if let Some(id) = r.locations.get(&key) {
            r.location_texts.insert(text.to_string(), *id);
            return Ok(*id);
        }
        let parts = path_parts(text);
        if parts.len() > 3 {
            return Err(parc_core::error::RuleError::BadLocationParent { child: "room", parent: "room" }.into());
        }
        let id = if parts.len() == 1 {
            let ids: Vec<Uuid> = self
                .conn
                .prepare_cached("SELECT id FROM locations WHERE name = ?1 COLLATE NOCASE")?
                .query_map([&parts[0]], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            match ids.as_slice() {
                [id] => *id,
                [] => self.create_place(LocationKind::Site, &parts[0], None, now)?,
                many => {
                    return Err(DbError::Ambiguous {
                        what: "location",
                        value: text.to_string(),
                        count: many.len() as u32,
                    });
                }
            }
        } else {
            let mut parent: Option<Uuid> = None;
            for (depth, name) in parts.iter().enumerate() {
                let found: Option<Uuid> = self
                    .conn
                    .prepare_cached(
                        "SELECT id FROM locations WHERE parent_id IS ?1 AND name = ?2 COLLATE NOCASE LIMIT 1",
                    )?
                    .query_row(params![parent, name], |row| row.get(0))
                    .optional()?;
                parent = Some(match found {
                    Some(id) => id,
                    None => self.create_place(kind_at(depth, parts.len(), name), name, parent, now)?,
                });
            }
            parent.ok_or_else(|| DbError::NoSuchRecord { what: "location", id: text.to_string() })?
        };
        r.locations.insert(key, id);
        r.location_texts.insert(text.to_string(), id);
        Ok(id)
    }

    fn create_place(&self, kind: LocationKind, name: &str, parent: Option<Uuid>, now: DateTime<Utc>) -> Result<Uuid> {
        let parent_kind = match parent {
            Some(p) => Some(self.location(p)?.kind),
            None => None,
        };
        kind.may_sit_under(parent_kind)?;
        let l = Location::new(kind, name, parent, now);
        crate::locations::insert(&self.conn, &l)?;
        crate::history::record(&self.conn, "location", l.id, &self.actor, now, Action::Created, &history::created(&l))?;
        Ok(l.id)
    }

    /// The person a row names: by e-mail, account, or name. Someone unknown
    /// is created when the row gives an e-mail or an account (a stable
    /// identity, as Snipe-IT exports do); a bare unknown name is refused
    /// rather than guessed.
    fn resolve_person(&self, r: &mut Resolver, p: &PersonRef, now: DateTime<Utc>) -> Result<Uuid> {
        let key = fold(&p.describe());
        if let Some(id) = r.people.get(&key) {
            return Ok(*id);
        }
        let one = |sql: &str, value: &str| -> Result<Option<Uuid>> {
            let ids: Vec<Uuid> = self
                .conn
                .prepare_cached(sql)?
                .query_map([value], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            match ids.as_slice() {
                [] => Ok(None),
                [id] => Ok(Some(*id)),
                many => Err(DbError::Ambiguous { what: "person", value: value.to_string(), count: many.len() as u32 }),
            }
        };
        let mut found = None;
        if let Some(email) = &p.email {
            found = one("SELECT id FROM people WHERE email = ?1 COLLATE NOCASE", email)?;
        }
        if found.is_none()
            && let Some(account) = &p.account
        {
            found = one("SELECT id FROM people WHERE account = ?1 COLLATE NOCASE", account)?;
        }
        if found.is_none()
            && let Some(name) = p.full_name()
        {
            found = match self.find_person(&name) {
                Ok(id) => Some(id),
                Err(DbError::NoSuchRecord { .. }) => None,
                Err(e) => return Err(e),
            };
        }
        let id = match found {
            Some(id) => id,
            // An e-mail in the generic person column (`Utilisateur`) is an identity too.
            None if p.email.is_some() || p.account.is_some() || p.name.as_deref().is_some_and(|n| n.contains('@')) => {
                let (first, last) = match (&p.first_name, &p.last_name, &p.name) {
                    (None, None, Some(n)) if !n.contains('@') => match n.split_once(' ') {
                        Some((f, l)) => (f.to_string(), l.to_string()),
                        None => (String::new(), n.clone()),
                    },
                    (f, l, _) if f.is_some() || l.is_some() => {
                        (f.clone().unwrap_or_default(), l.clone().unwrap_or_default())
                    }
                    _ => (String::new(), p.account.clone().or_else(|| p.email.clone()).unwrap_or_default()),
                };
                let mut person = Person::new(&first, &last, now);
                person.email = p.email.clone().or_else(|| p.name.clone().filter(|n| n.contains('@')));
                person.account = p.account.clone();
                crate::people::insert(&self.conn, &person)?;
                crate::history::record(
                    &self.conn,
                    "person",
                    person.id,
                    &self.actor,
                    now,
                    Action::Created,
                    &history::created(&person),
                )?;
                person.id
            }
            None => return Err(DbError::NoSuchRecord { what: "person", id: p.describe() }),
        };
        r.people.insert(key, id);
        Ok(id)
    }

    /// The supplier a row names, created when missing.
    fn resolve_supplier(&self, r: &mut Resolver, name: &str, now: DateTime<Utc>) -> Result<Uuid> {
        let key = fold(name);
        if let Some(id) = r.suppliers.get(&key) {
            return Ok(*id);
        }
        let id = match self.find_supplier(name) {
            Ok(id) => id,
            Err(DbError::NoSuchRecord { .. }) => {
                let s = Supplier::new(name, now);
                crate::suppliers::insert(&self.conn, &s)?;
                crate::history::record(
                    &self.conn,
                    "supplier",
                    s.id,
                    &self.actor,
                    now,
                    Action::Created,
                    &history::created(&s),
                )?;
                s.id
            }
            Err(e) => return Err(e),
        };
        r.suppliers.insert(key, id);
        Ok(id)
    }

    /// The next free tag of the pattern, counted locally after the first
    /// (finding the highest tag among 100,000 once is enough).
    fn next_tag(&self, r: &mut Resolver) -> Result<String> {
        let (pattern, mut n) = match r.next_tag.take() {
            Some(next) => next,
            None => {
                let first = self.next_asset_tag()?;
                let pattern = self.tag_pattern()?;
                let n = pattern.number_of(&first).unwrap_or(1);
                (pattern, n)
            }
        };
        loop {
            let tag = pattern.format(n);
            n += 1;
            if self.asset_by_tag(&tag)?.is_none() {
                r.next_tag = Some((pattern, n));
                return Ok(tag);
            }
        }
    }

    /// One row of an asset table: found by tag, then serial; created or
    /// updated. Only the cells a row fills are written: an empty cell never
    /// clears what Parc knows. Returns the fate, the tag and the asset.
    fn import_asset_row(
        &self,
        r: &mut Resolver,
        row: &AssetRow,
        stamp: &Stamp,
    ) -> std::result::Result<(Fate, String, Uuid), Vec<RowError>> {
        let now = stamp.at;
        let line = row.line;
        let col = |field: &str| row.column_of(field);
        let db_err = |field: &str, e: DbError| vec![refused(line, col(field), &e)];
        let existing = match (&row.tag, &row.serial) {
            (Some(tag), _) => self.asset_by_tag(tag).map_err(|e| db_err("tag", e))?,
            (None, Some(serial)) => match self.asset_by_serial(serial, row.manufacturer.as_deref(), None) {
                Ok(Some(id)) => Some(self.asset(id).map_err(|e| db_err("serial", e))?),
                Ok(None) => None,
                Err(e) => return Err(db_err("serial", e)),
            },
            (None, None) => None,
        };
        let mut errors = Vec::new();
        let kind = row.kind.as_deref().map(|k| Self::resolve_kind(r, k));
        let location = match &row.location {
            Some(l) => match self.resolve_location(r, l, now) {
                Ok(id) => Some(id),
                Err(e) => {
                    errors.push(refused(line, col("location_id"), &e));
                    None
                }
            },
            None => None,
        };
        let person = match &row.assignee {
            Some(p) => match self.resolve_person(r, p, now) {
                Ok(id) => Some(id),
                Err(DbError::NoSuchRecord { .. }) => {
                    let who = p.describe();
                    errors.push(RowError {
                        line,
                        column: col("assignee_id"),
                        problem: RowProblem::Refused {
                            fr: format!("personne inconnue : « {who} » (importez d'abord l'annuaire, ou ajoutez une colonne e-mail)"),
                            en: format!("unknown person: “{who}” (import the directory first, or add an e-mail column)"),
                        },
                    });
                    None
                }
                Err(e) => {
                    errors.push(refused(line, col("assignee_id"), &e));
                    None
                }
            },
            None => None,
        };
        let supplier = match &row.supplier {
            Some(s) => match self.resolve_supplier(r, s, now) {
                Ok(id) => Some(id),
                Err(e) => {
                    errors.push(refused(line, col("supplier_id"), &e));
                    None
                }
            },
            None => None,
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut a = match &existing {
            Some(a) => a.clone(),
            None => {
                let tag = match &row.tag {
                    Some(t) => t.clone(),
                    None => self.next_tag(r).map_err(|e| db_err("tag", e))?,
                };
                // A name is required: the model, the serial or the tag stand in.
                let name = row
                    .name
                    .clone()
                    .or_else(|| row.model.clone())
                    .or_else(|| row.serial.clone())
                    .unwrap_or_else(|| tag.clone());
                Asset::new(&tag, &name, kind.as_deref().unwrap_or("other"), now)
            }
        };
        let set = |slot: &mut Option<String>, v: &Option<String>| {
            if v.is_some() {
                slot.clone_from(v);
            }
        };
        if let Some(n) = &row.name {
            a.name = n.clone();
        }
        if let Some(k) = kind {
            a.kind = k;
        }
        set(&mut a.serial, &row.serial);
        set(&mut a.manufacturer, &row.manufacturer);
        set(&mut a.model, &row.model);
        set(&mut a.order_number, &row.order_number);
        set(&mut a.maintenance_contract, &row.maintenance_contract);
        set(&mut a.os_name, &row.os_name);
        set(&mut a.os_version, &row.os_version);
        set(&mut a.firmware_version, &row.firmware_version);
        set(&mut a.ip_address, &row.ip_address);
        set(&mut a.mac_address, &row.mac_address);
        set(&mut a.notes, &row.notes);
        a.location_id = location.or(a.location_id);
        a.supplier_id = supplier.or(a.supplier_id);
        a.purchase_date = row.purchase_date.or(a.purchase_date);
        a.purchase_cost = row.purchase_cost.or(a.purchase_cost);
        a.warranty_end = row.warranty_end.or(a.warranty_end);
        // The status rules, as a form applies them: the status first, then the person.
        if let Some(status) = row.status
            && status != a.status
        {
            a.set_status(status);
        }
        let rule = |field: &str, e: parc_core::error::RuleError| vec![refused(line, col(field), &e)];
        if let Some(p) = person
            && a.assignee_id != Some(p)
        {
            a.assign(Some(p)).map_err(|e| rule("assignee_id", e))?;
        }
        a.validate().map_err(|e| {
            let field = match &e {
                parc_core::error::RuleError::Required(f) => *f,
                parc_core::error::RuleError::NegativeCost => "purchase_cost",
                _ => "warranty_end",
            };
            rule(field, e)
        })?;
        // The kinds were all read at the start, and an import adds none.
        if !r.kinds.iter().any(|(code, _, _)| *code == a.kind) {
            a.kind = "other".into();
        }
        match &existing {
            None => {
                crate::assets::insert_at(&self.conn, &a, stamp).map_err(|e| {
                    db_err(if matches!(e, DbError::Duplicate { what: "serial", .. }) { "serial" } else { "tag" }, e)
                })?;
                crate::history::record_at(
                    &self.conn,
                    "asset",
                    a.id,
                    &self.actor,
                    stamp,
                    Action::Created,
                    &history::created(&a),
                )
                .map_err(|e| db_err("tag", e))?;
                Ok((Fate::Created, a.tag, a.id))
            }
            Some(old) => {
                let changes = history::diff(old, &a);
                if changes.is_empty() {
                    return Ok((Fate::Unchanged, a.tag, a.id));
                }
                crate::assets::write(&self.conn, &a, &changes, now).map_err(|e| db_err("serial", e))?;
                crate::history::record_at(&self.conn, "asset", a.id, &self.actor, stamp, Action::Updated, &changes)
                    .map_err(|e| db_err("tag", e))?;
                Ok((Fate::Updated { changes }, a.tag, a.id))
            }
        }
    }

    /// Imports the rows of an asset table (see [`parc_import::AssetsCsv`]).
    ///
    /// Rows find their asset by tag, then serial; places, suppliers and
    /// people named by e-mail or account are created when missing; a
    /// category becomes the kind it names. In a dry run every line's fate
    /// (and each error by line and column) is returned and nothing is kept;
    /// a real run writes everything in one transaction, or nothing if a
    /// single line is refused ([`DbError::Rejected`] lists them all).
    ///
    /// From [`BULK_ROWS`] rows on (announced by `total`, or reached), the
    /// table is loaded in bulk: see [`bulk`].
    pub fn import_asset_rows(
        &mut self,
        rows: impl IntoIterator<Item = std::result::Result<AssetRow, RowError>>,
        total: Option<u64>,
        run: Run,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<TableImport> {
        let tx = Scope::begin(&self.conn)?;
        let mut resolver = self.resolver()?;
        let stamp = Stamp::new(now);
        let mut outcome = Outcome::new(run);
        let mut done = 0;
        let mut bulk = None;
        let mut bulk_considered = false;
        for row in rows {
            done += 1;
            tick(done, total, progress)?;
            let expected = total.unwrap_or(0).max(done);
            if !bulk_considered && expected >= BULK_ROWS {
                bulk_considered = true;
                bulk = BulkLoad::begin(&self.conn, expected)?;
            }
            match row {
                Err(e) => outcome.push(e.line, None, Err(vec![e])),
                Ok(row) => {
                    let key = row.tag.clone();
                    match self.import_asset_row(&mut resolver, &row, &stamp) {
                        Ok((fate, tag, id)) => {
                            if let (Fate::Updated { .. }, Some(load)) = (&fate, &mut bulk) {
                                load.updated(id)?;
                            }
                            outcome.push(row.line, Some(tag), Ok(fate))
                        }
                        Err(errors) => outcome.push(row.line, key, Err(errors)),
                    }
                }
            }
        }
        if !progress(Progress { done, total }) {
            return Err(DbError::Cancelled);
        }
        // What is rolled back needs no rebuilding: the rollback restores the
        // schema. What stays (a real run, or a dry run inside a session that
        // the next files see) gets its indexes and search entries first.
        let kept = match run {
            Run::Apply => outcome.rejected.is_empty(),
            Run::DryRun => tx.nested,
        };
        if let Some(load) = bulk
            && kept
        {
            load.finish()?;
        }
        outcome.finish(tx, run)
    }

    /// What an asset table would do, line by line, without keeping anything.
    pub fn plan_asset_rows(
        &mut self,
        rows: impl IntoIterator<Item = std::result::Result<AssetRow, RowError>>,
        total: Option<u64>,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<Vec<RowFate>> {
        Ok(self.import_asset_rows(rows, total, Run::DryRun, now, progress)?.fates)
    }

    /// Imports an asset table in one transaction: all of it, or nothing.
    pub fn apply_asset_rows(
        &mut self,
        rows: impl IntoIterator<Item = std::result::Result<AssetRow, RowError>>,
        total: Option<u64>,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<ImportSummary> {
        Ok(self.import_asset_rows(rows, total, Run::Apply, now, progress)?.summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_on_both_arrows_and_leaves_get_their_kind() {
        assert_eq!(path_parts("Siège › Bâtiment A › Salle 1"), ["Siège", "Bâtiment A", "Salle 1"]);
        assert_eq!(path_parts("Siège > Bâtiment A"), ["Siège", "Bâtiment A"]);
        assert_eq!(kind_at(1, 2, "Bâtiment A"), LocationKind::Building);
        assert_eq!(kind_at(1, 2, "Salle de réunion"), LocationKind::Room);
        assert_eq!(kind_at(2, 3, "Accueil"), LocationKind::Room);
    }
}
