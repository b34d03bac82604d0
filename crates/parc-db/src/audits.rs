//! On-site audit campaigns: the expected assets of a scope, the scans, and
//! the results applied to the inventory in one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use uuid::Uuid;

use parc_core::audit::{
    AuditError, AuditResult, CampaignDetail, CampaignInput, CampaignRow, CampaignStatus, ExpectedAsset, MissingAction,
    ScanOutcome, ScanView, judge, to_check_note,
};
use parc_core::ipc::Reference;
use parc_core::{AssetStatus, Lang, LocationKind};

use crate::Database;
use crate::error::{DbError, Result};

/// The ids of `scope` and every location under it.
const SUBTREE: &str = "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT l.id FROM locations l \
    JOIN sub ON l.parent_id = sub.id) SELECT id FROM sub";

fn campaign_row(conn: &Connection, id: Uuid) -> Result<CampaignRow> {
    let row = conn
        .prepare_cached(
            "SELECT c.id, c.name, c.scope_id, l.name, c.status, c.started_at, c.closed_at, \
             (SELECT count(*) FROM audit_expected e WHERE e.campaign_id = c.id), \
             (SELECT count(*) FROM audit_scans s WHERE s.campaign_id = c.id AND s.outcome != 'unknown') \
             FROM audit_campaigns c LEFT JOIN locations l ON l.id = c.scope_id WHERE c.id = ?1",
        )?
        .query_row([id], |r| {
            let scope: Option<Uuid> = r.get(2)?;
            let status: String = r.get(4)?;
            Ok(CampaignRow {
                id: r.get(0)?,
                name: r.get(1)?,
                scope: match (scope, r.get::<_, Option<String>>(3)?) {
                    (Some(id), Some(name)) => Some(Reference { id, name }),
                    _ => None,
                },
                status: CampaignStatus::parse(&status).unwrap_or(CampaignStatus::Open),
                started_at: r.get(5)?,
                closed_at: r.get(6)?,
                expected: r.get(7)?,
                found: r.get(8)?,
            })
        })
        .optional()?;
    row.ok_or_else(|| DbError::NoSuchRecord { what: "audit campaign", id: id.to_string() })
}

fn open_campaign(conn: &Connection, id: Uuid) -> Result<CampaignRow> {
    let c = campaign_row(conn, id)?;
    if c.status != CampaignStatus::Open {
        return Err(AuditError::Closed.into());
    }
    Ok(c)
}

impl Database {
    /// Starts a campaign: snapshots the assets expected in its scope (those in
    /// stock, deployed or in repair).
    pub fn start_campaign(&mut self, input: &CampaignInput, now: DateTime<Utc>) -> Result<Uuid> {
        let name = input.name.trim();
        if name.is_empty() {
            return Err(parc_core::error::RuleError::Required("name").into());
        }
        let id = parc_core::new_id();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(scope) = input.scope_id {
            crate::locations::get(&tx, scope)?;
        }
        tx.execute(
            "INSERT INTO audit_campaigns (id, name, scope_id, status, started_at) VALUES (?1, ?2, ?3, 'open', ?4)",
            params![id, name, input.scope_id, now],
        )?;
        let statuses = "('in_stock', 'deployed', 'in_repair')";
        match input.scope_id {
            Some(scope) => tx.execute(
                &format!(
                    "INSERT INTO audit_expected (campaign_id, asset_id) SELECT ?2, id FROM assets \
                     WHERE status IN {statuses} AND location_id IN ({SUBTREE})"
                ),
                params![scope, id],
            )?,
            None => tx.execute(
                &format!("INSERT INTO audit_expected (campaign_id, asset_id) SELECT ?1, id FROM assets WHERE status IN {statuses}"),
                [id],
            )?,
        };
        tx.commit()?;
        Ok(id)
    }

    /// The campaigns, open ones first, newest first.
    pub fn campaigns(&self) -> Result<Vec<CampaignRow>> {
        let ids: Vec<Uuid> = self
            .conn
            .prepare_cached("SELECT id FROM audit_campaigns ORDER BY status != 'open', started_at DESC")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| campaign_row(&self.conn, id)).collect()
    }

    /// Records a scan of `tag` in `room` and says what it means.
    pub fn scan(&mut self, campaign: Uuid, tag: &str, room: Uuid, now: DateTime<Utc>) -> Result<ScanOutcome> {
        let tag = tag.trim();
        if tag.is_empty() {
            return Err(parc_core::error::RuleError::Required("tag").into());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        open_campaign(&tx, campaign)?;
        let room_location = crate::locations::get(&tx, room)?;
        if room_location.kind != LocationKind::Room {
            return Err(AuditError::NotARoom.into());
        }
        let asset: Option<(Uuid, Option<Uuid>)> = tx
            .prepare_cached("SELECT id, location_id FROM assets WHERE tag = ?1 COLLATE NOCASE")?
            .query_row([tag], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let already: bool = match asset {
            Some((id, _)) => tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM audit_scans WHERE campaign_id = ?1 AND asset_id = ?2)")?
                .query_row(params![campaign, id], |r| r.get(0))?,
            None => tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM audit_scans WHERE campaign_id = ?1 AND asset_id IS NULL \
                     AND tag = ?2 COLLATE NOCASE)",
                )?
                .query_row(params![campaign, tag], |r| r.get(0))?,
        };
        if asset.is_some() && !already {
            // A tag scanned while unknown, then created (the quick-create
            // form), is no longer unknown: this scan takes the place of those.
            tx.prepare_cached(
                "DELETE FROM audit_scans WHERE campaign_id = ?1 AND asset_id IS NULL AND tag = ?2 COLLATE NOCASE",
            )?
            .execute(params![campaign, tag])?;
        }
        let outcome = judge(asset.map(|(_, loc)| loc), room, already);
        // An unknown label scanned again still answers "unknown" (the
        // quick-create form opens again) but is counted once.
        if outcome != ScanOutcome::Again && !(asset.is_none() && already) {
            tx.execute(
                "INSERT INTO audit_scans (id, campaign_id, at, tag, asset_id, room_id, outcome, recorded_id) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    parc_core::new_id(),
                    campaign,
                    now,
                    tag,
                    asset.map(|(id, _)| id),
                    room,
                    outcome.code(),
                    asset.and_then(|(_, loc)| loc)
                ],
            )?;
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Everything the campaign page shows.
    pub fn campaign(&self, id: Uuid) -> Result<CampaignDetail> {
        let campaign = campaign_row(&self.conn, id)?;
        let count = |outcome: &str| -> Result<u32> {
            Ok(self.conn.query_row(
                "SELECT count(*) FROM audit_scans WHERE campaign_id = ?1 AND outcome = ?2",
                params![id, outcome],
                |r| r.get(0),
            )?)
        };
        let missing: u32 = self.conn.query_row(
            "SELECT count(*) FROM audit_expected e WHERE e.campaign_id = ?1 AND NOT EXISTS \
             (SELECT 1 FROM audit_scans s WHERE s.campaign_id = e.campaign_id AND s.asset_id = e.asset_id)",
            [id],
            |r| r.get(0),
        )?;
        let still_expected = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.tag, a.name, a.location_name FROM audit_expected e JOIN assets a ON a.id = e.asset_id \
                 WHERE e.campaign_id = ?1 AND NOT EXISTS (SELECT 1 FROM audit_scans s WHERE s.campaign_id = ?1 \
                 AND s.asset_id = e.asset_id) ORDER BY a.location_name, a.tag COLLATE NOCASE LIMIT 500",
            )?
            .query_map([id], |r| {
                Ok(ExpectedAsset { id: r.get(0)?, tag: r.get(1)?, name: r.get(2)?, location: r.get(3)? })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let scans = self
            .conn
            .prepare_cached(
                "SELECT s.id, s.at, s.tag, s.outcome, s.asset_id, a.tag || ' — ' || a.name, s.room_id, r.name, \
                 o.name FROM audit_scans s LEFT JOIN assets a ON a.id = s.asset_id JOIN locations r ON r.id = s.room_id \
                 LEFT JOIN locations o ON o.id = s.recorded_id WHERE s.campaign_id = ?1 ORDER BY s.at DESC, s.id DESC",
            )?
            .query_map([id], |r| {
                let outcome: String = r.get(3)?;
                let asset: Option<Uuid> = r.get(4)?;
                let label: Option<String> = r.get(5)?;
                Ok(ScanView {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    tag: r.get(2)?,
                    outcome: ScanOutcome::parse(&outcome).unwrap_or(ScanOutcome::Unknown),
                    asset: asset.zip(label).map(|(id, name)| Reference { id, name }),
                    room: Reference { id: r.get(6)?, name: r.get(7)? },
                    recorded: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let rooms = self.rooms_under(campaign.scope.as_ref().map(|s| s.id))?;
        Ok(CampaignDetail {
            found: count("found")?,
            moved: count("moved")?,
            unknown: count("unknown")?,
            missing,
            still_expected,
            scans,
            rooms,
            campaign,
        })
    }

    /// The rooms of a scope (every room when `None`), named by their path,
    /// from one read of the location table (a whole fleet has thousands).
    fn rooms_under(&self, scope: Option<Uuid>) -> Result<Vec<Reference>> {
        let all: Vec<(Uuid, Option<Uuid>, String, String)> = self
            .conn
            .prepare_cached("SELECT id, parent_id, name, kind FROM locations")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let by_id: std::collections::HashMap<Uuid, (Option<Uuid>, &str)> =
            all.iter().map(|(id, parent, name, _)| (*id, (*parent, name.as_str()))).collect();
        let mut rooms = Vec::new();
        for (id, _, _, kind) in &all {
            if kind != "room" {
                continue;
            }
            let mut names = Vec::new();
            let mut inside = scope.is_none();
            let mut at = Some(*id);
            // A location tree is at most site › building › room; the bound guards a damaged file.
            while let Some(current) = at.filter(|_| names.len() < 16) {
                inside |= Some(current) == scope;
                let Some((parent, name)) = by_id.get(&current) else { break };
                names.push(*name);
                at = *parent;
            }
            if inside {
                names.reverse();
                rooms.push(Reference { id: *id, name: names.join(" › ") });
            }
        }
        rooms.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(rooms)
    }

    /// Applies a campaign: moves the assets found elsewhere (if `move_moved`),
    /// marks the missing ones, sets the last-audit date of everything found,
    /// and closes the campaign. One transaction: all or nothing.
    pub fn apply_campaign(
        &mut self,
        id: Uuid,
        move_moved: bool,
        missing: MissingAction,
        now: DateTime<Utc>,
        today: NaiveDate,
        lang: Lang,
    ) -> Result<AuditResult> {
        let actor = self.actor.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let campaign = open_campaign(&tx, id)?;
        let mut result = AuditResult { moved: 0, marked_lost: 0, marked_to_check: 0, audited: 0 };
        let scanned: Vec<(Uuid, Uuid, String)> = tx
            .prepare(
                "SELECT asset_id, room_id, outcome FROM audit_scans WHERE campaign_id = ?1 AND asset_id IS NOT NULL",
            )?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (asset_id, room, outcome) in scanned {
            let mut a = crate::assets::get(&tx, asset_id)?;
            if outcome == ScanOutcome::Moved.code() && move_moved {
                a.location_id = Some(room);
                result.moved += 1;
            }
            a.last_audit = Some(today);
            result.audited += 1;
            crate::assets::save(&tx, &actor, &a, now)?;
        }
        let missing_ids: Vec<Uuid> = tx
            .prepare(
                "SELECT e.asset_id FROM audit_expected e WHERE e.campaign_id = ?1 AND NOT EXISTS \
                 (SELECT 1 FROM audit_scans s WHERE s.campaign_id = ?1 AND s.asset_id = e.asset_id)",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if missing != MissingAction::Leave {
            let note = to_check_note(&campaign.name, today, lang);
            for asset_id in missing_ids {
                let mut a = crate::assets::get(&tx, asset_id)?;
                match missing {
                    MissingAction::Lost => {
                        a.set_status(AssetStatus::Lost);
                        result.marked_lost += 1;
                    }
                    _ => {
                        a.notes = Some(match a.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                            Some(old) => format!("{old}\n{note}"),
                            None => note.clone(),
                        });
                        result.marked_to_check += 1;
                    }
                }
                crate::assets::save(&tx, &actor, &a, now)?;
            }
        }
        tx.execute("UPDATE audit_campaigns SET status = 'applied', closed_at = ?2 WHERE id = ?1", params![id, now])?;
        tx.commit()?;
        Ok(result)
    }

    /// Abandons an open campaign without touching the inventory.
    pub fn cancel_campaign(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        open_campaign(&tx, id)?;
        tx.execute("UPDATE audit_campaigns SET status = 'cancelled', closed_at = ?2 WHERE id = ?1", params![id, now])?;
        tx.commit()?;
        Ok(())
    }
}
