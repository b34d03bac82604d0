//! Filling a database with the demo company of `parc_core::demo`, in one
//! transaction, fast enough for 100,000 assets.

use chrono::{DateTime, Utc};

use parc_core::demo::{DemoCompany, DemoSize};
use parc_core::demo_desk::DemoDesk;
use parc_core::desk::EventKind;
use parc_core::history::Action;

use crate::Database;
use crate::error::{DbError, Result};

/// What a demo fill wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    pub locations: u32,
    pub people: u32,
    pub suppliers: u32,
    pub assets: u32,
    pub tickets: u32,
}

impl Database {
    /// Adds a demo company of `assets` assets and half as many helpdesk
    /// tickets over the last six months. Refuses a database that already
    /// holds assets: demo data must never mix with a real inventory.
    pub fn fill_demo(&mut self, assets: u32, seed: u64, now: DateTime<Utc>) -> Result<DemoSummary> {
        let existing = self.asset_count()?;
        if existing > 0 {
            return Err(DbError::NotEmpty(existing));
        }
        let mut company = DemoCompany::generate(DemoSize::for_assets(assets), seed, now);
        let actor = format!("{} (démo)", self.actor);
        // Demo records are logged as created without their field list: it
        // would double the size of a 100,000-asset database for no reader.
        let tx = self.conn.transaction()?;
        for l in &company.locations {
            crate::locations::insert(&tx, l)?;
            crate::history::record(&tx, "location", l.id, &actor, now, Action::Created, &[])?;
        }
        for p in &company.people {
            crate::people::insert(&tx, p)?;
            crate::history::record(&tx, "person", p.id, &actor, now, Action::Created, &[])?;
        }
        for s in &company.suppliers {
            crate::suppliers::insert(&tx, s)?;
            crate::history::record(&tx, "supplier", s.id, &actor, now, Action::Created, &[])?;
        }
        let mut asset_ids = Vec::with_capacity(assets as usize);
        for _ in 0..assets {
            let a = company.next_asset();
            crate::assets::insert(&tx, &a)?;
            crate::history::record(&tx, "asset", a.id, &actor, now, Action::Created, &[])?;
            asset_ids.push(a.id);
        }
        let people: Vec<uuid::Uuid> = company.people.iter().map(|p| p.id).collect();
        let settings = crate::helpdesk::read_settings(&tx)?;
        let mut desk = DemoDesk::new(seed, now, &self.actor);
        let tickets = assets / 2;
        for number in 1..=tickets {
            let Some(demo) = desk.next_ticket(&people, &asset_ids, &settings.matrix) else { continue };
            let mut t = demo.opened;
            let (id, opened_at) = (t.id, t.opened_at);
            let mut lived = Vec::with_capacity(demo.steps.len());
            for (at, action) in demo.steps {
                let before = t.clone();
                t.apply(action.clone(), &settings.matrix, at)?;
                lived.push((before, t.clone(), action, at));
            }
            // The row first: the timeline refers to it.
            let updated = t.closed_at.or(t.solved_at).or(t.owned_at).unwrap_or(opened_at);
            crate::tickets::save(&tx, &t, number, &settings, updated)?;
            crate::tickets::event(&tx, id, EventKind::Opened, &actor, opened_at, Default::default())?;
            for (before, after, action, at) in &lived {
                crate::tickets::record(&tx, id, before, after, action, &actor, *at)?;
            }
            for (at, body) in demo.followups {
                let entry = crate::tickets::Entry { body, ..Default::default() };
                crate::tickets::event(&tx, id, EventKind::Followup, &actor, at, entry)?;
            }
        }
        tx.commit()?;
        Ok(DemoSummary {
            locations: company.locations.len() as u32,
            people: company.people.len() as u32,
            suppliers: company.suppliers.len() as u32,
            assets,
            tickets,
        })
    }
}
