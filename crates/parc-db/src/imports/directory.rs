//! Directories and places: people from AD or Snipe-IT users exports,
//! places from a locations export, and the Active Directory reconciliation.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use parc_core::history::{self, Action, Change};
use parc_core::{Location, LocationKind, Person};
use parc_import::values::fold;
use parc_import::{
    AdComputer, AdUser, DirectoryComputer, Fate, Holder, InventoryComputer, LocationRecord, Progress, Reconciliation,
    RowError, RowProblem,
};

use super::tables::Resolver;
use super::{Outcome, Run, Scope, TableImport, refused, tick};
use crate::Database;
use crate::error::{DbError, Result};

impl Database {
    fn update_person(&self, old: &Person, new: &Person, now: DateTime<Utc>) -> Result<Vec<Change>> {
        let changes = history::diff(old, new);
        if changes.is_empty() {
            return Ok(changes);
        }
        self.conn
            .prepare_cached(
                "UPDATE people SET first_name = ?2, last_name = ?3, email = ?4, department = ?5, site_id = ?6, \
                 account = ?7, active = ?8, updated_at = ?9 WHERE id = ?1",
            )?
            .execute(params![
                new.id,
                new.first_name,
                new.last_name,
                new.email,
                new.department,
                new.site_id,
                new.account,
                new.active,
                now
            ])
            .map_err(|e| {
                crate::sql::duplicate_or(e, &[("people_email", "e-mail", new.email.as_deref().unwrap_or(""))])
            })?;
        if old.display_name() != new.display_name() {
            self.conn
                .prepare_cached("UPDATE assets SET assignee_name = ?2 WHERE assignee_id = ?1")?
                .execute(params![new.id, new.display_name()])?;
        }
        crate::history::record(&self.conn, "person", new.id, &self.actor, now, Action::Updated, &changes)?;
        Ok(changes)
    }

    fn import_user(&self, u: &AdUser, now: DateTime<Utc>) -> std::result::Result<Fate, Vec<RowError>> {
        let err = |column: &str, e: DbError| vec![refused(u.line, Some(column.to_string()), &e)];
        let by = |sql: &str, value: &str| -> Result<Option<Uuid>> {
            Ok(self.conn.prepare_cached(sql)?.query_row([value], |r| r.get(0)).optional()?)
        };
        let mut found = None;
        if let Some(account) = &u.account {
            found = by("SELECT id FROM people WHERE account = ?1 COLLATE NOCASE LIMIT 1", account)
                .map_err(|e| err("SamAccountName", e))?;
        }
        if found.is_none()
            && let Some(email) = &u.email
        {
            found = by("SELECT id FROM people WHERE email = ?1 COLLATE NOCASE LIMIT 1", email)
                .map_err(|e| err("mail", e))?;
        }
        let old = match found {
            Some(id) => Some(self.person(id).map_err(|e| err("SamAccountName", e))?),
            None => None,
        };
        if let (Some(o), Some(account)) = (&old, &u.account)
            && let Some(held) = &o.account
            && !held.eq_ignore_ascii_case(account)
        {
            return Err(vec![RowError {
                line: u.line,
                column: Some("mail".into()),
                problem: RowProblem::Refused {
                    fr: format!("l'e-mail est déjà celui du compte « {held} »"),
                    en: format!("the e-mail already belongs to the account “{held}”"),
                },
            }]);
        }
        let mut p = old.clone().unwrap_or_else(|| Person::new(&u.first_name, &u.last_name, now));
        if !u.first_name.is_empty() || !u.last_name.is_empty() {
            p.first_name = u.first_name.clone();
            p.last_name = u.last_name.clone();
        }
        let set = |slot: &mut Option<String>, v: &Option<String>| {
            if v.is_some() {
                slot.clone_from(v);
            }
        };
        set(&mut p.email, &u.email);
        set(&mut p.department, &u.department);
        set(&mut p.account, &u.account);
        p.active = u.enabled;
        match &old {
            None => {
                crate::people::insert(&self.conn, &p).map_err(|e| err("mail", e))?;
                crate::history::record(
                    &self.conn,
                    "person",
                    p.id,
                    &self.actor,
                    now,
                    Action::Created,
                    &history::created(&p),
                )
                .map_err(|e| err("SamAccountName", e))?;
                Ok(Fate::Created)
            }
            Some(o) => {
                let changes = self.update_person(o, &p, now).map_err(|e| err("mail", e))?;
                Ok(if changes.is_empty() { Fate::Unchanged } else { Fate::Updated { changes } })
            }
        }
    }

    /// Fills or updates people from a directory export (Active Directory's
    /// `Get-ADUser`, or Snipe-IT's users): found by account, then e-mail;
    /// a disabled account makes its person inactive (kept, with their
    /// history and what they still hold). Empty cells never clear a value.
    pub fn import_ad_users(
        &mut self,
        users: impl IntoIterator<Item = std::result::Result<AdUser, RowError>>,
        total: Option<u64>,
        run: Run,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<TableImport> {
        let tx = Scope::begin(&self.conn)?;
        let mut outcome = Outcome::new(run);
        let mut done = 0;
        for user in users {
            done += 1;
            tick(done, total, progress)?;
            match user {
                Err(e) => outcome.push(e.line, None, Err(vec![e])),
                Ok(u) => {
                    let key = u.account.clone().or_else(|| u.email.clone());
                    let fate = self.import_user(&u, now);
                    outcome.push(u.line, key, fate);
                }
            }
        }
        outcome.finish(tx, run)
    }

    /// Adds the places of a locations export that Parc lacks (as sites, or
    /// under their parent), and fills the address of those known without one.
    pub fn import_locations(
        &mut self,
        places: impl IntoIterator<Item = std::result::Result<LocationRecord, RowError>>,
        total: Option<u64>,
        run: Run,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<TableImport> {
        let tx = Scope::begin(&self.conn)?;
        let mut outcome = Outcome::new(run);
        let mut resolver = Resolver::default();
        let mut done = 0;
        for place in places {
            done += 1;
            tick(done, total, progress)?;
            let l = match place {
                Err(e) => {
                    outcome.push(e.line, None, Err(vec![e]));
                    continue;
                }
                Ok(l) => l,
            };
            let fate = (|| -> Result<Fate> {
                let parent = match &l.parent {
                    Some(p) => Some(self.resolve_location(&mut resolver, p, now)?),
                    None => None,
                };
                // Two places of an export may share a name (two "Airdrie" at two
                // addresses): a place is its name and its address. A place known
                // without an address gets the file's.
                let same_name: Vec<Location> = self
                    .conn
                    .prepare_cached("SELECT id FROM locations WHERE parent_id IS ?1 AND name = ?2 COLLATE NOCASE")?
                    .query_map(params![parent, l.name], |r| r.get::<_, Uuid>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?
                    .into_iter()
                    .map(|id| self.location(id))
                    .collect::<Result<_>>()?;
                let same = |a: &Option<String>| a.as_deref().map(fold) == l.address.as_deref().map(fold);
                if same_name.iter().any(|o| same(&o.address)) {
                    return Ok(Fate::Unchanged);
                }
                if let Some(old) = same_name.iter().find(|o| o.address.is_none()) {
                    let mut new = old.clone();
                    new.address.clone_from(&l.address);
                    let changes = history::diff(old, &new);
                    self.conn
                        .prepare_cached("UPDATE locations SET address = ?2, updated_at = ?3 WHERE id = ?1")?
                        .execute(params![old.id, new.address, now])?;
                    crate::history::record(
                        &self.conn,
                        "location",
                        old.id,
                        &self.actor,
                        now,
                        Action::Updated,
                        &changes,
                    )?;
                    return Ok(Fate::Updated { changes });
                }
                let kind = match parent {
                    None => LocationKind::Site,
                    Some(p) => match self.location(p)?.kind {
                        LocationKind::Site => LocationKind::Building,
                        _ => LocationKind::Room,
                    },
                };
                let mut place = Location::new(kind, &l.name, parent, now);
                place.address.clone_from(&l.address);
                kind.may_sit_under(match parent {
                    Some(p) => Some(self.location(p)?.kind),
                    None => None,
                })?;
                crate::locations::insert(&self.conn, &place)?;
                crate::history::record(
                    &self.conn,
                    "location",
                    place.id,
                    &self.actor,
                    now,
                    Action::Created,
                    &history::created(&place),
                )?;
                Ok(Fate::Created)
            })()
            .map_err(|e| vec![refused(l.line, Some("name".into()), &e)]);
            outcome.push(l.line, Some(l.name.clone()), fate);
        }
        outcome.finish(tx, run)
    }

    /// The directory's computers set against the inventory: which enabled
    /// computers no asset names, which computers of the inventory (desktops,
    /// laptops and servers in use) the directory does not know, and which
    /// disabled accounts still hold equipment. Names are compared without
    /// case and without their DNS domain. Reads only.
    pub fn ad_reconciliation(&self, computers: &[AdComputer]) -> Result<Reconciliation> {
        let short = |n: &str| n.split('.').next().unwrap_or(n).trim().to_uppercase();
        let active_accounts: i64 = self.conn.query_row(
            "SELECT count(*) FROM people WHERE active = 1 AND account IS NOT NULL AND account <> ''",
            [],
            |r| r.get(0),
        )?;
        let active_accounts = u64::try_from(active_accounts).unwrap_or(0);
        let inventory: Vec<InventoryComputer> = self
            .conn
            .prepare_cached(
                "SELECT id, tag, name FROM assets WHERE kind IN ('desktop', 'laptop', 'server') \
                 AND status NOT IN ('retired', 'lost') ORDER BY name, tag",
            )?
            .query_map([], |r| Ok(InventoryComputer { id: r.get(0)?, tag: r.get(1)?, name: r.get(2)? }))?
            .collect::<rusqlite::Result<_>>()?;
        let all_assets: std::collections::HashSet<String> = self
            .conn
            .prepare_cached("SELECT name FROM assets")?
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|n| n.map(|n| short(&n)))
            .collect::<rusqlite::Result<_>>()?;
        let in_ad: std::collections::HashSet<String> =
            computers.iter().flat_map(|c| [Some(short(&c.name)), c.dns_name.as_deref().map(short)]).flatten().collect();
        let computers_missing_from_inventory = computers
            .iter()
            .filter(|c| c.enabled && !all_assets.contains(&short(&c.name)))
            .map(|c| DirectoryComputer {
                name: c.name.clone(),
                dns_name: c.dns_name.clone(),
                last_logon: c.last_logon,
                os: c.os.clone(),
            })
            .collect();
        let inventory_computers_unknown_to_ad =
            inventory.into_iter().filter(|a| !in_ad.contains(&short(&a.name))).collect();
        let mut holders: Vec<Holder> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, p.first_name || ' ' || p.last_name, p.account, a.tag FROM people p \
             JOIN assets a ON a.assignee_id = p.id \
             WHERE p.active = 0 AND p.account IS NOT NULL AND a.status NOT IN ('retired', 'lost') \
             ORDER BY p.last_name, p.first_name, p.id, a.tag",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, Uuid>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, String>(3)?))
        })?;
        for row in rows {
            let (id, name, account, tag) = row?;
            match holders.last_mut() {
                Some(h) if h.person_id == id => h.assets.push(tag),
                _ => holders.push(Holder { person_id: id, name: name.trim().to_string(), account, assets: vec![tag] }),
            }
        }
        Ok(Reconciliation {
            active_accounts,
            computers_missing_from_inventory,
            inventory_computers_unknown_to_ad,
            disabled_accounts_holding_equipment: holders,
        })
    }
}
