//! The `assets` table: the inventory itself.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter, types::Value};
use uuid::Uuid;

use parc_core::history::{self, Action, Change};
use parc_core::ipc::{AssetPage, AssetQuery, AssetRow};
use parc_core::{Asset, AssetStatus, Cents};

use crate::Database;
use crate::error::{DbError, Result};
use crate::sql::{duplicate_or, like_pattern};

const COLUMNS: &str = "id, tag, name, kind, status, serial, manufacturer, model, location_id, assignee_id, supplier_id, \
    purchase_date, order_number, purchase_cost, warranty_end, maintenance_contract, os_name, os_version, \
    firmware_version, ip_address, mac_address, notes, last_audit, created_at, updated_at";

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
    conn.prepare_cached(&format!(
        "INSERT INTO assets ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)"
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
        a.created_at,
        a.updated_at,
    ])
    .map_err(|e| duplicate(e, a))?;
    Ok(())
}

fn check_kind(conn: &Connection, kind: &str) -> Result<()> {
    let known = conn.prepare_cached("SELECT 1 FROM asset_kinds WHERE code = ?1")?.exists([kind])?;
    if known { Ok(()) } else { Err(DbError::NoSuchRecord { what: "asset kind", id: kind.to_string() }) }
}

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
        a.validate()?;
        let tx = self.conn.transaction()?;
        let old = tx
            .prepare_cached(&format!("SELECT {COLUMNS} FROM assets WHERE id = ?1"))?
            .query_row([a.id], from_row)
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "asset", id: a.id.to_string() })?;
        let changes = history::diff(&old, a);
        if changes.is_empty() {
            return Ok(changes);
        }
        check_kind(&tx, &a.kind)?;
        tx.prepare_cached(
            "UPDATE assets SET tag = ?2, name = ?3, kind = ?4, status = ?5, serial = ?6, manufacturer = ?7, model = ?8, \
             location_id = ?9, assignee_id = ?10, supplier_id = ?11, purchase_date = ?12, order_number = ?13, \
             purchase_cost = ?14, warranty_end = ?15, maintenance_contract = ?16, os_name = ?17, os_version = ?18, \
             firmware_version = ?19, ip_address = ?20, mac_address = ?21, notes = ?22, last_audit = ?23, updated_at = ?24 \
             WHERE id = ?1",
        )?
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
            now,
        ])
        .map_err(|e| duplicate(e, a))?;
        crate::history::record(&tx, "asset", a.id, &self.actor, now, Action::Updated, &changes)?;
        tx.commit()?;
        Ok(changes)
    }

    pub fn asset(&self, id: Uuid) -> Result<Asset> {
        self.conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM assets WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "asset", id: id.to_string() })
    }

    pub fn asset_by_tag(&self, tag: &str) -> Result<Option<Asset>> {
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM assets WHERE tag = ?1 COLLATE NOCASE"))?
            .query_row([tag.trim()], from_row)
            .optional()?)
    }

    /// A page of the inventory list, with the number of matching assets.
    ///
    /// Every word of `search` must appear in one of tag, serial, name, model,
    /// manufacturer or notes, or in the assignee's name.
    pub fn list_assets(&self, q: &AssetQuery) -> Result<AssetPage> {
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        if let Some(status) = q.status {
            args.push(Value::Text(status.as_str().into()));
            clauses.push(format!("a.status = ?{}", args.len()));
        }
        if let Some(kind) = &q.kind {
            args.push(Value::Text(kind.clone()));
            clauses.push(format!("a.kind = ?{}", args.len()));
        }
        for word in q.search.as_deref().unwrap_or("").split_whitespace() {
            args.push(Value::Text(like_pattern(word)));
            let n = args.len();
            clauses.push(format!(
                "(a.tag LIKE ?{n} ESCAPE '\\' OR a.serial LIKE ?{n} ESCAPE '\\' OR a.name LIKE ?{n} ESCAPE '\\' \
                 OR a.model LIKE ?{n} ESCAPE '\\' OR a.manufacturer LIKE ?{n} ESCAPE '\\' OR a.notes LIKE ?{n} ESCAPE '\\' \
                 OR p.first_name || ' ' || p.last_name LIKE ?{n} ESCAPE '\\')"
            ));
        }
        let filter = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
        let from =
            "FROM assets a LEFT JOIN people p ON p.id = a.assignee_id LEFT JOIN locations l ON l.id = a.location_id";
        let total: u32 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) {from} {filter}"))?
            .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
        let limit = if q.limit == 0 { DEFAULT_PAGE } else { q.limit };
        args.push(Value::Integer(i64::from(limit)));
        args.push(Value::Integer(i64::from(q.offset)));
        let (nl, no) = (args.len() - 1, args.len());
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT a.id, a.tag, a.name, a.kind, a.status, a.serial, a.manufacturer, a.model, l.name, \
             p.first_name || ' ' || p.last_name, a.warranty_end, a.purchase_cost \
             {from} {filter} ORDER BY a.tag LIMIT ?{nl} OFFSET ?{no}"
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
        Ok(AssetPage { total, rows })
    }

    pub fn asset_count(&self) -> Result<u32> {
        Ok(self.conn.query_row("SELECT count(*) FROM assets", [], |r| r.get(0))?)
    }
}
