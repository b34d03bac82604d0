//! `parc tickets …` and `parc changes …`: the helpdesk from a terminal, on
//! the same rules as the window (the priority from the matrix, the SLA clock,
//! the transitions), for scripts and for the IT manager who lives in one.

use std::io::Write;

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Subcommand, ValueEnum};
use parc_core::Lang;
use parc_core::change::ChangeStatus;
use parc_core::desk::{ChangeInput, TicketColumn, TicketCommand, TicketDetail, TicketInput, TicketQuery, TicketView};
use parc_core::helpdesk::HelpdeskSettings;
use parc_core::priority::Priority;
use parc_core::ticket::{Channel, SolutionKind, TicketKind, TicketStatus};
use parc_db::Database;

use crate::CliError;
use crate::cli::Format;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum TicketsCommand {
    /// List tickets (default: the open ones, newest first)
    List(TicketListArgs),
    /// Show a ticket with its timeline
    Show {
        /// Ticket number (42 or #42)
        number: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Open a ticket; prints it with its computed priority
    Add(TicketAddArgs),
    /// Solve (if needed) and close a ticket
    Close {
        /// Ticket number (42 or #42)
        number: String,
        /// The solution; required unless the ticket is already solved
        #[arg(long)]
        solution: Option<String>,
        #[arg(long, value_enum, default_value_t = SolutionArg::Fixed)]
        solution_kind: SolutionArg,
        /// The requester's satisfaction, 1 to 5
        #[arg(long)]
        satisfaction: Option<u8>,
        #[arg(long)]
        comment: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Add a follow-up to a ticket
    Followup {
        number: String,
        text: String,
        /// For the IT team only
        #[arg(long)]
        private: bool,
    },
    /// Backlog, weekly counts, mean times and SLA compliance over a period
    Stats {
        /// First day (default: 8 weeks ago)
        #[arg(long)]
        from: Option<NaiveDate>,
        /// Last day (default: today)
        #[arg(long)]
        to: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Debug, Args)]
pub struct TicketListArgs {
    #[arg(long, value_enum, default_value_t = ViewArg::Open)]
    pub view: ViewArg,
    /// Words of the title, or a number
    #[arg(long)]
    pub search: Option<String>,
    /// Only this priority (1–6)
    #[arg(long)]
    pub priority: Option<u8>,
    /// Only this category code (connexion, acces, compte, poste, impression, reseau, logiciel, messagerie, autre…)
    #[arg(long)]
    pub category: Option<String>,
    /// Only the tickets of this asset (tag or id)
    #[arg(long)]
    pub asset: Option<String>,
    /// Only the tickets of this requester (e-mail, account, name or id)
    #[arg(long)]
    pub requester: Option<String>,
    #[arg(long, value_enum, default_value_t = SortArg::Number)]
    pub sort: SortArg,
    /// Ascending order (default: descending, newest or most urgent first)
    #[arg(long)]
    pub asc: bool,
    /// At most this many tickets (0: all)
    #[arg(long, default_value_t = 0)]
    pub limit: u32,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct TicketAddArgs {
    #[arg(long)]
    pub title: String,
    /// 1 (very low) to 5 (very high)
    #[arg(long, default_value_t = 3)]
    pub urgency: u8,
    /// 1 (very low) to 5 (very high)
    #[arg(long, default_value_t = 3)]
    pub impact: u8,
    #[arg(long, value_enum, default_value_t = KindArg::Incident)]
    pub kind: KindArg,
    #[arg(long, default_value = "")]
    pub description: String,
    /// Linked asset (tag or id); repeat for several
    #[arg(long)]
    pub asset: Vec<String>,
    /// The requester (e-mail, account, name or id)
    #[arg(long)]
    pub requester: Option<String>,
    #[arg(long, default_value = "autre")]
    pub category: String,
    #[arg(long, value_enum, default_value_t = ChannelArg::Phone)]
    pub channel: ChannelArg,
    /// A template whose checklist becomes tasks: password_reset, new_employee, departing_employee
    #[arg(long)]
    pub template: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum ChangesCommand {
    /// List changes, newest first
    List {
        #[arg(long, value_parser = parse_change_status)]
        status: Option<ChangeStatus>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show a change with its seven R
    Show {
        /// Change number (12 or C12)
        number: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Record a change (the seven R may be filled later)
    Add {
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        requested_by: String,
        #[arg(long, default_value = "")]
        reason: String,
        #[arg(long = "return", default_value = "")]
        expected_return: String,
        #[arg(long, default_value = "")]
        risks: String,
        #[arg(long, default_value = "")]
        resources: String,
        /// Who builds, tests and deploys (one name for all three)
        #[arg(long, default_value = "")]
        responsible: String,
        #[arg(long, default_value = "")]
        relationships: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ViewArg {
    Open,
    Mine,
    Unassigned,
    Overdue,
    Pending,
    Solved,
    Closed,
    All,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Number,
    Title,
    Priority,
    Status,
    Category,
    Requester,
    Opened,
    Due,
    Updated,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Incident,
    Request,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ChannelArg {
    Phone,
    Email,
    InPerson,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SolutionArg {
    Fixed,
    Workaround,
    Explained,
    Replaced,
    Cancelled,
}

fn parse_change_status(s: &str) -> Result<ChangeStatus, String> {
    ChangeStatus::parse(s).ok_or_else(|| {
        let all: Vec<&str> = ChangeStatus::ALL.iter().map(|s| s.code()).collect();
        format!("expected one of {}", all.join(", "))
    })
}

fn number(text: &str, prefix: char, lang: Lang) -> Result<u32, CliError> {
    let t = text.trim();
    let t = t.strip_prefix('#').or_else(|| t.strip_prefix(prefix)).unwrap_or(t);
    t.parse().map_err(|_| {
        CliError::Usage(match lang {
            Lang::Fr => format!("« {text} » n'est pas un numéro"),
            Lang::En => format!("“{text}” is not a number"),
        })
    })
}

fn json(out: &mut impl Write, v: &impl serde::Serialize) -> Result<(), CliError> {
    writeln!(out, "{}", serde_json::to_string_pretty(v).map_err(std::io::Error::other)?)?;
    Ok(())
}

/// A time on the office's wall clock, as people write it.
fn when(settings: &HelpdeskSettings, at: DateTime<Utc>, lang: Lang) -> String {
    let local = settings.local(at);
    match lang {
        Lang::Fr => local.format("%d/%m/%Y %H:%M").to_string(),
        Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}

fn priority(p: u8, lang: Lang) -> String {
    Priority::new(p).map_or_else(|| p.to_string(), |p| format!("{} {}", p.get(), p.label(lang)))
}

pub fn tickets(db: &mut Database, cmd: &TicketsCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    let now = Utc::now();
    match cmd {
        TicketsCommand::List(args) => list(db, args, lang, now, out),
        TicketsCommand::Show { number: n, format } => {
            let id = db.ticket_id(number(n, '#', lang)?)?;
            show(db, &db.ticket(id, lang, now)?, *format, lang, out)
        }
        TicketsCommand::Add(a) => {
            let assets = a.asset.iter().map(|t| db.find_asset(t)).collect::<Result<Vec<_>, _>>()?;
            let requester = a.requester.as_deref().map(|r| db.find_person(r)).transpose()?;
            let input = TicketInput {
                kind: match a.kind {
                    KindArg::Incident => TicketKind::Incident,
                    KindArg::Request => TicketKind::Request,
                },
                title: a.title.clone(),
                description: a.description.clone(),
                requester_id: requester,
                asset_ids: assets,
                category: a.category.clone(),
                channel: match a.channel {
                    ChannelArg::Phone => Channel::Phone,
                    ChannelArg::Email => Channel::Email,
                    ChannelArg::InPerson => Channel::InPerson,
                },
                urgency: a.urgency,
                impact: a.impact,
                template: a.template.clone(),
            };
            let id = db.create_ticket(&input, lang, now)?;
            show(db, &db.ticket(id, lang, now)?, a.format, lang, out)
        }
        TicketsCommand::Close { number: n, solution, solution_kind, satisfaction, comment, format } => {
            let id = db.ticket_id(number(n, '#', lang)?)?;
            let status = db.ticket(id, lang, now)?.ticket.status;
            if status != TicketStatus::Solved {
                let text = solution.clone().unwrap_or_default();
                let solution_kind = match solution_kind {
                    SolutionArg::Fixed => SolutionKind::Fixed,
                    SolutionArg::Workaround => SolutionKind::Workaround,
                    SolutionArg::Explained => SolutionKind::Explained,
                    SolutionArg::Replaced => SolutionKind::Replaced,
                    SolutionArg::Cancelled => SolutionKind::Cancelled,
                };
                db.act_on_ticket(id, TicketCommand::Solve { solution_kind, text }, now)?;
            }
            let close = TicketCommand::Close { satisfaction: *satisfaction, comment: comment.clone() };
            db.act_on_ticket(id, close, now)?;
            show(db, &db.ticket(id, lang, now)?, *format, lang, out)
        }
        TicketsCommand::Followup { number: n, text, private } => {
            let id = db.ticket_id(number(n, '#', lang)?)?;
            db.add_followup(id, &parc_core::desk::FollowupInput { body: text.clone(), private: *private }, now)?;
            writeln!(out, "{}", lang.pick("Suivi ajouté.", "Follow-up added."))?;
            Ok(())
        }
        TicketsCommand::Stats { from, to, format } => {
            let settings = db.helpdesk_settings()?;
            let today = settings.local(now).date();
            let to = to.unwrap_or(today);
            let from = from.unwrap_or(to - chrono::Duration::weeks(8));
            let s = db.ticket_stats(from, to, now, lang)?;
            if *format == Format::Json {
                return json(out, &s);
            }
            // One decimal, with the decimal comma in French.
            let decimal = |v: f64| {
                let s = format!("{v:.1}");
                if lang == Lang::Fr { s.replace('.', ",") } else { s }
            };
            let hours = |m: Option<u32>| m.map_or("—".into(), |m| format!("{} h", decimal(f64::from(m) / 60.0)));
            let pct =
                |p: Option<f64>| p.map_or("—".into(), |p| format!("{}{}%", decimal(p), lang.pick("\u{202f}", "")));
            match lang {
                Lang::Fr => {
                    writeln!(out, "Du {} au {}", from.format("%d/%m/%Y"), to.format("%d/%m/%Y"))?;
                    writeln!(out, "En cours : {} (dont {} en retard)", s.backlog, s.overdue)?;
                    writeln!(out, "Délai moyen de prise en charge : {} ouvrées", hours(s.mean_own_minutes))?;
                    writeln!(out, "Délai moyen de résolution : {} ouvrées", hours(s.mean_resolve_minutes))?;
                    writeln!(
                        out,
                        "Respect du SLA : prise en charge {}, résolution {}",
                        pct(s.sla_own_percent),
                        pct(s.sla_resolve_percent)
                    )?;
                }
                Lang::En => {
                    writeln!(out, "From {from} to {to}")?;
                    writeln!(out, "Backlog: {} ({} overdue)", s.backlog, s.overdue)?;
                    writeln!(out, "Mean time to own: {} business", hours(s.mean_own_minutes))?;
                    writeln!(out, "Mean time to resolve: {} business", hours(s.mean_resolve_minutes))?;
                    writeln!(out, "SLA met: own {}, resolve {}", pct(s.sla_own_percent), pct(s.sla_resolve_percent))?;
                }
            }
            let headers = match lang {
                Lang::Fr => ["Catégorie", "Ouverts", "Résolus", "En cours", "Résolution moy.", "SLA"],
                Lang::En => ["Category", "Opened", "Solved", "Backlog", "Mean resolve", "SLA"],
            };
            let rows: Vec<Vec<String>> = s
                .by_category
                .iter()
                .chain(&s.by_priority)
                .map(|g| {
                    vec![
                        g.label.clone(),
                        g.opened.to_string(),
                        g.solved.to_string(),
                        g.backlog.to_string(),
                        hours(g.mean_resolve_minutes),
                        pct(g.sla_percent),
                    ]
                })
                .collect();
            writeln!(out)?;
            output::table(out, &headers, &rows)?;
            Ok(())
        }
    }
}

fn list(
    db: &Database,
    a: &TicketListArgs,
    lang: Lang,
    now: DateTime<Utc>,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let mut q = TicketQuery {
        view: match a.view {
            ViewArg::Open => TicketView::Open,
            ViewArg::Mine => TicketView::Mine,
            ViewArg::Unassigned => TicketView::Unassigned,
            ViewArg::Overdue => TicketView::Overdue,
            ViewArg::Pending => TicketView::Pending,
            ViewArg::Solved => TicketView::Solved,
            ViewArg::Closed => TicketView::Closed,
            ViewArg::All => TicketView::All,
        },
        search: a.search.clone(),
        priority: a.priority,
        category: a.category.clone(),
        kind: None,
        requester_id: a.requester.as_deref().map(|r| db.find_person(r)).transpose()?,
        asset_id: a.asset.as_deref().map(|t| db.find_asset(t)).transpose()?,
        sort: match a.sort {
            SortArg::Number => TicketColumn::Number,
            SortArg::Title => TicketColumn::Title,
            SortArg::Priority => TicketColumn::Priority,
            SortArg::Status => TicketColumn::Status,
            SortArg::Category => TicketColumn::Category,
            SortArg::Requester => TicketColumn::Requester,
            SortArg::Opened => TicketColumn::Opened,
            SortArg::Due => TicketColumn::Due,
            SortArg::Updated => TicketColumn::Updated,
        },
        descending: !a.asc,
        offset: 0,
        limit: 1000,
    };
    let mut rows = Vec::new();
    loop {
        let page = db.list_tickets(&q, now, lang)?;
        let n = page.len() as u32;
        rows.extend(page);
        if n < q.limit || (a.limit > 0 && rows.len() as u32 >= a.limit) {
            break;
        }
        q.offset += n;
    }
    if a.limit > 0 {
        rows.truncate(a.limit as usize);
    }
    let settings = db.helpdesk_settings()?;
    match a.format {
        Format::Json => json(out, &rows)?,
        Format::Csv => {
            output::csv_record(
                out,
                &[
                    "number",
                    "kind",
                    "title",
                    "status",
                    "priority",
                    "category",
                    "requester",
                    "assignee",
                    "opened_at",
                    "due",
                    "overdue",
                ],
            )?;
            for r in &rows {
                output::csv_record(
                    out,
                    &[
                        &r.number.to_string(),
                        r.kind.code(),
                        &r.title,
                        r.status.code(),
                        &r.priority.to_string(),
                        &r.category,
                        r.requester_name.as_deref().unwrap_or(""),
                        r.assignee.as_deref().unwrap_or(""),
                        &r.opened_at.to_rfc3339(),
                        &r.due.map(|d| d.to_rfc3339()).unwrap_or_default(),
                        if r.overdue { "true" } else { "false" },
                    ],
                )?;
            }
        }
        Format::Table => {
            let headers = match lang {
                Lang::Fr => ["N°", "Titre", "Statut", "Priorité", "Catégorie", "Demandeur", "Échéance"],
                Lang::En => ["No.", "Title", "Status", "Priority", "Category", "Requester", "Due"],
            };
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mut due = r.due.map(|d| when(&settings, d, lang)).unwrap_or_default();
                    if r.overdue {
                        due.push_str(lang.pick(" (en retard)", " (overdue)"));
                    }
                    vec![
                        format!("#{}", r.number),
                        r.title.clone(),
                        r.status.label(lang).into(),
                        priority(r.priority, lang),
                        r.category_label.clone(),
                        r.requester_name.clone().unwrap_or_default(),
                        due,
                    ]
                })
                .collect();
            output::table(out, &headers, &cells)?;
        }
    }
    Ok(())
}

fn show(db: &Database, t: &TicketDetail, format: Format, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    if format != Format::Table {
        return json(out, t);
    }
    let settings = db.helpdesk_settings()?;
    let k = &t.ticket;
    let fr = lang == Lang::Fr;
    let sep = if fr { " : " } else { ": " };
    let line = |out: &mut dyn Write, label: (&str, &str), value: &str| -> std::io::Result<()> {
        writeln!(out, "{}{sep}{value}", lang.pick(label.0, label.1))
    };
    writeln!(out, "#{} {}", t.number, k.title)?;
    line(out, ("Type", "Kind"), k.kind.label(lang))?;
    line(out, ("Statut", "Status"), k.status.label(lang))?;
    let rating = match lang {
        Lang::Fr => format!(" (urgence {}, impact {})", k.urgency.get(), k.impact.get()),
        Lang::En => format!(" (urgency {}, impact {})", k.urgency.get(), k.impact.get()),
    };
    line(out, ("Priorité", "Priority"), &(priority(k.priority.get(), lang) + &rating))?;
    line(out, ("Catégorie", "Category"), &t.category_label)?;
    line(out, ("Canal", "Channel"), k.channel.label(lang))?;
    if let Some(r) = &t.requester {
        line(out, ("Demandeur", "Requester"), &r.name)?;
    }
    if let Some(a) = &t.assignee {
        line(out, ("Attribué à", "Assigned to"), a)?;
    }
    for a in &t.assets {
        line(out, ("Matériel", "Asset"), &a.name)?;
    }
    line(out, ("Ouvert le", "Opened"), &when(&settings, k.opened_at, lang))?;
    let due = |d: Option<DateTime<Utc>>| match d {
        Some(d) => when(&settings, d, lang),
        None => lang.pick("en pause", "paused").into(),
    };
    if k.status.is_open() {
        line(out, ("Prise en charge avant", "Own by"), &due(t.own_due))?;
        line(out, ("Résolution avant", "Resolve by"), &due(t.resolve_due))?;
        if t.overdue {
            writeln!(out, "{}", lang.pick("EN RETARD", "OVERDUE"))?;
        }
    }
    if !k.description.is_empty() {
        writeln!(out, "\n{}", k.description)?;
    }
    writeln!(out)?;
    for e in &t.events {
        let what = match e.kind {
            parc_core::desk::EventKind::Opened => lang.pick("Ouverture", "Opened").to_string(),
            parc_core::desk::EventKind::Followup if e.private => lang.pick("Suivi privé", "Private follow-up").into(),
            parc_core::desk::EventKind::Followup => lang.pick("Suivi", "Follow-up").into(),
            parc_core::desk::EventKind::Task => {
                let mark = if e.done == Some(true) { "[x]" } else { "[ ]" };
                format!("{} {mark}", lang.pick("Tâche", "Task"))
            }
            parc_core::desk::EventKind::Solution => lang.pick("Solution", "Solution").into(),
            parc_core::desk::EventKind::Closing => lang.pick("Clôture", "Closing").into(),
            _ => lang.pick("Modification", "Change").into(),
        };
        use parc_core::desk::EventKind;
        let mut text = match e.kind {
            EventKind::Solution => format!("{}{sep}{}", e.new.as_deref().unwrap_or(""), e.body),
            EventKind::Closing => {
                let score = e.new.as_deref().map(|n| format!("{} {n}/5", lang.pick("satisfaction", "satisfaction")));
                [score.unwrap_or_default(), e.body.clone()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" — ")
            }
            _ if e.old.is_some() || e.new.is_some() => {
                format!("{} → {}", e.old.as_deref().unwrap_or("—"), e.new.as_deref().unwrap_or("—"))
            }
            _ => e.body.clone(),
        };
        if let Some(m) = e.minutes.filter(|m| *m > 0) {
            text.push_str(&format!(" ({m} min)"));
        }
        let text = if text.is_empty() { String::new() } else { format!("{sep}{text}") };
        writeln!(out, "{}  {}  {what}{text}", when(&settings, e.at, lang), e.author)?;
    }
    Ok(())
}

pub fn changes(db: &mut Database, cmd: &ChangesCommand, lang: Lang, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        ChangesCommand::List { status, format } => {
            let rows = db.list_changes(*status)?;
            match format {
                Format::Json => json(out, &rows)?,
                Format::Csv => {
                    output::csv_record(
                        out,
                        &["number", "title", "status", "requested_by", "window_start", "missing_r"],
                    )?;
                    for r in &rows {
                        output::csv_record(
                            out,
                            &[
                                &r.number.to_string(),
                                &r.title,
                                r.status.code(),
                                &r.requested_by,
                                &r.window_start.map(|d| d.to_rfc3339()).unwrap_or_default(),
                                &r.missing.to_string(),
                            ],
                        )?;
                    }
                }
                Format::Table => {
                    let headers = match lang {
                        Lang::Fr => ["N°", "Titre", "Statut", "Demandé par", "7 R"],
                        Lang::En => ["No.", "Title", "Status", "Requested by", "7 R"],
                    };
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            vec![
                                format!("C{}", r.number),
                                r.title.clone(),
                                r.status.label(lang).into(),
                                r.requested_by.clone(),
                                format!("{}/7", 7 - r.missing),
                            ]
                        })
                        .collect();
                    output::table(out, &headers, &cells)?;
                }
            }
            Ok(())
        }
        ChangesCommand::Show { number: n, format } => {
            let id = db.change_id(number(n, 'C', lang)?)?;
            show_change(db, id, *format, lang, out)
        }
        ChangesCommand::Add {
            title,
            requested_by,
            reason,
            expected_return,
            risks,
            resources,
            responsible,
            relationships,
            format,
        } => {
            let input = ChangeInput {
                title: title.clone(),
                requested_by: requested_by.clone(),
                reason: reason.clone(),
                expected_return: expected_return.clone(),
                risks: risks.clone(),
                resources: resources.clone(),
                responsible_build: responsible.clone(),
                responsible_test: responsible.clone(),
                responsible_deploy: responsible.clone(),
                relationships_note: relationships.clone(),
                ..Default::default()
            };
            let id = db.create_change(&input, Utc::now())?;
            show_change(db, id, *format, lang, out)
        }
    }
}

fn show_change(
    db: &Database,
    id: uuid::Uuid,
    format: Format,
    lang: Lang,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let d = db.change(id, lang)?;
    if format != Format::Table {
        return json(out, &d);
    }
    let c = &d.change;
    let sep = lang.pick(" : ", ": ");
    writeln!(out, "C{} {}", d.number, c.title)?;
    writeln!(out, "{}{sep}{}", lang.pick("Statut", "Status"), c.status.label(lang))?;
    let answers = [
        c.requested_by.clone(),
        c.reason.clone(),
        c.expected_return.clone(),
        c.risks.clone(),
        c.resources.clone(),
        format!("{} / {} / {}", c.responsible_build, c.responsible_test, c.responsible_deploy),
        {
            let mut rel: Vec<String> = d.relations.iter().map(|r| r.label.clone()).collect();
            if !c.relationships_note.is_empty() {
                rel.push(c.relationships_note.clone());
            }
            rel.join(", ")
        },
    ];
    for (r, answer) in d.seven_r.iter().zip(answers) {
        let mark = if r.answered { "✓" } else { "✗" };
        writeln!(out, "{mark} {} {}", r.question, if r.answered { answer } else { "—".into() })?;
    }
    if !d.next.is_empty() {
        let next: Vec<&str> = d.next.iter().map(|s| s.label(lang)).collect();
        writeln!(out, "{}{sep}{}", lang.pick("Étapes possibles", "Next steps"), next.join(", "))?;
    }
    Ok(())
}
