//! The `assets` table: the inventory itself.
//!
//! Lists never load every row: a page is one indexed query (every sort has
//! its index, names of places and people are kept on the asset for that), and
//! the count is a separate query so that showing a page never waits for it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, ToSql, params, params_from_iter, types::Value};
use uuid::Uuid;

use parc_core::history::{self, Action, Change};
use parc_core::ipc::{
    AssetColumn, AssetDetail, AssetQuery, AssetRow, Assignment, BulkChange, DeleteOutcome, Reference, WarrantyFilter,
};
use parc_core::tag::TagPattern;
use parc_core::{Asset, AssetStatus, Cents};

use crate::Database;
use crate::error::{DbError, Result};
use crate::history::Stamp;
use crate::sql::duplicate_or;

const COLUMNS: &str = "id, tag, name, kind, status, serial, manufacturer, model, location_id, assignee_id, supplier_id, \
    purchase_date, order_number, purchase_cost, warranty_end, maintenance_contract, os_name, os_version, \
    firmware_version, ip_address, mac_address, notes, last_audit, created_at, updated_at";

/// How rusqlite writes a `DateTime<Utc>`; timestamps written by hand use it too.
pub(crate) const TIMESTAMP: &str = "%F %T%.f%:z";

/// The default page of the inventory list.
pub const DEFAULT_PAGE: u32 = 100;

fn from_row(r: &Row<'_>) -> rusqlite::Result<Asset> {
    let status: String = r.get(4)?;
    Ok(Asset {
        id: r.get(0)?,
        tag: r.get(1)?,
        name: r.get(2)?,
        kind: r.get(3)?,
        status: AssetStatus::parse(&status).unwrap_or(AssetStatus::InStock),
        serial: r.get(5)?,
        manufacturer: r.get(6)?,
        model: r.get(7)?,
        location_id: r.get(8)?,
        assignee_id: r.get(9)?,
        supplier_id: r.get(10)?,
        purchase_date: r.get(11)?,
        order_number: r.get(12)?,
        purchase_cost: r.get::<_, Option<i64>>(13)?.map(Cents),
        warranty_end: r.get(14)?,
        maintenance_contract: r.get(15)?,
        os_name: r.get(16)?,
        os_version: r.get(17)?,
        firmware_version: r.get(18)?,
        ip_address: r.get(19)?,
        mac_address: r.get(20)?,
        notes: r.get(21)?,
        last_audit: r.get(22)?,
        created_at: r.get(23)?,
        updated_at: r.get(24)?,
    })
}

fn duplicate(e: rusqlite::Error, a: &Asset) -> DbError {
    duplicate_or(
        e,
        &[
            ("assets.tag", "asset tag", &a.tag),
            ("assets_tag", "asset tag", &a.tag),
            ("assets_serial", "serial", a.serial.as_deref().unwrap_or("")),
        ],
    )
}

pub(crate) fn insert(conn: &Connection, a: &Asset) -> Result<()> {
    insert_with(conn, a, &a.created_at, &a.updated_at)
}

/// [`insert`] for an asset created at `at` (as an import creates them all),
/// with the moment's text formatted once for every row.
pub(crate) fn insert_at(conn: &Connection, a: &Asset, at: &Stamp) -> Result<()> {
    if a.created_at == at.at && a.updated_at == at.at {
        insert_with(conn, a, &at.text, &at.text)
    } else {
        insert(conn, a)
    }
}

fn insert_with(conn: &Connection, a: &Asset, created_at: &dyn ToSql, updated_at: &dyn ToSql) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO assets ({COLUMNS}, location_name, assignee_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, \
         ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, \
         (SELECT name FROM locations WHERE id = ?9), (SELECT first_name || ' ' || last_name FROM people WHERE id = ?10))"
    ))?
    .execute(params![
        a.id,
        a.tag,
        a.name,
        a.kind,
        a.status.as_str(),
        a.serial,
        a.manufacturer,
        a.model,
        a.location_id,
        a.assignee_id,
        a.supplier_id,
        a.purchase_date,
        a.order_number,
        a.purchase_cost.map(|c| c.0),
        a.warranty_end,
        a.maintenance_contract,
        a.os_name,
        a.os_version,
        a.firmware_version,
        a.ip_address,
        a.mac_address,
        a.notes,
        a.last_audit,
        created_at,
        updated_at,
    ])
    .map_err(|e| duplicate(e, a))?;
    Ok(())
}

/// The stored value of one column of an asset, as SQLite takes it.
fn column_value(a: &Asset, column: &str) -> Value {
    let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::Text);
    let id = |v: Option<Uuid>| v.map_or(Value::Null, |u| Value::Blob(u.as_bytes().to_vec()));
    let date = |v: Option<NaiveDate>| v.map_or(Value::Null, |d| Value::Text(d.to_string()));
    match column {
        "tag" => Value::Text(a.tag.clone()),
        "name" => Value::Text(a.name.clone()),
        "kind" => Value::Text(a.kind.clone()),
        "status" => Value::Text(a.status.as_str().into()),
        "serial" => text(&a.serial),
        "manufacturer" => text(&a.manufacturer),
        "model" => text(&a.model),
        "location_id" => id(a.location_id),
        "assignee_id" => id(a.assignee_id),
        "supplier_id" => id(a.supplier_id),
        "purchase_date" => date(a.purchase_date),
        "order_number" => text(&a.order_number),
        "purchase_cost" => a.purchase_cost.map_or(Value::Null, |c| Value::Integer(c.0)),
        "warranty_end" => date(a.warranty_end),
        "maintenance_contract" => text(&a.maintenance_contract),
        "os_name" => text(&a.os_name),
        "os_version" => text(&a.os_version),
        "firmware_version" => text(&a.firmware_version),
        "ip_address" => text(&a.ip_address),
        "mac_address" => text(&a.mac_address),
        "notes" => text(&a.notes),
        "last_audit" => date(a.last_audit),
        _ => Value::Null,
    }
}

/// Writes only the columns that changed (and the sort keys that follow a new
/// place or person): every index and the search trigger are touched only when
/// their columns are. The sort keys read the new ids from the parameters:
/// inside an UPDATE, a column names the row's old value.
pub(crate) fn write(conn: &Connection, a: &Asset, changes: &[Change], now: DateTime<Utc>) -> Result<()> {
    let mut sets = Vec::new();
    let mut args: Vec<Value> = vec![Value::Blob(a.id.as_bytes().to_vec())];
    for c in changes {
        let value = column_value(a, &c.field);
        // Only the fixed column names of `Tracked` reach the SQL text.
        if !COLUMNS.split(", ").any(|col| col == c.field) {
            continue;
        }
        args.push(value);
        sets.push(format!("{} = ?{}", c.field, args.len()));
        match c.field.as_str() {
            "location_id" => {
                sets.push(format!("location_name = (SELECT name FROM locations WHERE id = ?{})", args.len()))
            }
            "assignee_id" => sets.push(format!(
                "assignee_name = (SELECT first_name || ' ' || last_name FROM people WHERE id = ?{})",
                args.len()
            )),
            _ => {}
        }
    }
    // The same encoding as every other timestamp (rusqlite's), or sorting by
    // `updated_at` would mix two formats.
    args.push(Value::Text(now.format(TIMESTAMP).to_string()));
    sets.push(format!("updated_at = ?{}", args.len()));
    conn.prepare_cached(&format!("UPDATE assets SET {} WHERE id = ?1", sets.join(", ")))?
        .execute(params_from_iter(args.iter()))
        .map_err(|e| duplicate(e, a))?;
    Ok(())
}

fn check_kind(conn: &Connection, kind: &str) -> Result<()> {
    let known = conn.prepare_cached("SELECT 1 FROM asset_kinds WHERE code = ?1")?.exists([kind])?;
    if known { Ok(()) } else { Err(DbError::NoSuchRecord { what: "asset kind", id: kind.to_string() }) }
}

pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<Asset> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM assets WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| DbError::NoSuchRecord { what: "asset", id: id.to_string() })
}

/// Saves `new` over its stored version with one history entry; returns the changes.
pub(crate) fn save(conn: &Connection, actor: &str, new: &Asset, now: DateTime<Utc>) -> Result<Vec<Change>> {
    new.validate()?;
    let old = get(conn, new.id)?;
    let changes = history::diff(&old, new);
    if changes.is_empty() {
        return Ok(changes);
    }
    check_kind(conn, &new.kind)?;
    write(conn, new, &changes, now)?;
    crate::history::record(conn, "asset", new.id, actor, now, Action::Updated, &changes)?;
    Ok(changes)
}

/// The FTS5 query of what a person types: every word is a prefix, accents and
/// case do not matter, punctuation inside a word (`PARC-0001`) keeps its parts
/// together as a phrase.
pub(crate) fn fts_query(search: &str) -> Option<String> {
    let terms: Vec<String> = search
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The WHERE clause and its arguments for a query.
fn filter(q: &AssetQuery, today: NaiveDate) -> (String, Vec<Value>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |v: Value| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(m) = q.search.as_deref().and_then(fts_query) {
        clauses
            .push(format!("a.rowid IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH {})", arg(Value::Text(m))));
    }
    if let Some(status) = q.status {
        clauses.push(format!("a.status = {}", arg(Value::Text(status.as_str().into()))));
    }
    if let Some(kind) = &q.kind {
        clauses.push(format!("a.kind = {}", arg(Value::Text(kind.clone()))));
    }
    if let Some(loc) = q.location_id {
        clauses.push(format!(
            "a.location_id IN (WITH RECURSIVE sub(id) AS (SELECT {} UNION ALL \
             SELECT l.id FROM locations l JOIN sub ON l.parent_id = sub.id) SELECT id FROM sub)",
            arg(Value::Blob(loc.as_bytes().to_vec()))
        ));
    }
    if let Some(person) = q.assignee_id {
        clauses.push(format!("a.assignee_id = {}", arg(Value::Blob(person.as_bytes().to_vec()))));
    }
    match q.warranty {
        Some(WarrantyFilter::Expired) => {
            clauses.push(format!("a.warranty_end < {}", arg(Value::Text(today.to_string()))));
        }
        Some(WarrantyFilter::EndingSoon) => {
            let from = arg(Value::Text(today.to_string()));
            let to = arg(Value::Text((today + chrono::Duration::days(90)).to_string()));
            clauses.push(format!("a.warranty_end >= {from} AND a.warranty_end <= {to}"));
        }
        None => {}
    }
    let sql = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
    (sql, args)
}

fn order_by(sort: AssetColumn, descending: bool) -> String {
    let dir = if descending { "DESC" } else { "ASC" };
    let tag = format!("a.tag COLLATE NOCASE {dir}");
    let key = match sort {
        AssetColumn::Tag => return tag,
        AssetColumn::Manufacturer => return format!("a.manufacturer {dir}, a.model {dir}, {tag}"),
        AssetColumn::Name => "a.name",
        AssetColumn::Kind => "a.kind",
        AssetColumn::Status => "a.status",
        AssetColumn::Serial => "a.serial",
        AssetColumn::Model => "a.model",
        AssetColumn::Location => "a.location_name",
        AssetColumn::Assignee => "a.assignee_name",
        AssetColumn::WarrantyEnd => "a.warranty_end",
        AssetColumn::PurchaseDate => "a.purchase_date",
        AssetColumn::PurchaseCost => "a.purchase_cost",
        AssetColumn::UpdatedAt => "a.updated_at",
    };
    format!("{key} {dir}, {tag}")
}

/// The index that gives a sort's order (see migration 2).
fn sort_index(sort: AssetColumn) -> &'static str {
    match sort {
        AssetColumn::Tag => "assets_tag",
        AssetColumn::Name => "assets_sort_name",
        AssetColumn::Kind => "assets_kind",
        AssetColumn::Status => "assets_status",
        AssetColumn::Serial => "assets_sort_serial",
        AssetColumn::Manufacturer => "assets_sort_manufacturer",
        AssetColumn::Model => "assets_sort_model",
        AssetColumn::Location => "assets_sort_location",
        AssetColumn::Assignee => "assets_sort_assignee",
        AssetColumn::WarrantyEnd => "assets_sort_warranty",
        AssetColumn::PurchaseDate => "assets_sort_purchase_date",
        AssetColumn::PurchaseCost => "assets_sort_purchase_cost",
        AssetColumn::UpdatedAt => "assets_sort_updated",
    }
}

/// Past this many matches, a search is "broad" (one or two letters typed): the
/// page is then read by walking the sort's index and keeping the matches,
/// rather than by sorting every match.
const BROAD_SEARCH: u32 = 2000;

impl Database {
    /// Adds an asset, with its creation in the history.
    pub fn create_asset(&mut self, a: &Asset) -> Result<()> {
        a.validate()?;
        let tx = self.conn.transaction()?;
        check_kind(&tx, &a.kind)?;
        insert(&tx, a)?;
        crate::history::record(&tx, "asset", a.id, &self.actor, a.created_at, Action::Created, &history::created(a))?;
        tx.commit()?;
        Ok(())
    }

    /// Saves a changed asset; the fields that changed go to the history.
    /// Returns them (empty: nothing changed, nothing written).
    pub fn update_asset(&mut self, a: &Asset, now: DateTime<Utc>) -> Result<Vec<Change>> {
        let tx = self.conn.transaction()?;
        let changes = save(&tx, &self.actor, a, now)?;
        tx.commit()?;
        Ok(changes)
    }

    pub fn asset(&self, id: Uuid) -> Result<Asset> {
        get(&self.conn, id)
    }

    pub fn asset_by_tag(&self, tag: &str) -> Result<Option<Asset>> {
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM assets WHERE tag = ?1 COLLATE NOCASE"))?
            .query_row([tag.trim()], from_row)
            .optional()?)
    }

    /// One page of the inventory list.
    ///
    /// The page's row ids are chosen from the indexes first, then only those
    /// rows are read: a filtered page never loads every matching row.
    pub fn list_assets(&self, q: &AssetQuery, today: NaiveDate) -> Result<Vec<AssetRow>> {
        let broad = match q.search.as_deref().and_then(fts_query) {
            Some(m) => self.search_is_broad(&m)?,
            None => false,
        };
        let (filter, mut args) = filter(q, today);
        let limit = if q.limit == 0 { DEFAULT_PAGE } else { q.limit };
        args.push(Value::Integer(i64::from(limit)));
        args.push(Value::Integer(i64::from(q.offset)));
        let (nl, no) = (args.len() - 1, args.len());
        let order = order_by(q.sort, q.descending);
        let indexed = if broad { format!("INDEXED BY {}", sort_index(q.sort)) } else { String::new() };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT a.id, a.tag, a.name, a.kind, a.status, a.serial, a.manufacturer, a.model, a.location_name, \
             a.assignee_name, a.warranty_end, a.purchase_cost FROM assets a WHERE a.rowid IN \
             (SELECT a.rowid FROM assets a {indexed} {filter} ORDER BY {order} LIMIT ?{nl} OFFSET ?{no}) \
             ORDER BY {order}"
        ))?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                let status: String = r.get(4)?;
                Ok(AssetRow {
                    id: r.get(0)?,
                    tag: r.get(1)?,
                    name: r.get(2)?,
                    kind: r.get(3)?,
                    status: AssetStatus::parse(&status).unwrap_or(AssetStatus::InStock),
                    serial: r.get(5)?,
                    manufacturer: r.get(6)?,
                    model: r.get(7)?,
                    location: r.get(8)?,
                    assignee: r.get(9)?,
                    warranty_end: r.get(10)?,
                    purchase_cost: r.get::<_, Option<i64>>(11)?.map(Cents),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Whether a search matches more than [`BROAD_SEARCH`] assets (counted no further).
    fn search_is_broad(&self, fts: &str) -> Result<bool> {
        let n: u32 = self
            .conn
            .prepare_cached("SELECT count(*) FROM (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?1 LIMIT ?2)")?
            .query_row(params![fts, BROAD_SEARCH], |r| r.get(0))?;
        Ok(n >= BROAD_SEARCH)
    }

    /// How many assets the query matches.
    pub fn count_assets(&self, q: &AssetQuery, today: NaiveDate) -> Result<u32> {
        let (filter, args) = filter(q, today);
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM assets a {filter}"))?
            .query_row(params_from_iter(args.iter()), |r| r.get(0))?)
    }

    pub fn asset_count(&self) -> Result<u32> {
        Ok(self.conn.query_row("SELECT count(*) FROM assets", [], |r| r.get(0))?)
    }

    /// Everything the asset page shows: the asset, its place, person and
    /// supplier, who held it when, and its full history.
    pub fn asset_detail(&self, id: Uuid) -> Result<AssetDetail> {
        let asset = get(&self.conn, id)?;
        let location_path = match asset.location_id {
            Some(l) => Some(self.location_path(l)?),
            None => None,
        };
        let person_name = |pid: Uuid| -> Result<Option<String>> {
            Ok(self
                .conn
                .prepare_cached("SELECT first_name || ' ' || last_name FROM people WHERE id = ?1")?
                .query_row([pid], |r| r.get(0))
                .optional()?)
        };
        let assignee = match asset.assignee_id {
            Some(p) => person_name(p)?.map(|name| Reference { id: p, name }),
            None => None,
        };
        let supplier = match asset.supplier_id {
            Some(s) => self
                .conn
                .prepare_cached("SELECT name FROM suppliers WHERE id = ?1")?
                .query_row([s], |r| r.get(0))
                .optional()?
                .map(|name| Reference { id: s, name }),
            None => None,
        };
        let history = self.history(id)?;
        let mut assignments = Vec::new();
        for entry in &history {
            for c in entry.changes.iter().filter(|c| c.field == "assignee_id") {
                let person = match c.new.as_deref().and_then(|s| Uuid::parse_str(s).ok()) {
                    Some(pid) => {
                        Some(Reference { id: pid, name: person_name(pid)?.unwrap_or_else(|| pid.to_string()) })
                    }
                    None => None,
                };
                assignments.push(Assignment { at: entry.at, actor: entry.actor.clone(), person });
            }
        }
        Ok(AssetDetail { asset, location_path, assignee, supplier, assignments, history })
    }

    /// Deletes an asset entered by mistake; an asset with a past (any change
    /// after its creation) is retired instead, so its history stays.
    pub fn delete_asset(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<DeleteOutcome> {
        let tx = self.conn.transaction()?;
        let asset = get(&tx, id)?;
        let events: u32 = tx.query_row("SELECT count(*) FROM history WHERE entity_id = ?1", [id], |r| r.get(0))?;
        let outcome = if events > 1 {
            let mut retired = asset.clone();
            retired.set_status(AssetStatus::Retired);
            save(&tx, &self.actor, &retired, now)?;
            DeleteOutcome::Retired
        } else {
            tx.execute("DELETE FROM assets WHERE id = ?1", [id])?;
            crate::history::record(&tx, "asset", id, &self.actor, now, Action::Deleted, &history::deleted(&asset))?;
            DeleteOutcome::Deleted
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// Applies one change to many assets in one transaction, one history entry
    /// per asset. All or nothing: one refused asset refuses the whole batch.
    pub fn bulk_update_assets(&mut self, ids: &[Uuid], change: &BulkChange, now: DateTime<Utc>) -> Result<u32> {
        let tx = self.conn.transaction()?;
        let mut changed = 0;
        for id in ids {
            let mut a = get(&tx, *id)?;
            if let Some(status) = change.status {
                a.set_status(status);
            }
            if let Some(location) = change.location_id {
                a.location_id = Some(location);
            }
            if change.unassign {
                a.assign(None)?;
            } else if let Some(person) = change.assignee_id {
                a.assign(Some(person))?;
            }
            if !save(&tx, &self.actor, &a, now)?.is_empty() {
                changed += 1;
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    /// The tag pattern of this database (`PARC-######` unless changed).
    pub fn tag_pattern(&self) -> Result<TagPattern> {
        Ok(TagPattern::parse(
            &crate::meta::get(&self.conn, "tag_pattern")?.unwrap_or_else(|| TagPattern::DEFAULT.into()),
        ))
    }

    pub fn set_tag_pattern(&mut self, pattern: &str) -> Result<()> {
        if !pattern.contains('#') {
            return Err(parc_core::error::RuleError::Required("tag_pattern").into());
        }
        crate::meta::set(&self.conn, "tag_pattern", pattern.trim())
    }

    /// The next free tag of the pattern: one past the highest in use.
    pub fn next_asset_tag(&self) -> Result<String> {
        let pattern = self.tag_pattern()?;
        // With a fixed width, the highest tag sorts last; wider numbers (past
        // the width) are longer, so length sorts first.
        let last: Option<String> = self
            .conn
            .prepare_cached(
                "SELECT tag FROM assets WHERE tag LIKE ?1 ESCAPE '\\' ORDER BY length(tag) DESC, tag COLLATE NOCASE DESC LIMIT 1",
            )?
            .query_row([format!("{}%", crate::sql::like_escape(pattern.prefix()))], |r| r.get(0))
            .optional()?;
        let n = last.as_deref().and_then(|t| pattern.number_of(t)).unwrap_or(0);
        Ok(pattern.format(n + 1))
    }
}

impl Database {
    /// The tag and name of the assets to label: `ids` in their order, or
    /// every asset of `location` and the places under it (every asset when
    /// both are empty), by tag.
    pub fn label_assets(&self, ids: &[Uuid], location: Option<Uuid>) -> Result<Vec<(String, String)>> {
        if !ids.is_empty() {
            return ids.iter().map(|id| get(&self.conn, *id).map(|a| (a.tag, a.name))).collect();
        }
        let mut stmt = match location {
            Some(_) => self.conn.prepare_cached(
                "SELECT tag, name FROM assets WHERE location_id IN (WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL \
                 SELECT l.id FROM locations l JOIN sub ON l.parent_id = sub.id) SELECT id FROM sub) \
                 ORDER BY tag COLLATE NOCASE",
            )?,
            None => {
                self.conn.prepare_cached("SELECT tag, name FROM assets WHERE ?1 IS NULL ORDER BY tag COLLATE NOCASE")?
            }
        };
        let rows = stmt.query_map([location], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The assets no label was ever printed for (of a location and the ones
    /// under it, or of the whole fleet), in tag order, as `(tag, name)`.
    /// Retired and lost assets are left out: nobody labels what is gone.
    pub fn unlabelled_assets(&self, location: Option<Uuid>) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.tag, a.name FROM assets a WHERE NOT EXISTS (SELECT 1 FROM asset_labels l WHERE l.asset_id = a.id) \
             AND a.status NOT IN ('retired', 'lost') AND (?1 IS NULL OR a.location_id IN (WITH RECURSIVE sub(id) AS \
             (SELECT ?1 UNION ALL SELECT l.id FROM locations l JOIN sub ON l.parent_id = sub.id) SELECT id FROM sub)) \
             ORDER BY a.tag COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([location], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Notes that labels were printed for these tags (after the PDF is written).
    pub fn record_labels(&mut self, tags: &[&str], now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO asset_labels (asset_id, printed_at) SELECT id, ?2 FROM assets WHERE tag = ?1 \
                 ON CONFLICT (asset_id) DO UPDATE SET printed_at = excluded.printed_at",
            )?;
            for tag in tags {
                stmt.execute(params![tag, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_words_become_prefix_phrases() {
        assert_eq!(fts_query("PARC-0001 dup").as_deref(), Some("\"PARC-0001\"* \"dup\"*"));
        assert_eq!(fts_query("  - ").as_deref(), None, "punctuation alone matches nothing");
        assert_eq!(fts_query("say \"hi\"").as_deref(), Some("\"say\"* \"\"\"hi\"\"\"*"));
    }
}
