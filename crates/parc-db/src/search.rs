//! The global search (Ctrl+K): assets, people, locations and suppliers at once.

use rusqlite::params;

use parc_core::ipc::{HitKind, SearchHit};

use crate::Database;
use crate::error::Result;

/// Hits per kind of record: enough to choose from, few enough to read.
const PER_KIND: u32 = 6;

impl Database {
    pub fn global_search(&self, text: &str) -> Result<Vec<SearchHit>> {
        let mut hits = Vec::new();
        let Some(fts) = crate::assets::fts_query(text) else { return Ok(hits) };
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT a.id, a.tag || ' · ' || a.name, coalesce(a.model, '') || coalesce(' · ' || a.assignee_name, '') \
                 FROM assets a WHERE a.rowid IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?1) \
                 ORDER BY a.tag LIMIT ?2",
            )?;
            for row in stmt.query_map(params![fts, PER_KIND], |r| {
                Ok(SearchHit { kind: HitKind::Asset, id: r.get(0)?, title: r.get(1)?, subtitle: r.get(2)? })
            })? {
                hits.push(row?);
            }
        }
        let first = text.split_whitespace().next().unwrap_or_default();
        for p in self.people(Some(text), PER_KIND)? {
            hits.push(SearchHit {
                kind: HitKind::Person,
                id: p.person.id,
                title: p.person.display_name(),
                subtitle: p.person.email.clone().or(p.person.department.clone()),
            });
        }
        let like = format!("%{}%", crate::sql::like_escape(first));
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, name, kind FROM locations WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
            )?;
            for row in stmt.query_map(params![like, PER_KIND], |r| {
                Ok(SearchHit { kind: HitKind::Location, id: r.get(0)?, title: r.get(1)?, subtitle: r.get(2)? })
            })? {
                let mut hit = row?;
                hit.subtitle = Some(self.location_path(hit.id)?);
                hits.push(hit);
            }
        }
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, name, contact FROM suppliers WHERE name LIKE ?1 ESCAPE '\\' ORDER BY name LIMIT ?2",
            )?;
            for row in stmt.query_map(params![like, PER_KIND], |r| {
                Ok(SearchHit { kind: HitKind::Supplier, id: r.get(0)?, title: r.get(1)?, subtitle: r.get(2)? })
            })? {
                hits.push(row?);
            }
        }
        Ok(hits)
    }
}
