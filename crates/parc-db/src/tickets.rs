//! The `tickets` table and its timeline: the helpdesk.
//!
//! Every action goes through the core's rules ([`Ticket::apply`]) on a ticket
//! read in the same transaction, then the row, its due times and the timeline
//! entry are written together: the timeline can never disagree with the
//! ticket, and a refused action writes nothing.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params, params_from_iter};
use uuid::Uuid;

use parc_core::desk::{
    EventKind, FollowupInput, TaskInput, TicketColumn, TicketCommand, TicketDetail, TicketEvent, TicketInput,
    TicketQuery, TicketRow, TicketView, allowed_commands,
};
use parc_core::helpdesk::HelpdeskSettings;
use parc_core::ipc::Reference;
use parc_core::priority::{Level, Priority};
use parc_core::ticket::{
    Assignee, Channel, PendingPeriod, Solution, SolutionKind, Ticket, TicketAction, TicketError, TicketKind,
    TicketStatus,
};
use parc_core::{Lang, non_empty};

use crate::Database;
use crate::error::{DbError, Result};
use crate::sql::like_escape;

/// The default page of the queue.
pub const DEFAULT_PAGE: u32 = 100;

const COLUMNS: &str = "id, number, kind, title, description, requester_id, category, channel, urgency, impact, \
    priority, priority_by_hand, status, resume_to, technician, supplier_id, opened_at, owned_at, solved_at, \
    closed_at, pending, solution_kind, solution, satisfaction, satisfaction_comment, updated_at";

const OPEN: &str = "('new', 'assigned', 'planned', 'pending')";

/// A ticket as stored: the core's ticket and what only the table knows.
pub(crate) struct Stored {
    pub ticket: Ticket,
    pub number: u32,
    pub updated_at: DateTime<Utc>,
}

fn bad(what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("unknown {what} {value:?} in the tickets table").into(),
    )
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Stored> {
    let text = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let kind = text(2)?;
    let channel = text(7)?;
    let status = text(12)?;
    let level = |i: usize| -> rusqlite::Result<Level> {
        let n: u8 = r.get(i)?;
        Level::new(n).ok_or_else(|| bad("level", &n.to_string()))
    };
    let priority: u8 = r.get(10)?;
    let technician: Option<String> = r.get(14)?;
    let supplier: Option<Uuid> = r.get(15)?;
    let pending: String = r.get(20)?;
    let solution_kind: Option<String> = r.get(21)?;
    let solution: Option<String> = r.get(22)?;
    let resume_to: Option<String> = r.get(13)?;
    Ok(Stored {
        number: r.get(1)?,
        updated_at: r.get(25)?,
        ticket: Ticket {
            id: r.get(0)?,
            kind: TicketKind::parse(&kind).ok_or_else(|| bad("kind", &kind))?,
            title: r.get(3)?,
            description: r.get(4)?,
            requester_id: r.get(5)?,
            asset_ids: Vec::new(),
            category: r.get(6)?,
            channel: Channel::parse(&channel).ok_or_else(|| bad("channel", &channel))?,
            urgency: level(8)?,
            impact: level(9)?,
            priority: Priority::new(priority).ok_or_else(|| bad("priority", &priority.to_string()))?,
            priority_by_hand: r.get(11)?,
            status: TicketStatus::parse(&status).ok_or_else(|| bad("status", &status))?,
            assignee: match (technician, supplier) {
                (Some(name), _) => Some(Assignee::Technician(name)),
                (None, Some(id)) => Some(Assignee::Supplier(id)),
                (None, None) => None,
            },
            opened_at: r.get(16)?,
            owned_at: r.get(17)?,
            solved_at: r.get(18)?,
            closed_at: r.get(19)?,
            pending: serde_json::from_str::<Vec<PendingPeriod>>(&pending).map_err(|_| bad("pending", &pending))?,
            resume_to: resume_to.as_deref().and_then(TicketStatus::parse),
            solution: match (solution_kind.as_deref().and_then(SolutionKind::parse), solution) {
                (Some(kind), Some(text)) => Some(Solution { kind, text }),
                _ => None,
            },
            satisfaction: r.get(23)?,
            satisfaction_comment: r.get(24)?,
        },
    })
}

/// Reads a ticket (with its linked assets) inside a transaction.
pub(crate) fn load(conn: &Connection, id: Uuid) -> Result<Stored> {
    let mut stored = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM tickets WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| DbError::NoSuchRecord { what: "ticket", id: id.to_string() })?;
    stored.ticket.asset_ids = conn
        .prepare_cached("SELECT asset_id FROM ticket_assets WHERE ticket_id = ?1 ORDER BY asset_id")?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(stored)
}

/// Writes the whole row and its linked assets; due times are recomputed.
pub(crate) fn save(
    conn: &Connection,
    t: &Ticket,
    number: u32,
    settings: &HelpdeskSettings,
    now: DateTime<Utc>,
) -> Result<()> {
    let dues = settings.dues(t);
    let (technician, supplier) = match &t.assignee {
        Some(Assignee::Technician(n)) => (Some(n.as_str()), None),
        Some(Assignee::Supplier(id)) => (None, Some(*id)),
        None => (None, None),
    };
    let pending = serde_json::to_string(&t.pending).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached(&format!(
        "INSERT INTO tickets ({COLUMNS}, own_due, resolve_due, due, requester_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, \
         ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, \
         (SELECT first_name || ' ' || last_name FROM people WHERE id = ?6)) \
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, \
         description = excluded.description, requester_id = excluded.requester_id, category = excluded.category, \
         channel = excluded.channel, urgency = excluded.urgency, impact = excluded.impact, \
         priority = excluded.priority, priority_by_hand = excluded.priority_by_hand, status = excluded.status, \
         resume_to = excluded.resume_to, technician = excluded.technician, supplier_id = excluded.supplier_id, \
         owned_at = excluded.owned_at, solved_at = excluded.solved_at, closed_at = excluded.closed_at, \
         pending = excluded.pending, solution_kind = excluded.solution_kind, solution = excluded.solution, \
         satisfaction = excluded.satisfaction, satisfaction_comment = excluded.satisfaction_comment, \
         updated_at = excluded.updated_at, own_due = excluded.own_due, resolve_due = excluded.resolve_due, due = excluded.due, \
         requester_name = excluded.requester_name"
    ))?
    .execute(params![
        t.id,
        number,
        t.kind.code(),
        t.title,
        t.description,
        t.requester_id,
        t.category,
        t.channel.code(),
        t.urgency.get(),
        t.impact.get(),
        t.priority.get(),
        t.priority_by_hand,
        t.status.code(),
        t.resume_to.map(TicketStatus::code),
        technician,
        supplier,
        t.opened_at,
        t.owned_at,
        t.solved_at,
        t.closed_at,
        pending,
        t.solution.as_ref().map(|s| s.kind.code()),
        t.solution.as_ref().map(|s| s.text.as_str()),
        t.satisfaction,
        t.satisfaction_comment,
        now,
        dues.own,
        dues.resolve,
        if t.status.is_open() && t.owned_at.is_none() { dues.own } else { dues.resolve },
    ])?;
    conn.prepare_cached("DELETE FROM ticket_assets WHERE ticket_id = ?1")?.execute([t.id])?;
    let mut link = conn.prepare_cached("INSERT OR IGNORE INTO ticket_assets (ticket_id, asset_id) VALUES (?1, ?2)")?;
    for asset in &t.asset_ids {
        link.execute(params![t.id, asset])?;
    }
    Ok(())
}

/// One timeline entry to write.
#[derive(Default)]
pub(crate) struct Entry<'a> {
    pub body: &'a str,
    pub private: bool,
    pub minutes: Option<u32>,
    pub done: Option<bool>,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub(crate) fn event(
    conn: &Connection,
    ticket: Uuid,
    kind: EventKind,
    actor: &str,
    at: DateTime<Utc>,
    e: Entry<'_>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO ticket_events (id, ticket_id, at, author, kind, body, private, minutes, done, old, new) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        parc_core::new_id(),
        ticket,
        at,
        actor,
        kind.as_str(),
        e.body,
        e.private,
        e.minutes,
        e.done,
        e.old,
        e.new
    ])?;
    Ok(())
}

/// Writes the timeline entries of an action that took `before` to `after`.
pub(crate) fn record(
    conn: &Connection,
    id: Uuid,
    before: &Ticket,
    ticket: &Ticket,
    action: &TicketAction,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    match action {
        TicketAction::Assign(_) => {
            let new = assignee_name(conn, &ticket.assignee)?;
            let old = assignee_name(conn, &before.assignee)?;
            event(conn, id, EventKind::Assignment, actor, now, Entry { old, new, ..Default::default() })?;
        }
        TicketAction::Solve(solution) => {
            let entry = Entry { body: &solution.text, new: Some(solution.kind.code().into()), ..Default::default() };
            event(conn, id, EventKind::Solution, actor, now, entry)?;
        }
        TicketAction::Close { satisfaction, comment } => {
            let entry = Entry {
                body: comment.as_deref().unwrap_or(""),
                new: satisfaction.map(|s| s.to_string()),
                ..Default::default()
            };
            event(conn, id, EventKind::Closing, actor, now, entry)?;
        }
        TicketAction::Rate { .. } | TicketAction::MakeMajor if before.priority != ticket.priority => {
            let entry = Entry {
                old: Some(before.priority.get().to_string()),
                new: Some(ticket.priority.get().to_string()),
                ..Default::default()
            };
            event(conn, id, EventKind::Priority, actor, now, entry)?;
        }
        _ => {}
    }
    if before.status != ticket.status && !matches!(action, TicketAction::Close { .. } | TicketAction::Solve(_)) {
        let entry = Entry {
            old: Some(before.status.code().into()),
            new: Some(ticket.status.code().into()),
            ..Default::default()
        };
        event(conn, id, EventKind::Status, actor, now, entry)?;
    }
    Ok(())
}

fn assignee_name(conn: &Connection, a: &Option<Assignee>) -> Result<Option<String>> {
    Ok(match a {
        Some(Assignee::Technician(name)) => Some(name.clone()),
        Some(Assignee::Supplier(id)) => {
            conn.prepare_cached("SELECT name FROM suppliers WHERE id = ?1")?.query_row([id], |r| r.get(0)).optional()?
        }
        None => None,
    })
}

fn check_category(conn: &Connection, code: &str) -> Result<()> {
    let known: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM ticket_categories WHERE code = ?1)")?
        .query_row([code], |r| r.get(0))?;
    if known { Ok(()) } else { Err(DbError::NoSuchRecord { what: "ticket category", id: code.into() }) }
}

fn level(n: u8) -> Result<Level> {
    Level::new(n).ok_or(DbError::Ticket(TicketError::BadLevel))
}

fn begin(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

impl Database {
    /// Opens a ticket; a template's checklist becomes its tasks, written in
    /// `lang` (the language of whoever opens it).
    pub fn create_ticket(&mut self, input: &TicketInput, lang: Lang, now: DateTime<Utc>) -> Result<Uuid> {
        let settings = self.helpdesk_settings()?;
        let mut t = Ticket::open(
            input.kind,
            &input.title,
            &input.description,
            level(input.urgency)?,
            level(input.impact)?,
            input.channel,
            &settings.matrix,
            now,
        )?;
        t.requester_id = input.requester_id;
        t.asset_ids = input.asset_ids.clone();
        t.category = input.category.trim().to_string();
        let tasks = match non_empty(&input.template) {
            Some(code) => self.template_tasks(&code, lang)?,
            None => Vec::new(),
        };
        let tx = begin(&mut self.conn)?;
        check_category(&tx, &t.category)?;
        let number: u32 = tx.query_row("SELECT coalesce(max(number), 0) + 1 FROM tickets", [], |r| r.get(0))?;
        save(&tx, &t, number, &settings, now)?;
        event(&tx, t.id, EventKind::Opened, &self.actor, now, Entry::default())?;
        for task in &tasks {
            event(
                &tx,
                t.id,
                EventKind::Task,
                &self.actor,
                now,
                Entry { body: task, done: Some(false), ..Default::default() },
            )?;
        }
        tx.commit()?;
        Ok(t.id)
    }

    /// Edits what the form holds. Urgency and impact go through the rules so
    /// that the priority follows the matrix (or stays "major").
    pub fn update_ticket(&mut self, id: Uuid, input: &TicketInput, now: DateTime<Utc>) -> Result<()> {
        let settings = self.helpdesk_settings()?;
        let actor = self.actor.clone();
        let tx = begin(&mut self.conn)?;
        let Stored { mut ticket, number, .. } = load(&tx, id)?;
        if ticket.status == TicketStatus::Closed {
            return Err(TicketError::Closed.into());
        }
        if input.title.trim().is_empty() {
            return Err(TicketError::EmptyTitle.into());
        }
        let before = ticket.priority;
        ticket.apply(
            TicketAction::Rate { urgency: level(input.urgency)?, impact: level(input.impact)? },
            &settings.matrix,
            now,
        )?;
        ticket.kind = input.kind;
        ticket.title = input.title.trim().into();
        ticket.description = input.description.trim().into();
        ticket.requester_id = input.requester_id;
        ticket.asset_ids = input.asset_ids.clone();
        ticket.category = input.category.trim().into();
        ticket.channel = input.channel;
        check_category(&tx, &ticket.category)?;
        save(&tx, &ticket, number, &settings, now)?;
        if ticket.priority != before {
            let entry = Entry {
                old: Some(before.get().to_string()),
                new: Some(ticket.priority.get().to_string()),
                ..Default::default()
            };
            event(&tx, id, EventKind::Priority, &actor, now, entry)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Applies a command from the ticket page or the command line.
    pub fn act_on_ticket(&mut self, id: Uuid, command: TicketCommand, now: DateTime<Utc>) -> Result<()> {
        let settings = self.helpdesk_settings()?;
        let actor = self.actor.clone();
        let action = command.into_action(&actor)?;
        let tx = begin(&mut self.conn)?;
        let Stored { mut ticket, number, .. } = load(&tx, id)?;
        let before = ticket.clone();
        ticket.apply(action.clone(), &settings.matrix, now)?;
        save(&tx, &ticket, number, &settings, now)?;
        record(&tx, id, &before, &ticket, &action, &actor, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds a follow-up (public, or private to the IT team).
    pub fn add_followup(&mut self, id: Uuid, input: &FollowupInput, now: DateTime<Utc>) -> Result<()> {
        let body = input.body.trim();
        if body.is_empty() {
            return Err(parc_core::error::RuleError::Required("followup").into());
        }
        self.touch(id, now, |tx, actor| {
            event(tx, id, EventKind::Followup, actor, now, Entry { body, private: input.private, ..Default::default() })
        })
    }

    /// Adds a task with the time it took.
    pub fn add_task(&mut self, id: Uuid, input: &TaskInput, now: DateTime<Utc>) -> Result<()> {
        let body = input.body.trim();
        if body.is_empty() {
            return Err(parc_core::error::RuleError::Required("task").into());
        }
        self.touch(id, now, |tx, actor| {
            let entry = Entry { body, minutes: Some(input.minutes), done: Some(input.done), ..Default::default() };
            event(tx, id, EventKind::Task, actor, now, entry)
        })
    }

    /// Ticks or unticks a task of the checklist, with the time it took.
    pub fn set_task_done(
        &mut self,
        event_id: Uuid,
        done: bool,
        minutes: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let ticket: Uuid = self
            .conn
            .query_row("SELECT ticket_id FROM ticket_events WHERE id = ?1 AND kind = 'task'", [event_id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "task", id: event_id.to_string() })?;
        self.touch(ticket, now, |tx, _| {
            tx.execute(
                "UPDATE ticket_events SET done = ?2, minutes = coalesce(?3, minutes) WHERE id = ?1",
                params![event_id, done, minutes],
            )?;
            Ok(())
        })
    }

    /// Runs a timeline write on an open ticket and marks it updated.
    fn touch(
        &mut self,
        id: Uuid,
        now: DateTime<Utc>,
        write: impl FnOnce(&Transaction<'_>, &str) -> Result<()>,
    ) -> Result<()> {
        let actor = self.actor.clone();
        let tx = begin(&mut self.conn)?;
        let stored = load(&tx, id)?;
        if stored.ticket.status == TicketStatus::Closed {
            return Err(TicketError::Closed.into());
        }
        write(&tx, &actor)?;
        tx.execute("UPDATE tickets SET updated_at = ?2 WHERE id = ?1", params![id, now])?;
        tx.commit()?;
        Ok(())
    }

    /// The id of ticket number `n` (`#42` on screen).
    pub fn ticket_id(&self, number: u32) -> Result<Uuid> {
        self.conn
            .query_row("SELECT id FROM tickets WHERE number = ?1", [number], |r| r.get(0))
            .optional()?
            .ok_or_else(|| DbError::NoSuchRecord { what: "ticket", id: format!("#{number}") })
    }

    /// Everything the ticket page shows.
    pub fn ticket(&self, id: Uuid, lang: Lang, now: DateTime<Utc>) -> Result<TicketDetail> {
        let settings = self.helpdesk_settings()?;
        let Stored { ticket, number, updated_at } = load(&self.conn, id)?;
        let requester = match ticket.requester_id {
            Some(pid) => self
                .conn
                .query_row("SELECT first_name || ' ' || last_name FROM people WHERE id = ?1", [pid], |r| r.get(0))
                .optional()?
                .map(|name| Reference { id: pid, name }),
            None => None,
        };
        let mut assets = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT a.id, a.tag || ' — ' || a.name FROM ticket_assets t JOIN assets a ON a.id = t.asset_id \
                 WHERE t.ticket_id = ?1 ORDER BY a.tag",
            )?;
            for r in stmt.query_map([id], |r| Ok(Reference { id: r.get(0)?, name: r.get(1)? }))? {
                assets.push(r?);
            }
        }
        let events = self.events(id, lang)?;
        let time_spent = events.iter().filter(|e| e.kind == EventKind::Task).filter_map(|e| e.minutes).sum();
        let dues = settings.dues(&ticket);
        let open = ticket.status.is_open();
        let overdue = open
            && (ticket.owned_at.is_none() && dues.own.is_some_and(|d| now > d)
                || dues.resolve.is_some_and(|d| now > d));
        Ok(TicketDetail {
            number,
            category_label: self.category_label(&ticket.category, lang)?,
            requester,
            assets,
            assignee: assignee_name(&self.conn, &ticket.assignee)?,
            assigned_to_me: matches!(&ticket.assignee, Some(Assignee::Technician(name)) if *name == self.actor),
            own_due: dues.own,
            resolve_due: dues.resolve,
            paused: ticket.status == TicketStatus::Pending,
            overdue,
            time_spent,
            allowed: allowed_commands(&ticket, &settings.matrix, now),
            events,
            updated_at,
            ticket,
        })
    }

    fn events(&self, id: Uuid, lang: Lang) -> Result<Vec<TicketEvent>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, author, kind, body, private, minutes, done, old, new FROM ticket_events \
             WHERE ticket_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([id], |r| {
            let kind: String = r.get(3)?;
            let kind = EventKind::parse(&kind).ok_or_else(|| bad("event", &kind))?;
            let say = |v: Option<String>| -> Option<String> {
                let v = v?;
                Some(match kind {
                    EventKind::Status => TicketStatus::parse(&v).map_or(v, |s| s.label(lang).into()),
                    EventKind::Priority => {
                        v.parse().ok().and_then(Priority::new).map_or(v, |p| format!("{} ({})", p.get(), p.label(lang)))
                    }
                    EventKind::Solution => SolutionKind::parse(&v).map_or(v, |s| s.label(lang).into()),
                    _ => v,
                })
            };
            Ok(TicketEvent {
                id: r.get(0)?,
                at: r.get(1)?,
                author: r.get(2)?,
                kind,
                body: r.get(4)?,
                private: r.get(5)?,
                minutes: r.get(6)?,
                done: r.get(7)?,
                old: say(r.get(8)?),
                new: say(r.get(9)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A page of the queue.
    pub fn list_tickets(&self, q: &TicketQuery, now: DateTime<Utc>, lang: Lang) -> Result<Vec<TicketRow>> {
        let (filter, mut args) = self.ticket_filter(q);
        let dir = if q.descending { "DESC" } else { "ASC" };
        let order = match q.sort {
            TicketColumn::Number => format!("t.number {dir}"),
            TicketColumn::Title => format!("t.title COLLATE NOCASE {dir}, t.number {dir}"),
            TicketColumn::Priority => format!("t.priority {dir}, t.number {dir}"),
            // The same expression as the index `tickets_status_rank`.
            TicketColumn::Status => format!(
                "(CASE t.status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 WHEN 'planned' THEN 2 WHEN 'pending' THEN 3 \
                 WHEN 'solved' THEN 4 ELSE 5 END) {dir}, t.number {dir}"
            ),
            TicketColumn::Category => format!("t.category {dir}, t.number {dir}"),
            // Unnamed requesters last going up (first going down: one index serves both).
            TicketColumn::Requester => {
                format!("t.requester_name IS NULL {dir}, t.requester_name COLLATE NOCASE {dir}, t.number {dir}")
            }
            TicketColumn::Opened => format!("t.opened_at {dir}, t.number {dir}"),
            TicketColumn::Due => format!("t.due IS NULL {dir}, t.due {dir}, t.number {dir}"),
            TicketColumn::Updated => format!("t.updated_at {dir}, t.number {dir}"),
        };
        let limit = if q.limit == 0 { DEFAULT_PAGE } else { q.limit.min(1000) };
        let label = if lang == Lang::Fr { "c.label_fr" } else { "c.label_en" };
        let sql = format!(
            "SELECT t.id, t.number, t.kind, t.title, t.status, t.priority, t.category, {label}, t.requester_name, \
             coalesce(t.technician, s.name), t.opened_at, \
             t.due, \
             coalesce(t.status IN {OPEN} AND ((t.owned_at IS NULL AND t.own_due < ?1) OR t.resolve_due < ?1), 0), \
             t.updated_at \
             FROM tickets t JOIN ticket_categories c ON c.code = t.category \
             LEFT JOIN suppliers s ON s.id = t.supplier_id \
             WHERE {filter} ORDER BY {order} LIMIT {limit} OFFSET {}",
            q.offset
        );
        args.insert(0, rusqlite::types::Value::Text(now.format(crate::assets::TIMESTAMP).to_string()));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            let kind: String = r.get(2)?;
            let status: String = r.get(4)?;
            Ok(TicketRow {
                id: r.get(0)?,
                number: r.get(1)?,
                kind: TicketKind::parse(&kind).ok_or_else(|| bad("kind", &kind))?,
                title: r.get(3)?,
                status: TicketStatus::parse(&status).ok_or_else(|| bad("status", &status))?,
                priority: r.get(5)?,
                category: r.get(6)?,
                category_label: r.get(7)?,
                requester_name: r.get(8)?,
                assignee: r.get(9)?,
                opened_at: r.get(10)?,
                due: r.get(11)?,
                overdue: r.get(12)?,
                updated_at: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many tickets the query matches (all pages).
    pub fn count_tickets(&self, q: &TicketQuery, now: DateTime<Utc>) -> Result<u32> {
        let (filter, mut args) = self.ticket_filter(q);
        args.insert(0, rusqlite::types::Value::Text(now.format(crate::assets::TIMESTAMP).to_string()));
        // ?1 (now) is referenced by the overdue view only; keep numbering stable.
        let sql = format!("SELECT count(*) FROM tickets t WHERE ?1 IS NOT NULL AND {filter}");
        Ok(self.conn.prepare_cached(&sql)?.query_row(params_from_iter(args), |r| r.get(0))?)
    }

    /// The WHERE clause of a query; parameters start at ?2 (?1 is now).
    fn ticket_filter(&self, q: &TicketQuery) -> (String, Vec<rusqlite::types::Value>) {
        use rusqlite::types::Value;
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        let arg = |v: Value, args: &mut Vec<Value>| {
            args.push(v);
            format!("?{}", args.len() + 1)
        };
        match q.view {
            TicketView::Open => clauses.push(format!("t.status IN {OPEN}")),
            TicketView::Mine => {
                let p = arg(Value::Text(self.actor.clone()), &mut args);
                clauses.push(format!("t.status IN ('assigned', 'planned', 'pending') AND t.technician = {p}"));
            }
            TicketView::Unassigned => clauses.push("t.status = 'new'".into()),
            TicketView::Overdue => clauses.push(format!(
                "t.status IN {OPEN} AND ((t.owned_at IS NULL AND t.own_due < ?1) OR t.resolve_due < ?1)"
            )),
            TicketView::Pending => clauses.push("t.status = 'pending'".into()),
            TicketView::Solved => clauses.push("t.status = 'solved'".into()),
            TicketView::Closed => clauses.push("t.status = 'closed'".into()),
            TicketView::All => {}
        }
        if let Some(search) = non_empty(&q.search) {
            // `#42` is a ticket number; a bare `42` may also be words of a title.
            let hash = search.strip_prefix('#').and_then(|n| n.trim().parse::<u32>().ok());
            if let Some(n) = hash {
                let p = arg(Value::Integer(n.into()), &mut args);
                clauses.push(format!("t.number = {p}"));
            } else {
                let mut words = Vec::new();
                for word in search.split_whitespace() {
                    let p = arg(Value::Text(format!("%{}%", like_escape(word))), &mut args);
                    words.push(format!("t.title LIKE {p} ESCAPE '\\'"));
                }
                let words = words.join(" AND ");
                clauses.push(match search.parse::<u32>().ok() {
                    Some(n) => {
                        let p = arg(Value::Integer(n.into()), &mut args);
                        format!("(t.number = {p} OR ({words}))")
                    }
                    None => format!("({words})"),
                });
            }
        }
        if let Some(p) = q.priority {
            let p = arg(Value::Integer(p.into()), &mut args);
            clauses.push(format!("t.priority = {p}"));
        }
        if let Some(c) = non_empty(&q.category) {
            let p = arg(Value::Text(c), &mut args);
            clauses.push(format!("t.category = {p}"));
        }
        if let Some(k) = q.kind {
            let p = arg(Value::Text(k.code().into()), &mut args);
            clauses.push(format!("t.kind = {p}"));
        }
        if let Some(r) = q.requester_id {
            let p = arg(Value::Blob(r.as_bytes().to_vec()), &mut args);
            clauses.push(format!("t.requester_id = {p}"));
        }
        if let Some(a) = q.asset_id {
            let p = arg(Value::Blob(a.as_bytes().to_vec()), &mut args);
            clauses.push(format!("t.id IN (SELECT ticket_id FROM ticket_assets WHERE asset_id = {p})"));
        }
        if clauses.is_empty() {
            clauses.push("1".into());
        }
        (clauses.join(" AND "), args)
    }

    /// Rewrites the due times of every open ticket, after the settings changed.
    pub(crate) fn refresh_open_tickets(tx: &Transaction<'_>, settings: &HelpdeskSettings) -> Result<u32> {
        let ids: Vec<Uuid> = tx
            .prepare(&format!("SELECT id FROM tickets WHERE status IN {OPEN}"))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in &ids {
            let Stored { mut ticket, number, updated_at } = load(tx, *id)?;
            if !ticket.priority_by_hand {
                ticket.priority = settings.matrix.priority(ticket.urgency, ticket.impact);
            }
            save(tx, &ticket, number, settings, updated_at)?;
        }
        Ok(ids.len() as u32)
    }
}
