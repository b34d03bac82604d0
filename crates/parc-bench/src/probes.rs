//! The figures: what the screens of Parc ask the store for, each written
//! twice, once as a call to `parc_db::Database` and once as the SQL that call
//! runs (see `raw.rs`).
//!
//! The list is the issue's: the first page under every sort and every filter,
//! the counts beside them, a search typed letter by letter, the asset page and
//! a single edit.

use chrono::{DateTime, NaiveDate, Utc};
use parc_core::ipc::{AssetColumn, AssetQuery, WarrantyFilter};
use parc_core::{Asset, AssetStatus};
use parc_db::Database;
use rusqlite::types::Value;
use uuid::Uuid;

use crate::error::Result;
use crate::raw::{Outcome, PAGE, SqlOp, note};
use crate::setup::Fixtures;

/// Which target a figure has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Sort,
    Filter,
    Count,
    Search,
    AssetPage,
    Update,
    /// The ticket queue's pages.
    Queue,
    /// The ticket queue's search as you type.
    QueueSearch,
}

impl Group {
    /// The target: 10 ms, 15 for search as you type.
    pub fn limit_ms(self) -> f64 {
        if matches!(self, Group::Search | Group::QueueSearch) { 15.0 } else { 10.0 }
    }
}

/// A call to Parc's store.
#[derive(Debug, Clone)]
pub enum ParcOp {
    List(AssetQuery),
    Count(AssetQuery),
    Detail(Uuid),
    /// Saves the asset with new notes (one change, one history entry) at this time.
    Update(Box<Asset>, DateTime<Utc>),
    /// A page of the ticket queue at this time.
    Tickets(parc_core::desk::TicketQuery, DateTime<Utc>),
    TicketCount(parc_core::desk::TicketQuery, DateTime<Utc>),
    /// The ticket page; the outcome is its number of timeline entries.
    Ticket(Uuid, DateTime<Utc>),
}

/// One figure: the same work on both sides.
#[derive(Debug, Clone)]
pub struct Probe {
    pub name: String,
    pub group: Group,
    pub parc: ParcOp,
    pub sql: SqlOp,
}

/// Runs the Parc side of a figure once.
pub fn run_parc(db: &mut Database, op: &ParcOp, today: NaiveDate, run: u32) -> Result<Outcome> {
    Ok(match op {
        ParcOp::List(q) => Outcome::Ids(db.list_assets(q, today)?.into_iter().map(|r| r.id).collect()),
        ParcOp::Count(q) => Outcome::Count(u64::from(db.count_assets(q, today)?)),
        ParcOp::Detail(id) => {
            let d = db.asset_detail(*id)?;
            Outcome::Page { path: d.location_path.unwrap_or_default(), history: d.history.len() }
        }
        ParcOp::Update(asset, at) => {
            let mut a = (**asset).clone();
            a.notes = Some(note("parc", run));
            Outcome::Written(db.update_asset(&a, *at)?.len())
        }
        ParcOp::Tickets(q, now) => {
            Outcome::Ids(db.list_tickets(q, *now, parc_core::Lang::Fr)?.into_iter().map(|r| r.id).collect())
        }
        ParcOp::TicketCount(q, now) => Outcome::Count(u64::from(db.count_tickets(q, *now)?)),
        ParcOp::Ticket(id, now) => Outcome::Count(db.ticket(*id, parc_core::Lang::Fr, *now)?.events.len() as u64),
    })
}

/// A filter of the inventory list, on both sides.
struct Filter {
    label: String,
    query: AssetQuery,
    where_clause: String,
    args: Vec<Value>,
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

fn blob(id: Uuid) -> Value {
    Value::Blob(id.as_bytes().to_vec())
}

/// `WHERE` for "this location and every location under it", as `parc-db` writes it.
const SUBTREE: &str = "WHERE a.location_id IN (WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL \
    SELECT l.id FROM locations l JOIN sub ON l.parent_id = sub.id) SELECT id FROM sub)";

fn filters(fx: &Fixtures, today: NaiveDate) -> Vec<Filter> {
    let q = AssetQuery::default();
    let soon = today + chrono::Duration::days(90);
    vec![
        Filter {
            label: "status deployed".into(),
            query: AssetQuery { status: Some(AssetStatus::Deployed), ..q.clone() },
            where_clause: "WHERE a.status = ?1".into(),
            args: vec![text(AssetStatus::Deployed.as_str())],
        },
        Filter {
            label: "kind laptop".into(),
            query: AssetQuery { kind: Some("laptop".into()), ..q.clone() },
            where_clause: "WHERE a.kind = ?1".into(),
            args: vec![text("laptop")],
        },
        Filter {
            label: format!("site {} (subtree)", fx.site_name),
            query: AssetQuery { location_id: Some(fx.site), ..q.clone() },
            where_clause: SUBTREE.into(),
            args: vec![blob(fx.site)],
        },
        Filter {
            label: format!("room {}", fx.room_name),
            query: AssetQuery { location_id: Some(fx.room), ..q.clone() },
            where_clause: SUBTREE.into(),
            args: vec![blob(fx.room)],
        },
        Filter {
            label: format!("assignee {}", fx.person_name),
            query: AssetQuery { assignee_id: Some(fx.person), ..q.clone() },
            where_clause: "WHERE a.assignee_id = ?1".into(),
            args: vec![blob(fx.person)],
        },
        Filter {
            label: "warranty expired".into(),
            query: AssetQuery { warranty: Some(WarrantyFilter::Expired), ..q.clone() },
            where_clause: "WHERE a.warranty_end < ?1".into(),
            args: vec![text(&today.to_string())],
        },
        Filter {
            label: "warranty ends within 90 days".into(),
            query: AssetQuery { warranty: Some(WarrantyFilter::EndingSoon), ..q },
            where_clause: "WHERE a.warranty_end >= ?1 AND a.warranty_end <= ?2".into(),
            args: vec![text(&today.to_string()), text(&soon.to_string())],
        },
    ]
}

fn column_label(c: AssetColumn) -> &'static str {
    match c {
        AssetColumn::Tag => "tag",
        AssetColumn::Name => "name",
        AssetColumn::Kind => "kind",
        AssetColumn::Status => "status",
        AssetColumn::Serial => "serial",
        AssetColumn::Manufacturer => "manufacturer",
        AssetColumn::Model => "model",
        AssetColumn::Location => "location",
        AssetColumn::Assignee => "assignee",
        AssetColumn::WarrantyEnd => "warranty end",
        AssetColumn::PurchaseDate => "purchase date",
        AssetColumn::PurchaseCost => "purchase cost",
        AssetColumn::UpdatedAt => "updated",
    }
}

/// The index that gives a sort's order, as `parc-db` names it (migration 2).
fn sort_index(c: AssetColumn) -> &'static str {
    match c {
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

/// `ORDER BY` of the list, as `parc-db` writes it: the tag, case-insensitive,
/// or the column with the tag breaking ties.
fn order(c: AssetColumn, descending: bool) -> String {
    let dir = if descending { "DESC" } else { "ASC" };
    let key = match c {
        AssetColumn::Tag => return format!("a.tag COLLATE NOCASE {dir}"),
        AssetColumn::Manufacturer => {
            return format!("a.manufacturer {dir}, a.model {dir}, a.tag COLLATE NOCASE {dir}");
        }
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
    format!("{key} {dir}, a.tag COLLATE NOCASE {dir}")
}

/// What is typed, one keystroke at a time: every prefix of `word` from `from` characters.
fn keystrokes(word: &str, from: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (from.max(1)..=chars.len()).map(|n| chars[..n].iter().collect()).collect()
}

/// The FTS5 query `parc-db` makes of one typed word (`assets::fts_query`).
fn fts_word(word: &str) -> String {
    format!("\"{}\"*", word.replace('"', "\"\""))
}

/// Every figure of the benchmark, in the order of the table.
pub fn probes(db: &Database, fx: &Fixtures, now: DateTime<Utc>, today: NaiveDate) -> Result<Vec<Probe>> {
    let page = |q: AssetQuery| AssetQuery { offset: 0, limit: PAGE, ..q };
    let mut out = Vec::new();

    let sorts = AssetColumn::ALL.iter().map(|c| (*c, false)).chain([(AssetColumn::Tag, true)]);
    for (c, descending) in sorts {
        out.push(Probe {
            name: format!("page · sort {} {}", column_label(c), if descending { "↓" } else { "↑" }),
            group: Group::Sort,
            parc: ParcOp::List(page(AssetQuery { sort: c, descending, ..AssetQuery::default() })),
            sql: SqlOp::page(String::new(), order(c, descending), Vec::new(), sort_index(c)),
        });
    }

    let filters = filters(fx, today);
    for f in &filters {
        out.push(Probe {
            name: format!("page · {}", f.label),
            group: Group::Filter,
            parc: ParcOp::List(page(f.query.clone())),
            sql: SqlOp::page(f.where_clause.clone(), order(AssetColumn::Tag, false), f.args.clone(), "assets_tag"),
        });
    }

    out.push(Probe {
        name: "count · all".into(),
        group: Group::Count,
        parc: ParcOp::Count(AssetQuery::default()),
        sql: SqlOp::Count { where_clause: String::new(), args: Vec::new() },
    });
    for f in &filters {
        out.push(Probe {
            name: format!("count · {}", f.label),
            group: Group::Count,
            parc: ParcOp::Count(f.query.clone()),
            sql: SqlOp::Count { where_clause: f.where_clause.clone(), args: f.args.clone() },
        });
    }

    // A person's name typed letter by letter, then an asset tag from "PARC-0".
    let tag_from = fx.typed_tag.find('-').map_or(1, |i| i + 2);
    let typed = keystrokes(&fx.last_name.to_lowercase(), 1).into_iter().chain(keystrokes(&fx.typed_tag, tag_from));
    for word in typed {
        out.push(Probe {
            name: format!("search «{word}»"),
            group: Group::Search,
            parc: ParcOp::List(page(AssetQuery { search: Some(word.clone()), ..AssetQuery::default() })),
            sql: SqlOp::search(
                "WHERE a.rowid IN (SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?1)".into(),
                order(AssetColumn::Tag, false),
                vec![Value::Text(fts_word(&word))],
                "assets_tag",
                fts_word(&word),
            ),
        });
    }

    let history = db.history(fx.asset)?.len();
    out.push(Probe {
        name: format!("asset page · {} with {history} history entries", fx.asset_tag),
        group: Group::AssetPage,
        parc: ParcOp::Detail(fx.asset),
        sql: SqlOp::Detail(fx.asset),
    });

    // After the history the fixtures wrote, so that it stays in order.
    let at = now + chrono::Duration::days(60);
    out.push(Probe {
        name: format!("update · notes of {} + history", fx.asset_tag),
        group: Group::Update,
        parc: ParcOp::Update(Box::new(db.asset(fx.asset)?), at),
        sql: SqlOp::Update { id: fx.asset, actor: db.actor().to_string(), at },
    });
    out.extend(crate::queue::probes(db, now)?);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_gives_every_prefix() {
        assert_eq!(keystrokes("dupont", 1), ["d", "du", "dup", "dupo", "dupon", "dupont"]);
        assert_eq!(
            keystrokes("PARC-001234", 6),
            ["PARC-0", "PARC-00", "PARC-001", "PARC-0012", "PARC-00123", "PARC-001234"]
        );
        assert_eq!(keystrokes("lefèvre", 5), ["lefèv", "lefèvr", "lefèvre"]);
    }

    #[test]
    fn one_typed_word_is_the_query_parc_makes() {
        // `parc_db::assets::fts_query` (private) turns `PARC-0012` into this.
        assert_eq!(fts_word("PARC-0012"), "\"PARC-0012\"*");
    }
}
