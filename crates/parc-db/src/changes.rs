//! The `changes` table: ITIL changes and their seven R.
//!
//! The rules (which status may follow which, the seven R answered before
//! approval) are the core's; this module reads a change, lets the core decide
//! and writes the result with its history in one transaction.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use uuid::Uuid;

use parc_core::Lang;
use parc_core::change::{Change, ChangeError, ChangeStatus, Relation, SevenR};
use parc_core::desk::{ChangeDetail, ChangeInput, ChangeRow, RelationView, SevenRView};
use parc_core::history::{self, Action};
use parc_core::ipc::Reference;

use crate::Database;
use crate::error::{DbError, Result};

const COLUMNS: &str = "id, number, title, requested_by, requester_id, reason, expected_return, risks, resources, \
    responsible_build, responsible_test, responsible_deploy, relationships_note, status, window_start, window_end, \
    rollback_plan, created_at, updated_at";

fn load(conn: &Connection, id: Uuid) -> Result<(Change, u32)> {
    let (mut change, number) = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM changes WHERE id = ?1"))?
        .query_row([id], |r| {
            let status: String = r.get(13)?;
            Ok((
                Change {
                    id: r.get(0)?,
                    title: r.get(2)?,
                    requested_by: r.get(3)?,
                    requester_id: r.get(4)?,
                    reason: r.get(5)?,
                    expected_return: r.get(6)?,
                    risks: r.get(7)?,
                    resources: r.get(8)?,
                    responsible_build: r.get(9)?,
                    responsible_test: r.get(10)?,
                    responsible_deploy: r.get(11)?,
                    relationships_note: r.get(12)?,
                    status: ChangeStatus::parse(&status).unwrap_or(ChangeStatus::New),
                    window_start: r.get(14)?,
                    window_end: r.get(15)?,
                    rollback_plan: r.get(16)?,
                    created_at: r.get(17)?,
                    updated_at: r.get(18)?,
                    relations: Vec::new(),
                    affected_assets: Vec::new(),
                },
                r.get::<_, u32>(1)?,
            ))
        })
        .optional()?
        .ok_or_else(|| DbError::NoSuchRecord { what: "change", id: id.to_string() })?;
    let mut stmt =
        conn.prepare_cached("SELECT role, target_kind, target_id FROM change_links WHERE change_id = ?1 ORDER BY role, target_kind, target_id")?;
    let links = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Uuid>(2)?)))?;
    for link in links {
        let (role, kind, target) = link?;
        if role == "affected" {
            change.affected_assets.push(target);
            continue;
        }
        change.relations.push(match kind.as_str() {
            "change" => Relation::Change(target),
            "ticket" => Relation::Ticket(target),
            _ => Relation::Asset(target),
        });
    }
    Ok((change, number))
}

fn save(conn: &Connection, c: &Change, number: u32) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT OR REPLACE INTO changes ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, \
         ?14, ?15, ?16, ?17, ?18, ?19)"
    ))?
    .execute(params![
        c.id,
        number,
        c.title,
        c.requested_by,
        c.requester_id,
        c.reason,
        c.expected_return,
        c.risks,
        c.resources,
        c.responsible_build,
        c.responsible_test,
        c.responsible_deploy,
        c.relationships_note,
        c.status.code(),
        c.window_start,
        c.window_end,
        c.rollback_plan,
        c.created_at,
        c.updated_at,
    ])?;
    conn.prepare_cached("DELETE FROM change_links WHERE change_id = ?1")?.execute([c.id])?;
    let mut link = conn.prepare_cached(
        "INSERT OR IGNORE INTO change_links (change_id, role, target_kind, target_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for r in &c.relations {
        let (kind, id) = match r {
            Relation::Change(id) => ("change", id),
            Relation::Ticket(id) => ("ticket", id),
            Relation::Asset(id) => ("asset", id),
        };
        link.execute(params![c.id, "relation", kind, id])?;
    }
    for a in &c.affected_assets {
        link.execute(params![c.id, "affected", "asset", a])?;
    }
    Ok(())
}

/// The fields of a change as history lines (the seven R, the window, the plan).
fn fields(c: &Change) -> Vec<(&'static str, String)> {
    let date = |d: Option<DateTime<Utc>>| d.map(|d| d.to_rfc3339()).unwrap_or_default();
    vec![
        ("title", c.title.clone()),
        ("requested_by", c.requested_by.clone()),
        ("reason", c.reason.clone()),
        ("expected_return", c.expected_return.clone()),
        ("risks", c.risks.clone()),
        ("resources", c.resources.clone()),
        ("responsible_build", c.responsible_build.clone()),
        ("responsible_test", c.responsible_test.clone()),
        ("responsible_deploy", c.responsible_deploy.clone()),
        ("relationships_note", c.relationships_note.clone()),
        ("status", c.status.code().into()),
        ("window_start", date(c.window_start)),
        ("window_end", date(c.window_end)),
        ("rollback_plan", c.rollback_plan.clone()),
    ]
}

fn diff(old: &Change, new: &Change) -> Vec<history::Change> {
    fields(old)
        .into_iter()
        .zip(fields(new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| history::Change {
            field: field.into(),
            old: (!a.is_empty()).then_some(a),
            new: (!b.is_empty()).then_some(b),
        })
        .collect()
}

impl Database {
    pub fn create_change(&mut self, input: &ChangeInput, now: DateTime<Utc>) -> Result<Uuid> {
        if input.title.trim().is_empty() {
            return Err(parc_core::error::RuleError::Required("title").into());
        }
        let mut c = Change::new(&input.title, now);
        input.apply(&mut c);
        check_window(&c)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let number: u32 = tx.query_row("SELECT coalesce(max(number), 0) + 1 FROM changes", [], |r| r.get(0))?;
        save(&tx, &c, number)?;
        let created = diff(&Change::new("", now), &c);
        crate::history::record(&tx, "change", c.id, &self.actor, now, Action::Created, &created)?;
        tx.commit()?;
        Ok(c.id)
    }

    /// Edits the form's fields; the status moves only through [`Database::advance_change`].
    pub fn update_change(&mut self, id: Uuid, input: &ChangeInput, now: DateTime<Utc>) -> Result<()> {
        if input.title.trim().is_empty() {
            return Err(parc_core::error::RuleError::Required("title").into());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (old, number) = load(&tx, id)?;
        if matches!(old.status, ChangeStatus::Closed | ChangeStatus::Refused | ChangeStatus::Cancelled) {
            return Err(ChangeError::Transition { from: old.status, to: old.status }.into());
        }
        let mut c = old.clone();
        input.apply(&mut c);
        check_window(&c)?;
        if c == old {
            return Ok(());
        }
        c.updated_at = now;
        save(&tx, &c, number)?;
        let changes = diff(&old, &c);
        if !changes.is_empty() {
            crate::history::record(&tx, "change", id, &self.actor, now, Action::Updated, &changes)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Moves a change to its next status, if the rules allow it.
    pub fn advance_change(&mut self, id: Uuid, to: ChangeStatus, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (old, number) = load(&tx, id)?;
        let mut c = old.clone();
        c.advance(to, now)?;
        save(&tx, &c, number)?;
        crate::history::record(&tx, "change", id, &self.actor, now, Action::Updated, &diff(&old, &c))?;
        tx.commit()?;
        Ok(())
    }

    pub fn change_id(&self, number: u32) -> Result<Uuid> {
        self.conn
            .query_row("SELECT id FROM changes WHERE number = ?1", [number], |r| r.get(0))
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "change", id: format!("#{number}") })
    }

    pub fn change(&self, id: Uuid, lang: Lang) -> Result<ChangeDetail> {
        let (change, number) = load(&self.conn, id)?;
        let missing = change.missing();
        let seven_r = [
            SevenR::Requested,
            SevenR::Reason,
            SevenR::Return,
            SevenR::Risks,
            SevenR::Resources,
            SevenR::Responsible,
            SevenR::Relationships,
        ]
        .into_iter()
        .map(|r| SevenRView { r, question: r.question(lang).into(), answered: !missing.contains(&r) })
        .collect();
        let mut relations = Vec::new();
        for r in &change.relations {
            let label = match r {
                Relation::Change(id) => self
                    .conn
                    .query_row("SELECT 'C' || number || ' — ' || title FROM changes WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .optional()?,
                Relation::Ticket(id) => self
                    .conn
                    .query_row("SELECT '#' || number || ' — ' || title FROM tickets WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .optional()?,
                Relation::Asset(id) => self.asset_label(*id)?,
            };
            relations.push(RelationView { relation: r.clone(), label: label.unwrap_or_else(|| "?".into()) });
        }
        let mut affected = Vec::new();
        for a in &change.affected_assets {
            if let Some(name) = self.asset_label(*a)? {
                affected.push(Reference { id: *a, name });
            }
        }
        let requester = match change.requester_id {
            Some(pid) => self
                .conn
                .query_row("SELECT first_name || ' ' || last_name FROM people WHERE id = ?1", [pid], |r| r.get(0))
                .optional()?
                .map(|name| Reference { id: pid, name }),
            None => None,
        };
        Ok(ChangeDetail {
            number,
            seven_r,
            next: change.status.next().to_vec(),
            relations,
            affected,
            requester,
            change,
        })
    }

    fn asset_label(&self, id: Uuid) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT tag || ' — ' || name FROM assets WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    /// The changes, newest first; `status`: only those.
    pub fn list_changes(&self, status: Option<ChangeStatus>) -> Result<Vec<ChangeRow>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM changes WHERE ?1 IS NULL OR status = ?1 ORDER BY number DESC LIMIT 1000")?;
        let ids: Vec<Uuid> =
            stmt.query_map([status.map(ChangeStatus::code)], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            let (c, number) = load(&self.conn, id)?;
            rows.push(ChangeRow {
                id,
                number,
                missing: c.missing().len() as u8,
                title: c.title,
                status: c.status,
                requested_by: c.requested_by,
                window_start: c.window_start,
                updated_at: c.updated_at,
            });
        }
        Ok(rows)
    }
}

fn check_window(c: &Change) -> Result<()> {
    match (c.window_start, c.window_end) {
        (Some(a), Some(b)) if b < a => Err(ChangeError::Window.into()),
        _ => Ok(()),
    }
}
