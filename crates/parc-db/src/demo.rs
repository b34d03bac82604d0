//! Filling a database with the demo company of `parc_core::demo`, in one
//! transaction, fast enough for 100,000 assets.

use chrono::{DateTime, Utc};

use parc_core::demo::{DemoCompany, DemoSize};
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
}

impl Database {
    /// Adds a demo company of `assets` assets. Refuses a database that already
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
        for _ in 0..assets {
            let a = company.next_asset();
            crate::assets::insert(&tx, &a)?;
            crate::history::record(&tx, "asset", a.id, &actor, now, Action::Created, &[])?;
        }
        tx.commit()?;
        Ok(DemoSummary {
            locations: company.locations.len() as u32,
            people: company.people.len() as u32,
            suppliers: company.suppliers.len() as u32,
            assets,
        })
    }
}
