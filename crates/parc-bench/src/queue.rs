//! The helpdesk's figures: the ticket queue under its views and sorts, its
//! counts, a search typed letter by letter, an asset's tickets and the ticket
//! page, on the demo's tickets (one for two assets: 50,000 for 100,000).
//!
//! The plain side is the SQL of `parc_db::tickets` (`list_tickets`,
//! `count_tickets`, `ticket_filter`, `ticket`), written again by hand; the
//! benchmark stops if the two sides return different rows.

use chrono::{DateTime, Utc};
use parc_core::Lang;
use parc_core::desk::{TicketColumn, TicketQuery, TicketView};
use parc_db::Database;
use rusqlite::types::Value;
use uuid::Uuid;

use crate::error::{BenchError, Result};
use crate::probes::{Group, ParcOp, Probe};
use crate::raw::{PAGE, SqlOp};

const OPEN: &str = "('new', 'assigned', 'planned', 'pending')";

/// `list_tickets`'s statement: ?1 is now, then the filter's arguments.
fn list_sql(where_clause: &str, order: &str) -> String {
    format!(
        "SELECT t.id, t.number, t.kind, t.title, t.status, t.priority, t.category, c.label_fr, t.requester_name, \
         coalesce(t.technician, s.name), t.opened_at, \
         t.due, \
         coalesce(t.status IN {OPEN} AND ((t.owned_at IS NULL AND t.own_due < ?1) OR t.resolve_due < ?1), 0), \
         t.updated_at FROM tickets t JOIN ticket_categories c ON c.code = t.category \
         LEFT JOIN suppliers s ON s.id = t.supplier_id WHERE {where_clause} ORDER BY {order} LIMIT {PAGE} OFFSET 0"
    )
}

fn now_arg(now: DateTime<Utc>) -> Value {
    // rusqlite's text form of a DateTime<Utc>, as Parc binds it.
    Value::Text(now.format("%F %T%.f%:z").to_string())
}

fn blob(id: Uuid) -> Value {
    Value::Blob(id.as_bytes().to_vec())
}

struct View {
    label: String,
    query: TicketQuery,
    where_clause: String,
    args: Vec<Value>,
}

/// Every queue figure.
pub fn probes(db: &Database, now: DateTime<Utc>) -> Result<Vec<Probe>> {
    let any = TicketQuery {
        view: TicketView::All,
        sort: TicketColumn::Number,
        descending: true,
        limit: 1000,
        ..Default::default()
    };
    let mut with_asset = None;
    for row in db.list_tickets(&any, now, Lang::Fr)? {
        let detail = db.ticket(row.id, Lang::Fr, now)?;
        if let Some(asset) = detail.ticket.asset_ids.first() {
            with_asset = Some((row.id, row.number, *asset, detail.ticket.requester_id));
            break;
        }
    }
    let Some((ticket, number, asset, requester)) = with_asset else {
        return Err(BenchError::Setup("no demo ticket is linked to an asset".into()));
    };
    let requester = requester.ok_or_else(|| BenchError::Setup("the demo ticket has no requester".into()))?;

    let base = TicketQuery { limit: PAGE, descending: true, ..Default::default() };
    let mine = db.actor().to_string();
    let views = vec![
        View { label: "open".into(), query: base.clone(), where_clause: format!("t.status IN {OPEN}"), args: vec![] },
        View {
            label: "all".into(),
            query: TicketQuery { view: TicketView::All, ..base.clone() },
            where_clause: "1".into(),
            args: vec![],
        },
        View {
            label: "mine".into(),
            query: TicketQuery { view: TicketView::Mine, ..base.clone() },
            where_clause: "t.status IN ('assigned', 'planned', 'pending') AND t.technician = ?2".into(),
            args: vec![Value::Text(mine)],
        },
        View {
            label: "unassigned".into(),
            query: TicketQuery { view: TicketView::Unassigned, ..base.clone() },
            where_clause: "t.status = 'new'".into(),
            args: vec![],
        },
        View {
            label: "overdue".into(),
            query: TicketQuery { view: TicketView::Overdue, ..base.clone() },
            where_clause: format!(
                "t.status IN {OPEN} AND ((t.owned_at IS NULL AND t.own_due < ?1) OR t.resolve_due < ?1)"
            ),
            args: vec![],
        },
        View {
            label: "closed".into(),
            query: TicketQuery { view: TicketView::Closed, ..base.clone() },
            where_clause: "t.status = 'closed'".into(),
            args: vec![],
        },
        View {
            label: "tickets of one asset".into(),
            query: TicketQuery { view: TicketView::All, asset_id: Some(asset), ..base.clone() },
            where_clause: "t.id IN (SELECT ticket_id FROM ticket_assets WHERE asset_id = ?2)".into(),
            args: vec![blob(asset)],
        },
        View {
            label: "tickets of one requester".into(),
            query: TicketQuery { view: TicketView::All, requester_id: Some(requester), ..base.clone() },
            where_clause: "t.requester_id = ?2".into(),
            args: vec![blob(requester)],
        },
    ];

    let mut out = Vec::new();
    let mut push = |name: String, group: Group, query: TicketQuery, where_clause: &str, order: &str, args: &[Value]| {
        let mut all = vec![now_arg(now)];
        all.extend_from_slice(args);
        out.push(Probe {
            name,
            group,
            parc: ParcOp::Tickets(query, now),
            sql: SqlOp::Rows { sql: list_sql(where_clause, order), args: all, count: false },
        });
    };
    for v in &views {
        push(
            format!("queue · {} · newest", v.label),
            Group::Queue,
            v.query.clone(),
            &v.where_clause,
            "t.number DESC",
            &v.args,
        );
    }
    // The sorts, on all 50,000 tickets.
    let sorts = [
        (TicketColumn::Priority, true, "priority ↓", "t.priority DESC, t.number DESC"),
        (
            TicketColumn::Status,
            false,
            "status ↑",
            "(CASE t.status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 WHEN 'planned' THEN 2 WHEN 'pending' THEN 3 WHEN 'solved' THEN 4 ELSE 5 END) ASC, t.number ASC",
        ),
        (TicketColumn::Title, false, "title ↑", "t.title COLLATE NOCASE ASC, t.number ASC"),
        (
            TicketColumn::Requester,
            false,
            "requester ↑",
            "t.requester_name IS NULL ASC, t.requester_name COLLATE NOCASE ASC, t.number ASC",
        ),
        (TicketColumn::Category, false, "category ↑", "t.category ASC, t.number ASC"),
        (TicketColumn::Due, false, "due ↑", "t.due IS NULL ASC, t.due ASC, t.number ASC"),
        (TicketColumn::Updated, true, "updated ↓", "t.updated_at DESC, t.number DESC"),
    ];
    for (sort, descending, label, order) in sorts {
        let q = TicketQuery { view: TicketView::All, sort, descending, ..base.clone() };
        push(format!("queue · all · {label}"), Group::Queue, q, "1", order, &[]);
    }
    let open_by_due = TicketQuery { sort: TicketColumn::Due, descending: false, ..base.clone() };
    push(
        "queue · open · due ↑".into(),
        Group::Queue,
        open_by_due,
        &format!("t.status IN {OPEN}"),
        "t.due IS NULL ASC, t.due ASC, t.number ASC",
        &[],
    );

    // A word typed letter by letter, then a ticket number.
    for typed in ["i", "im", "imp", "impr", "impri", "imprim"] {
        let q = TicketQuery { view: TicketView::All, search: Some(typed.into()), ..base.clone() };
        let pattern = Value::Text(format!("%{typed}%"));
        push(
            format!("queue search «{typed}»"),
            Group::QueueSearch,
            q,
            "(t.title LIKE ?2 ESCAPE '\\')",
            "t.number DESC",
            &[pattern],
        );
    }
    let hash = format!("#{number}");
    let q = TicketQuery { view: TicketView::All, search: Some(hash.clone()), ..base.clone() };
    let args = [Value::Integer(i64::from(number))];
    push(format!("queue search «{hash}»"), Group::QueueSearch, q, "t.number = ?2", "t.number DESC", &args);

    for v in views.iter().filter(|v| ["open", "all", "overdue", "mine"].contains(&v.label.as_str())) {
        let mut args = vec![now_arg(now)];
        args.extend_from_slice(&v.args);
        out.push(Probe {
            name: format!("queue count · {}", v.label),
            group: Group::Count,
            parc: ParcOp::TicketCount(v.query.clone(), now),
            sql: SqlOp::Rows {
                sql: format!("SELECT count(*) FROM tickets t WHERE ?1 IS NOT NULL AND {}", v.where_clause),
                args,
                count: true,
            },
        });
    }

    out.push(Probe {
        name: format!("ticket page · #{number}"),
        group: Group::AssetPage,
        parc: ParcOp::Ticket(ticket, now),
        sql: SqlOp::TicketPage(ticket),
    });
    Ok(out)
}
