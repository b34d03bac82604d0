//! The helpdesk's settings, categories, templates and statistics.
//!
//! Settings are one JSON document in `meta`: they are read with every ticket
//! write (the due times depend on them) and changed rarely; changing them
//! recomputes the open tickets in the same transaction.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use parc_core::Lang;
use parc_core::desk::{CategoryView, StatGroup, TemplateView, TicketStats, WeekCount};
use parc_core::helpdesk::HelpdeskSettings;
use parc_core::priority::Priority;
use parc_core::ticket::{TicketKind, TicketStatus};

use crate::Database;
use crate::error::{DbError, Result};

const SETTINGS_KEY: &str = "helpdesk_settings";

/// One `{fr, en}` task of a template.
#[derive(serde::Deserialize)]
struct TemplateTask {
    fr: String,
    en: String,
}

/// The settings stored in `conn` (the defaults until the user changes them).
pub(crate) fn read_settings(conn: &rusqlite::Connection) -> Result<HelpdeskSettings> {
    Ok(match crate::meta::get(conn, SETTINGS_KEY)? {
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => HelpdeskSettings::default(),
    })
}

impl Database {
    /// The settings in force (the defaults until the user changes them).
    pub fn helpdesk_settings(&self) -> Result<HelpdeskSettings> {
        read_settings(&self.conn)
    }

    /// Saves new settings and recomputes the priority and due times of every
    /// open ticket; returns how many were recomputed.
    pub fn set_helpdesk_settings(&mut self, settings: &HelpdeskSettings) -> Result<u32> {
        settings.validate()?;
        let json = serde_json::to_string(settings).map_err(|e| DbError::Damaged(e.to_string()))?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        crate::meta::set(&tx, SETTINGS_KEY, &json)?;
        let n = Database::refresh_open_tickets(&tx, settings)?;
        tx.commit()?;
        Ok(n)
    }

    pub fn ticket_categories(&self, lang: Lang) -> Result<Vec<CategoryView>> {
        let label = if lang == Lang::Fr { "label_fr" } else { "label_en" };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT code, {label}, builtin FROM ticket_categories ORDER BY position, {label}"
        ))?;
        let rows =
            stmt.query_map([], |r| Ok(CategoryView { code: r.get(0)?, label: r.get(1)?, builtin: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a category of the user's own (or renames one); returns its code.
    pub fn save_ticket_category(&mut self, label_fr: &str, label_en: &str) -> Result<String> {
        let label_fr = label_fr.trim();
        let code = crate::kinds::slug(label_fr);
        if code.is_empty() {
            return Err(parc_core::error::RuleError::Required("label").into());
        }
        let label_en = if label_en.trim().is_empty() { label_fr } else { label_en.trim() };
        self.conn.execute(
            "INSERT INTO ticket_categories (code, label_fr, label_en, builtin, position) VALUES (?1, ?2, ?3, 0, 50) \
             ON CONFLICT (code) DO UPDATE SET label_fr = excluded.label_fr, label_en = excluded.label_en",
            params![code, label_fr, label_en],
        )?;
        Ok(code)
    }

    pub(crate) fn category_label(&self, code: &str, lang: Lang) -> Result<String> {
        let label = if lang == Lang::Fr { "label_fr" } else { "label_en" };
        Ok(self
            .conn
            .prepare_cached(&format!("SELECT {label} FROM ticket_categories WHERE code = ?1"))?
            .query_row([code], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| code.to_string()))
    }

    /// The templates of recurring requests, in the user's language.
    pub fn ticket_templates(&self, lang: Lang) -> Result<Vec<TemplateView>> {
        let fr = lang == Lang::Fr;
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, label_fr, label_en, kind, category, urgency, impact, title_fr, title_en, description_fr, \
             description_en, tasks FROM ticket_templates ORDER BY builtin DESC, label_fr",
        )?;
        let rows = stmt.query_map([], |r| {
            let pick = |i: usize| -> rusqlite::Result<String> { r.get(if fr { i } else { i + 1 }) };
            let kind: String = r.get(3)?;
            let tasks: String = r.get(11)?;
            let tasks: Vec<TemplateTask> = serde_json::from_str(&tasks).unwrap_or_default();
            Ok(TemplateView {
                code: r.get(0)?,
                label: pick(1)?,
                kind: TicketKind::parse(&kind).unwrap_or(TicketKind::Request),
                category: r.get(4)?,
                urgency: r.get(5)?,
                impact: r.get(6)?,
                title: pick(7)?,
                description: pick(9)?,
                tasks: tasks.into_iter().map(|t| if fr { t.fr } else { t.en }).collect(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The checklist a template creates, in `lang` (the tasks are written
    /// once, into the ticket).
    pub(crate) fn template_tasks(&self, code: &str, lang: Lang) -> Result<Vec<String>> {
        self.ticket_templates(lang)?
            .into_iter()
            .find(|t| t.code == code)
            .map(|t| t.tasks)
            .ok_or_else(|| DbError::NoSuchRecord { what: "template", id: code.into() })
    }

    /// The helpdesk's figures over `[from, to]` (local dates of the office).
    pub fn ticket_stats(&self, from: NaiveDate, to: NaiveDate, now: DateTime<Utc>, lang: Lang) -> Result<TicketStats> {
        let settings = self.helpdesk_settings()?;
        let cal = &settings.calendar;
        let (start, end) = (from.min(to), from.max(to));
        let start_utc = settings.utc(start.and_hms_opt(0, 0, 0).unwrap_or_default());
        let end_utc = settings.utc((end + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap_or_default());

        let mut backlog = 0;
        let mut overdue = 0;
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT count(*), coalesce(sum((owned_at IS NULL AND own_due < ?1) OR resolve_due < ?1), 0) \
                 FROM tickets WHERE status IN ('new', 'assigned', 'planned', 'pending')",
            )?;
            stmt.query_row([now], |r| {
                backlog = r.get(0)?;
                overdue = r.get(1)?;
                Ok(())
            })?;
        }

        let monday = |d: NaiveDate| d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
        let mut weeks: BTreeMap<NaiveDate, WeekCount> = BTreeMap::new();
        let mut w = monday(start);
        while w <= end {
            weeks.insert(w, WeekCount { week_start: w, opened: 0, closed: 0 });
            w += Duration::days(7);
        }

        #[derive(Default)]
        struct Acc {
            opened: u32,
            solved: u32,
            backlog: u32,
            resolve_minutes: i64,
            in_time: u32,
            measured: u32,
        }
        let mut by_category: BTreeMap<String, Acc> = BTreeMap::new();
        let mut by_priority: BTreeMap<u8, Acc> = BTreeMap::new();
        let (mut own_sum, mut own_n, mut own_in_time, mut own_measured) = (0i64, 0u32, 0u32, 0u32);
        let (mut res_sum, mut res_n, mut res_in_time, mut res_measured) = (0i64, 0u32, 0u32, 0u32);

        // Solved in the period (whenever opened): the weekly "closed" counts.
        {
            let mut stmt =
                self.conn.prepare_cached("SELECT solved_at FROM tickets WHERE solved_at >= ?1 AND solved_at < ?2")?;
            for solved in stmt.query_map(params![start_utc, end_utc], |r| r.get::<_, DateTime<Utc>>(0))? {
                let day = settings.local(solved?).date();
                if let Some(wk) = weeks.get_mut(&monday(day)) {
                    wk.closed += 1;
                }
            }
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT category, priority, status, opened_at, owned_at, solved_at, own_due, resolve_due, pending \
             FROM tickets WHERE opened_at >= ?1 AND opened_at < ?2",
        )?;
        let mut rows = stmt.query(params![start_utc, end_utc])?;
        while let Some(r) = rows.next()? {
            let category: String = r.get(0)?;
            let priority: u8 = r.get(1)?;
            let status: String = r.get(2)?;
            let opened: DateTime<Utc> = r.get(3)?;
            let owned: Option<DateTime<Utc>> = r.get(4)?;
            let solved: Option<DateTime<Utc>> = r.get(5)?;
            let own_due: Option<DateTime<Utc>> = r.get(6)?;
            let resolve_due: Option<DateTime<Utc>> = r.get(7)?;
            let pending: String = r.get(8)?;
            let open = TicketStatus::parse(&status).is_some_and(TicketStatus::is_open);
            if let Some(wk) = weeks.get_mut(&monday(settings.local(opened).date())) {
                wk.opened += 1;
            }
            let local_opened = settings.local(opened);
            if let Some(o) = owned {
                own_sum += cal.minutes_between(local_opened, settings.local(o));
                own_n += 1;
                if let Some(d) = own_due {
                    own_measured += 1;
                    own_in_time += u32::from(o <= d);
                }
            }
            let mut resolve = None;
            if let Some(s) = solved {
                let periods: Vec<parc_core::ticket::PendingPeriod> = serde_json::from_str(&pending).unwrap_or_default();
                let paused: i64 = periods
                    .iter()
                    .filter_map(|p| p.to.map(|to| cal.minutes_between(settings.local(p.from), settings.local(to))))
                    .sum();
                let minutes = (cal.minutes_between(local_opened, settings.local(s)) - paused).max(0);
                res_sum += minutes;
                res_n += 1;
                let in_time = resolve_due.map(|d| s <= d);
                if let Some(ok) = in_time {
                    res_measured += 1;
                    res_in_time += u32::from(ok);
                }
                resolve = Some((minutes, in_time));
            }
            for acc in [by_category.entry(category).or_default(), by_priority.entry(priority).or_default()] {
                acc.opened += 1;
                acc.backlog += u32::from(open);
                if let Some((minutes, in_time)) = resolve {
                    acc.solved += 1;
                    acc.resolve_minutes += minutes;
                    if let Some(ok) = in_time {
                        acc.measured += 1;
                        acc.in_time += u32::from(ok);
                    }
                }
            }
        }

        let mean = |sum: i64, n: u32| (n > 0).then(|| u32::try_from(sum / i64::from(n)).unwrap_or(u32::MAX));
        let percent = |ok: u32, n: u32| (n > 0).then(|| (f64::from(ok) * 1000.0 / f64::from(n)).round() / 10.0);
        let group = |key: String, label: String, a: &Acc| StatGroup {
            key,
            label,
            opened: a.opened,
            solved: a.solved,
            backlog: a.backlog,
            mean_resolve_minutes: mean(a.resolve_minutes, a.solved),
            sla_percent: percent(a.in_time, a.measured),
        };
        let mut categories = Vec::new();
        for (code, acc) in &by_category {
            categories.push(group(code.clone(), self.category_label(code, lang)?, acc));
        }
        categories.sort_by(|a, b| b.opened.cmp(&a.opened).then_with(|| a.label.cmp(&b.label)));
        let priorities = by_priority
            .iter()
            .rev()
            .map(|(p, acc)| {
                let label =
                    Priority::new(*p).map_or_else(|| p.to_string(), |p| format!("{} — {}", p.get(), p.label(lang)));
                group(p.to_string(), label, acc)
            })
            .collect();

        Ok(TicketStats {
            from: start,
            to: end,
            backlog,
            overdue,
            weeks: weeks.into_values().collect(),
            mean_own_minutes: mean(own_sum, own_n),
            mean_resolve_minutes: mean(res_sum, res_n),
            sla_own_percent: percent(own_in_time, own_measured),
            sla_resolve_percent: percent(res_in_time, res_measured),
            by_category: categories,
            by_priority: priorities,
        })
    }
}
