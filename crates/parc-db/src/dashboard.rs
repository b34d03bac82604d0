//! The dashboard's figures, computed by SQLite from the indexes.

use chrono::NaiveDate;

use parc_core::ipc::{Dashboard, KindCount, StatusCount};
use parc_core::{AssetStatus, Cents};

use crate::Database;
use crate::error::Result;

impl Database {
    pub fn dashboard(&self, today: NaiveDate) -> Result<Dashboard> {
        let count = |sql: &str| -> Result<u32> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let mut by_status = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached("SELECT status, count(*) FROM assets GROUP BY status")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
            for row in rows {
                let (status, n) = row?;
                if let Some(status) = AssetStatus::parse(&status) {
                    by_status.push(StatusCount { status, count: n });
                }
            }
        }
        by_status.sort_by_key(|s| AssetStatus::ALL.iter().position(|x| *x == s.status));
        let by_kind = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT k.code, k.label_fr, k.label_en, count(*) AS n FROM assets a JOIN asset_kinds k ON k.code = a.kind \
                 GROUP BY k.code ORDER BY n DESC, k.code",
            )?;
            stmt.query_map([], |r| {
                Ok(KindCount { kind: r.get(0)?, label_fr: r.get(1)?, label_en: r.get(2)?, count: r.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?
        };
        let in_90_days = today + chrono::Duration::days(90);
        let active = "status NOT IN ('retired', 'lost')";
        let warranty_expired: u32 = self.conn.query_row(
            &format!("SELECT count(*) FROM assets WHERE warranty_end < ?1 AND {active}"),
            [today],
            |r| r.get(0),
        )?;
        let warranty_ending_soon: u32 = self.conn.query_row(
            &format!("SELECT count(*) FROM assets WHERE warranty_end >= ?1 AND warranty_end <= ?2 AND {active}"),
            [today, in_90_days],
            |r| r.get(0),
        )?;
        let fleet_value: i64 = self.conn.query_row(
            "SELECT coalesce(sum(purchase_cost), 0) FROM assets WHERE status NOT IN ('retired', 'lost')",
            [],
            |r| r.get(0),
        )?;
        Ok(Dashboard {
            asset_count: count("SELECT count(*) FROM assets")?,
            people_count: count("SELECT count(*) FROM people")?,
            location_count: count("SELECT count(*) FROM locations")?,
            by_status,
            by_kind,
            warranty_expired,
            warranty_ending_soon,
            fleet_value: Cents(fleet_value),
        })
    }
}
