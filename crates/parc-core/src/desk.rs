//! The helpdesk's views and commands as they cross to the user interface and
//! the command line: the ticket queue, the ticket page, the forms, the
//! statistics, and the changes.
//!
//! The UI sends [`TicketCommand`]s, not the core's [`TicketAction`]s: a command
//! names the user's intent ("assign it to me") and is checked and turned into
//! an action here, so the window and the CLI share one translation.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::change::{Change, ChangeStatus, Relation, SevenR};
use crate::ipc::Reference;
use crate::priority::{Level, PriorityMatrix};
use crate::ticket::{Assignee, Channel, Solution, SolutionKind, Ticket, TicketAction, TicketKind, TicketStatus};

/// The queue's ready-made views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TicketView {
    /// Not solved yet: new, in progress, pending.
    #[default]
    Open,
    /// Open and assigned to the user of this computer.
    Mine,
    /// New: nobody has it yet.
    Unassigned,
    /// Open and past its time to own or to resolve.
    Overdue,
    Pending,
    Solved,
    Closed,
    All,
}

impl TicketView {
    pub const ALL: [TicketView; 8] = [
        TicketView::Open,
        TicketView::Mine,
        TicketView::Unassigned,
        TicketView::Overdue,
        TicketView::Pending,
        TicketView::Solved,
        TicketView::Closed,
        TicketView::All,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TicketView::Open => "open",
            TicketView::Mine => "mine",
            TicketView::Unassigned => "unassigned",
            TicketView::Overdue => "overdue",
            TicketView::Pending => "pending",
            TicketView::Solved => "solved",
            TicketView::Closed => "closed",
            TicketView::All => "all",
        }
    }
}

/// The queue's sortable columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TicketColumn {
    #[default]
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

impl TicketColumn {
    pub const ALL: [TicketColumn; 9] = [
        TicketColumn::Number,
        TicketColumn::Title,
        TicketColumn::Priority,
        TicketColumn::Status,
        TicketColumn::Category,
        TicketColumn::Requester,
        TicketColumn::Opened,
        TicketColumn::Due,
        TicketColumn::Updated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TicketColumn::Number => "number",
            TicketColumn::Title => "title",
            TicketColumn::Priority => "priority",
            TicketColumn::Status => "status",
            TicketColumn::Category => "category",
            TicketColumn::Requester => "requester",
            TicketColumn::Opened => "opened",
            TicketColumn::Due => "due",
            TicketColumn::Updated => "updated",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TicketQuery {
    pub view: TicketView,
    /// Words of the title, or a ticket number (`42` or `#42`).
    pub search: Option<String>,
    pub priority: Option<u8>,
    pub category: Option<String>,
    pub kind: Option<TicketKind>,
    pub requester_id: Option<Uuid>,
    pub asset_id: Option<Uuid>,
    pub sort: TicketColumn,
    pub descending: bool,
    pub offset: u32,
    /// 0: the default page size.
    pub limit: u32,
}

/// One line of the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketRow {
    pub id: Uuid,
    pub number: u32,
    pub kind: TicketKind,
    pub title: String,
    pub status: TicketStatus,
    pub priority: u8,
    pub category: String,
    pub category_label: String,
    pub requester_name: Option<String>,
    /// The technician's name or the supplier's.
    pub assignee: Option<String>,
    pub opened_at: DateTime<Utc>,
    /// The deadline that matters now: to own while nobody has it, then to resolve.
    pub due: Option<DateTime<Utc>>,
    pub overdue: bool,
    pub updated_at: DateTime<Utc>,
}

/// The ticket form (creation and edition).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketInput {
    pub kind: TicketKind,
    pub title: String,
    pub description: String,
    pub requester_id: Option<Uuid>,
    pub asset_ids: Vec<Uuid>,
    pub category: String,
    pub channel: Channel,
    pub urgency: u8,
    pub impact: u8,
    /// Creation only: the template whose checklist becomes the ticket's tasks.
    pub template: Option<String>,
}

/// What the user does to a ticket from its page or the command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case", rename_all_fields = "camelCase")]
pub enum TicketCommand {
    /// Take it: assigned to the user of this computer.
    AssignToMe,
    AssignTechnician {
        name: String,
    },
    AssignSupplier {
        supplier_id: Uuid,
    },
    Unassign,
    Plan,
    Unplan,
    Wait,
    Resume,
    Solve {
        solution_kind: SolutionKind,
        text: String,
    },
    Reopen,
    Close {
        satisfaction: Option<u8>,
        comment: Option<String>,
    },
    Rate {
        urgency: u8,
        impact: u8,
    },
    MakeMajor,
}

/// The kinds of [`TicketCommand`], to say which ones the page may offer now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CommandKind {
    Assign,
    Unassign,
    Plan,
    Unplan,
    Wait,
    Resume,
    Solve,
    Reopen,
    Close,
    Rate,
    MakeMajor,
}

impl TicketCommand {
    /// The core's action, `me` being the user of this computer.
    pub fn into_action(self, me: &str) -> Result<TicketAction, crate::ticket::TicketError> {
        let level = |n: u8| Level::new(n).ok_or(crate::ticket::TicketError::BadLevel);
        Ok(match self {
            TicketCommand::AssignToMe => TicketAction::Assign(Assignee::Technician(me.into())),
            TicketCommand::AssignTechnician { name } => {
                let name = name.trim();
                TicketAction::Assign(Assignee::Technician(if name.is_empty() { me.into() } else { name.into() }))
            }
            TicketCommand::AssignSupplier { supplier_id } => TicketAction::Assign(Assignee::Supplier(supplier_id)),
            TicketCommand::Unassign => TicketAction::Unassign,
            TicketCommand::Plan => TicketAction::Plan,
            TicketCommand::Unplan => TicketAction::Unplan,
            TicketCommand::Wait => TicketAction::Wait,
            TicketCommand::Resume => TicketAction::Resume,
            TicketCommand::Solve { solution_kind, text } => {
                TicketAction::Solve(Solution { kind: solution_kind, text: text.trim().into() })
            }
            TicketCommand::Reopen => TicketAction::Reopen,
            TicketCommand::Close { satisfaction, comment } => TicketAction::Close { satisfaction, comment },
            TicketCommand::Rate { urgency, impact } => {
                TicketAction::Rate { urgency: level(urgency)?, impact: level(impact)? }
            }
            TicketCommand::MakeMajor => TicketAction::MakeMajor,
        })
    }
}

/// The commands the ticket's status allows now: each is tried on a copy.
pub fn allowed_commands(t: &Ticket, matrix: &PriorityMatrix, now: DateTime<Utc>) -> Vec<CommandKind> {
    let probe = Solution { kind: SolutionKind::Fixed, text: "—".into() };
    let mid = Level::ALL[2];
    let tries = [
        (CommandKind::Assign, TicketAction::Assign(Assignee::Technician("—".into()))),
        (CommandKind::Unassign, TicketAction::Unassign),
        (CommandKind::Plan, TicketAction::Plan),
        (CommandKind::Unplan, TicketAction::Unplan),
        (CommandKind::Wait, TicketAction::Wait),
        (CommandKind::Resume, TicketAction::Resume),
        (CommandKind::Solve, TicketAction::Solve(probe)),
        (CommandKind::Reopen, TicketAction::Reopen),
        (CommandKind::Close, TicketAction::Close { satisfaction: None, comment: None }),
        (CommandKind::Rate, TicketAction::Rate { urgency: mid, impact: mid }),
        (CommandKind::MakeMajor, TicketAction::MakeMajor),
    ];
    tries
        .into_iter()
        .filter(|(_, action)| t.clone().apply(action.clone(), matrix, now).is_ok())
        .map(|(k, _)| k)
        .collect()
}

/// What a timeline entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Opened,
    Followup,
    Task,
    Status,
    Assignment,
    Priority,
    Solution,
    Closing,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Opened,
        EventKind::Followup,
        EventKind::Task,
        EventKind::Status,
        EventKind::Assignment,
        EventKind::Priority,
        EventKind::Solution,
        EventKind::Closing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Opened => "opened",
            EventKind::Followup => "followup",
            EventKind::Task => "task",
            EventKind::Status => "status",
            EventKind::Assignment => "assignment",
            EventKind::Priority => "priority",
            EventKind::Solution => "solution",
            EventKind::Closing => "closing",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One entry of a ticket's timeline. For status and priority entries, `old`
/// and `new` are already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketEvent {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub author: String,
    pub kind: EventKind,
    pub body: String,
    pub private: bool,
    pub minutes: Option<u32>,
    pub done: Option<bool>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Everything the ticket page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketDetail {
    pub ticket: Ticket,
    pub number: u32,
    pub category_label: String,
    pub requester: Option<Reference>,
    /// Tag — name of each linked asset.
    pub assets: Vec<Reference>,
    pub assignee: Option<String>,
    /// Assigned to the user of this computer ("take it" is then pointless).
    pub assigned_to_me: bool,
    pub own_due: Option<DateTime<Utc>>,
    pub resolve_due: Option<DateTime<Utc>>,
    /// The SLA clock is stopped (pending).
    pub paused: bool,
    pub overdue: bool,
    /// Minutes spent, the tasks' sum.
    pub time_spent: u32,
    pub events: Vec<TicketEvent>,
    pub allowed: Vec<CommandKind>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowupInput {
    pub body: String,
    /// Private: for the IT team only, never shown to the requester.
    pub private: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskInput {
    pub body: String,
    pub minutes: u32,
    pub done: bool,
}

/// A ticket category, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CategoryView {
    pub code: String,
    pub label: String,
    pub builtin: bool,
}

/// A template for a recurring request, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateView {
    pub code: String,
    pub label: String,
    pub kind: TicketKind,
    pub category: String,
    pub urgency: u8,
    pub impact: u8,
    pub title: String,
    pub description: String,
    pub tasks: Vec<String>,
}

/// Opened and closed tickets of one ISO week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WeekCount {
    /// The Monday the week starts.
    pub week_start: NaiveDate,
    pub opened: u32,
    pub closed: u32,
}

/// Figures for one category or one priority.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatGroup {
    pub key: String,
    pub label: String,
    pub opened: u32,
    pub solved: u32,
    pub backlog: u32,
    pub mean_resolve_minutes: Option<u32>,
    /// Share of tickets solved in time, 0–100; `None` when none was solved.
    pub sla_percent: Option<f64>,
}

/// The helpdesk's figures over a period: what the direction's report shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketStats {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Open tickets now.
    pub backlog: u32,
    pub overdue: u32,
    pub weeks: Vec<WeekCount>,
    /// In business minutes (the SLA's calendar), over tickets opened in the period.
    pub mean_own_minutes: Option<u32>,
    pub mean_resolve_minutes: Option<u32>,
    pub sla_own_percent: Option<f64>,
    pub sla_resolve_percent: Option<f64>,
    pub by_category: Vec<StatGroup>,
    pub by_priority: Vec<StatGroup>,
}

/// One line of the change list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeRow {
    pub id: Uuid,
    pub number: u32,
    pub title: String,
    pub status: ChangeStatus,
    pub requested_by: String,
    pub window_start: Option<DateTime<Utc>>,
    /// How many of the seven R are still unanswered.
    pub missing: u8,
    pub updated_at: DateTime<Utc>,
}

/// The change form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ChangeInput {
    pub title: String,
    pub requested_by: String,
    pub requester_id: Option<Uuid>,
    pub reason: String,
    pub expected_return: String,
    pub risks: String,
    pub resources: String,
    pub responsible_build: String,
    pub responsible_test: String,
    pub responsible_deploy: String,
    pub relations: Vec<Relation>,
    pub relationships_note: String,
    pub window_start: Option<DateTime<Utc>>,
    pub window_end: Option<DateTime<Utc>>,
    pub rollback_plan: String,
    pub affected_assets: Vec<Uuid>,
}

impl ChangeInput {
    /// Writes the form onto a change (a new one or one being edited).
    pub fn apply(&self, c: &mut Change) {
        let t = |s: &String| s.trim().to_string();
        c.title = t(&self.title);
        c.requested_by = t(&self.requested_by);
        c.requester_id = self.requester_id;
        c.reason = t(&self.reason);
        c.expected_return = t(&self.expected_return);
        c.risks = t(&self.risks);
        c.resources = t(&self.resources);
        c.responsible_build = t(&self.responsible_build);
        c.responsible_test = t(&self.responsible_test);
        c.responsible_deploy = t(&self.responsible_deploy);
        c.relations = self.relations.clone();
        c.relationships_note = t(&self.relationships_note);
        c.window_start = self.window_start;
        c.window_end = self.window_end;
        c.rollback_plan = t(&self.rollback_plan);
        c.affected_assets = self.affected_assets.clone();
    }

    pub fn from_change(c: &Change) -> ChangeInput {
        ChangeInput {
            title: c.title.clone(),
            requested_by: c.requested_by.clone(),
            requester_id: c.requester_id,
            reason: c.reason.clone(),
            expected_return: c.expected_return.clone(),
            risks: c.risks.clone(),
            resources: c.resources.clone(),
            responsible_build: c.responsible_build.clone(),
            responsible_test: c.responsible_test.clone(),
            responsible_deploy: c.responsible_deploy.clone(),
            relations: c.relations.clone(),
            relationships_note: c.relationships_note.clone(),
            window_start: c.window_start,
            window_end: c.window_end,
            rollback_plan: c.rollback_plan.clone(),
            affected_assets: c.affected_assets.clone(),
        }
    }
}

/// One of the seven R with its question, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SevenRView {
    pub r: SevenR,
    pub question: String,
    pub answered: bool,
}

/// A related record, named for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RelationView {
    pub relation: Relation,
    pub label: String,
}

/// Everything the change page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeDetail {
    pub change: Change,
    pub number: u32,
    pub seven_r: Vec<SevenRView>,
    /// The statuses it may go to now.
    pub next: Vec<ChangeStatus>,
    pub relations: Vec<RelationView>,
    pub affected: Vec<Reference>,
    pub requester: Option<Reference>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_795_000_000, 0).expect("ts")
    }

    #[test]
    fn commands_offered_follow_the_status() {
        let m = PriorityMatrix::default();
        let l = Level::ALL[2];
        let mut t =
            Ticket::open(TicketKind::Incident, "Pas de réseau", "", l, l, Channel::Phone, &m, now()).expect("ticket");
        let allowed = allowed_commands(&t, &m, now());
        assert!(allowed.contains(&CommandKind::Assign) && allowed.contains(&CommandKind::Solve));
        assert!(!allowed.contains(&CommandKind::Close) && !allowed.contains(&CommandKind::Reopen));
        let solve = TicketCommand::Solve { solution_kind: SolutionKind::Fixed, text: "Câble changé".into() };
        t.apply(solve.into_action("moi").expect("action"), &m, now()).expect("solve");
        let allowed = allowed_commands(&t, &m, now());
        assert_eq!(allowed, vec![CommandKind::Reopen, CommandKind::Close, CommandKind::Rate, CommandKind::MakeMajor]);
    }

    #[test]
    fn commands_arrive_from_the_ui_as_tagged_json() {
        let c: TicketCommand =
            serde_json::from_str(r#"{"action":"close","satisfaction":4,"comment":"Merci"}"#).expect("json");
        assert_eq!(c, TicketCommand::Close { satisfaction: Some(4), comment: Some("Merci".into()) });
        let c: TicketCommand =
            serde_json::from_str(r#"{"action":"assign_supplier","supplierId":"0190d3a4-7c6e-7000-8000-000000000001"}"#)
                .expect("json");
        assert!(matches!(c, TicketCommand::AssignSupplier { .. }));
        assert_eq!(
            TicketCommand::Rate { urgency: 9, impact: 1 }.into_action("moi"),
            Err(crate::ticket::TicketError::BadLevel)
        );
        assert_eq!(
            TicketCommand::AssignTechnician { name: "  ".into() }.into_action("moi"),
            Ok(TicketAction::Assign(Assignee::Technician("moi".into())))
        );
    }
}
