//! Helpdesk tickets (ITIL incidents and requests) and the rules of their life:
//! statuses with only the meaningful transitions, priority from urgency ×
//! impact, the owning and solving times the SLA measures.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Lang;
use crate::priority::{Level, Priority, PriorityMatrix};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TicketKind {
    Incident,
    Request,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Email,
    InPerson,
}

/// Where a ticket stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    New,
    /// In progress, assigned.
    Assigned,
    /// In progress, planned.
    Planned,
    /// Waiting (for the requester, a supplier, a part): the SLA clock stops.
    Pending,
    Solved,
    Closed,
}

impl TicketStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TicketStatus::New => lang.pick("Nouveau", "New"),
            TicketStatus::Assigned => lang.pick("En cours (attribué)", "In progress (assigned)"),
            TicketStatus::Planned => lang.pick("En cours (planifié)", "In progress (planned)"),
            TicketStatus::Pending => lang.pick("En attente", "Pending"),
            TicketStatus::Solved => lang.pick("Résolu", "Solved"),
            TicketStatus::Closed => lang.pick("Clos", "Closed"),
        }
    }
}

/// Text codes, as the database and the command line write them.
macro_rules! codes {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($ty::$variant => $code),+ }
            }

            pub fn parse(s: &str) -> Option<$ty> {
                match s { $($code => Some($ty::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use codes;

codes!(TicketKind { Incident => "incident", Request => "request" });
codes!(Channel { Phone => "phone", Email => "email", InPerson => "in_person" });
codes!(TicketStatus {
    New => "new", Assigned => "assigned", Planned => "planned", Pending => "pending", Solved => "solved", Closed => "closed",
});
codes!(SolutionKind {
    Fixed => "fixed", Workaround => "workaround", Explained => "explained", Replaced => "replaced", Cancelled => "cancelled",
});

impl TicketKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            TicketKind::Incident => lang.pick("Incident", "Incident"),
            TicketKind::Request => lang.pick("Demande", "Request"),
        }
    }
}

impl Channel {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Channel::Phone => lang.pick("Téléphone", "Phone"),
            Channel::Email => lang.pick("E-mail", "E-mail"),
            Channel::InPerson => lang.pick("En personne", "In person"),
        }
    }
}

impl SolutionKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SolutionKind::Fixed => lang.pick("Corrigé", "Fixed"),
            SolutionKind::Workaround => lang.pick("Contournement", "Workaround"),
            SolutionKind::Explained => lang.pick("Explication donnée", "Explained"),
            SolutionKind::Replaced => lang.pick("Matériel remplacé", "Hardware replaced"),
            SolutionKind::Cancelled => lang.pick("Sans objet / annulé", "No longer needed"),
        }
    }
}

impl TicketStatus {
    /// Not solved yet: the SLA clock may still run.
    pub fn is_open(self) -> bool {
        !matches!(self, TicketStatus::Solved | TicketStatus::Closed)
    }
}

/// Who works on a ticket: the IT manager (or a colleague), or an outside provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Assignee {
    Technician(String),
    Supplier(Uuid),
}

/// How a ticket was solved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SolutionKind {
    Fixed,
    Workaround,
    Explained,
    Replaced,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Solution {
    pub kind: SolutionKind,
    pub text: String,
}

/// A period the ticket spent pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PendingPeriod {
    pub from: DateTime<Utc>,
    pub to: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Ticket {
    pub id: Uuid,
    pub kind: TicketKind,
    pub title: String,
    pub description: String,
    pub requester_id: Option<Uuid>,
    pub asset_ids: Vec<Uuid>,
    pub category: String,
    pub channel: Channel,
    pub urgency: Level,
    pub impact: Level,
    pub priority: Priority,
    /// Set by hand ("majeure"): no longer follows the matrix.
    pub priority_by_hand: bool,
    pub status: TicketStatus,
    pub assignee: Option<Assignee>,
    pub opened_at: DateTime<Utc>,
    /// When it was first taken in charge (the SLA's time to own).
    pub owned_at: Option<DateTime<Utc>>,
    pub solved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub pending: Vec<PendingPeriod>,
    /// The in-progress status to go back to when waiting ends.
    pub resume_to: Option<TicketStatus>,
    pub solution: Option<Solution>,
    /// The requester's satisfaction when closing, 1 to 5.
    pub satisfaction: Option<u8>,
    pub satisfaction_comment: Option<String>,
}

/// What can be done to a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TicketAction {
    Assign(Assignee),
    Unassign,
    Plan,
    Unplan,
    Wait,
    Resume,
    Solve(Solution),
    Reopen,
    Close { satisfaction: Option<u8>, comment: Option<String> },
    Rate { urgency: Level, impact: Level },
    MakeMajor,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TicketError {
    #[error("a closed ticket cannot be changed")]
    Closed,
    #[error("not possible while the ticket is {0:?}")]
    NotNow(TicketStatus),
    #[error("a solution needs a description")]
    EmptySolution,
    #[error("satisfaction is between 1 and 5")]
    BadSatisfaction,
    #[error("the title is empty")]
    EmptyTitle,
    #[error("urgency and impact go from 1 to 5")]
    BadLevel,
}

impl crate::Localized for TicketError {
    fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::Invalid
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            TicketError::Closed => {
                lang.pick("Un ticket clos ne peut plus être modifié", "A closed ticket cannot be changed").into()
            }
            TicketError::NotNow(s) => match lang {
                Lang::Fr => format!("Action impossible sur un ticket « {} »", s.label(lang)),
                Lang::En => format!("Not possible on a ticket that is “{}”", s.label(lang)),
            },
            TicketError::EmptySolution => {
                lang.pick("Décrivez la solution avant de résoudre", "Describe the solution before solving").into()
            }
            TicketError::BadSatisfaction => {
                lang.pick("La satisfaction va de 1 à 5", "Satisfaction goes from 1 to 5").into()
            }
            TicketError::EmptyTitle => lang.pick("Le titre est obligatoire", "The title is required").into(),
            TicketError::BadLevel => {
                lang.pick("L'urgence et l'impact vont de 1 à 5", "Urgency and impact go from 1 to 5").into()
            }
        }
    }
}

impl Ticket {
    /// A new ticket, its priority from the matrix.
    #[allow(clippy::too_many_arguments)]
    pub fn open(
        kind: TicketKind,
        title: &str,
        description: &str,
        urgency: Level,
        impact: Level,
        channel: Channel,
        matrix: &PriorityMatrix,
        now: DateTime<Utc>,
    ) -> Result<Ticket, TicketError> {
        if title.trim().is_empty() {
            return Err(TicketError::EmptyTitle);
        }
        Ok(Ticket {
            id: crate::new_id(),
            kind,
            title: title.trim().into(),
            description: description.trim().into(),
            requester_id: None,
            asset_ids: Vec::new(),
            category: "autre".into(),
            channel,
            urgency,
            impact,
            priority: matrix.priority(urgency, impact),
            priority_by_hand: false,
            status: TicketStatus::New,
            assignee: None,
            opened_at: now,
            owned_at: None,
            solved_at: None,
            closed_at: None,
            pending: Vec::new(),
            resume_to: None,
            solution: None,
            satisfaction: None,
            satisfaction_comment: None,
        })
    }

    /// Applies an action, or refuses it and leaves the ticket as it was.
    pub fn apply(
        &mut self,
        action: TicketAction,
        matrix: &PriorityMatrix,
        now: DateTime<Utc>,
    ) -> Result<(), TicketError> {
        use TicketStatus::*;
        if self.status == Closed {
            return Err(TicketError::Closed);
        }
        let not_now = Err(TicketError::NotNow(self.status));
        match action {
            TicketAction::Assign(who) => match self.status {
                New | Assigned | Planned | Pending => {
                    self.assignee = Some(who);
                    self.owned_at.get_or_insert(now);
                    match self.status {
                        New => self.status = Assigned,
                        Pending if self.resume_to == Some(New) => self.resume_to = Some(Assigned),
                        _ => {}
                    }
                }
                _ => return not_now,
            },
            TicketAction::Unassign => match self.status {
                Assigned | Planned => {
                    self.assignee = None;
                    self.status = New;
                }
                _ => return not_now,
            },
            TicketAction::Plan => match self.status {
                Assigned => self.status = Planned,
                _ => return not_now,
            },
            TicketAction::Unplan => match self.status {
                Planned => self.status = Assigned,
                _ => return not_now,
            },
            TicketAction::Wait => match self.status {
                New | Assigned | Planned => {
                    self.resume_to = Some(self.status);
                    self.status = Pending;
                    self.pending.push(PendingPeriod { from: now, to: None });
                }
                _ => return not_now,
            },
            TicketAction::Resume => match self.status {
                Pending => {
                    self.end_pending(now);
                    self.status = self.resume_to.take().unwrap_or(if self.assignee.is_some() { Assigned } else { New });
                }
                _ => return not_now,
            },
            TicketAction::Solve(solution) => match self.status {
                New | Assigned | Planned | Pending => {
                    if solution.text.trim().is_empty() {
                        return Err(TicketError::EmptySolution);
                    }
                    self.end_pending(now);
                    self.resume_to = None;
                    self.owned_at.get_or_insert(now);
                    self.solution = Some(solution);
                    self.solved_at = Some(now);
                    self.status = Solved;
                }
                _ => return not_now,
            },
            TicketAction::Reopen => match self.status {
                Solved => {
                    self.solved_at = None;
                    self.solution = None;
                    self.status = if self.assignee.is_some() { Assigned } else { New };
                }
                _ => return not_now,
            },
            TicketAction::Close { satisfaction, comment } => match self.status {
                Solved => {
                    if satisfaction.is_some_and(|s| !(1..=5).contains(&s)) {
                        return Err(TicketError::BadSatisfaction);
                    }
                    self.satisfaction = satisfaction;
                    self.satisfaction_comment = comment.filter(|c| !c.trim().is_empty());
                    self.closed_at = Some(now);
                    self.status = Closed;
                }
                _ => return not_now,
            },
            TicketAction::Rate { urgency, impact } => {
                self.urgency = urgency;
                self.impact = impact;
                if !self.priority_by_hand {
                    self.priority = matrix.priority(urgency, impact);
                }
            }
            TicketAction::MakeMajor => {
                self.priority = Priority::MAJOR;
                self.priority_by_hand = true;
            }
        }
        Ok(())
    }

    fn end_pending(&mut self, now: DateTime<Utc>) {
        if let Some(p) = self.pending.last_mut().filter(|p| p.to.is_none()) {
            p.to = Some(now);
        }
    }

    /// Whether the ticket is coherent: what the property tests check after
    /// every action.
    pub fn is_coherent(&self, matrix: &PriorityMatrix) -> bool {
        use TicketStatus::*;
        let open_pending = self.pending.iter().filter(|p| p.to.is_none()).count();
        let priority_ok = self.priority_by_hand && self.priority == Priority::MAJOR
            || !self.priority_by_hand && self.priority == matrix.priority(self.urgency, self.impact);
        let status_ok = match self.status {
            New => self.solution.is_none() && open_pending == 0,
            Assigned | Planned => self.assignee.is_some() && self.solution.is_none() && open_pending == 0,
            Pending => open_pending == 1 && self.solution.is_none(),
            Solved => self.solution.is_some() && self.solved_at.is_some() && open_pending == 0,
            Closed => self.solution.is_some() && self.closed_at.is_some() && open_pending == 0,
        };
        let dates_ok = self.owned_at.is_none_or(|o| o >= self.opened_at)
            && self.solved_at.is_none_or(|s| s >= self.opened_at)
            && self.closed_at.is_none_or(|c| self.solved_at.is_some_and(|s| c >= s));
        priority_ok && status_ok && dates_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_795_000_000, 0).expect("ts")
    }

    fn lvl(n: u8) -> Level {
        Level::new(n).expect("level")
    }

    fn ticket() -> Ticket {
        Ticket::open(
            TicketKind::Incident,
            "Imprimante du 2e en panne",
            "Bourrage papier",
            lvl(3),
            lvl(4),
            Channel::Phone,
            &PriorityMatrix::default(),
            t0(),
        )
        .expect("open")
    }

    #[test]
    fn a_ticket_goes_from_new_to_closed() {
        let m = PriorityMatrix::default();
        let mut t = ticket();
        assert_eq!(t.priority.get(), 4, "urgency 3 × impact 4");
        let at = |mins| t0() + chrono::Duration::minutes(mins);
        t.apply(TicketAction::Assign(Assignee::Technician("marie".into())), &m, at(10)).expect("assign");
        assert_eq!((t.status, t.owned_at), (TicketStatus::Assigned, Some(at(10))));
        t.apply(TicketAction::Wait, &m, at(20)).expect("wait");
        t.apply(TicketAction::Resume, &m, at(50)).expect("resume");
        assert_eq!(t.status, TicketStatus::Assigned);
        assert_eq!(t.pending, vec![PendingPeriod { from: at(20), to: Some(at(50)) }]);
        let solution = Solution { kind: SolutionKind::Fixed, text: "Rouleau changé".into() };
        t.apply(TicketAction::Solve(solution), &m, at(60)).expect("solve");
        t.apply(TicketAction::Close { satisfaction: Some(5), comment: Some("Merci !".into()) }, &m, at(70))
            .expect("close");
        assert_eq!(t.status, TicketStatus::Closed);
        assert_eq!(t.apply(TicketAction::Reopen, &m, at(80)), Err(TicketError::Closed));
        assert!(t.is_coherent(&m));
    }

    #[test]
    fn meaningless_transitions_are_refused() {
        let m = PriorityMatrix::default();
        let mut t = ticket();
        assert_eq!(t.apply(TicketAction::Plan, &m, t0()), Err(TicketError::NotNow(TicketStatus::New)));
        assert!(t.apply(TicketAction::Close { satisfaction: None, comment: None }, &m, t0()).is_err());
        let empty = Solution { kind: SolutionKind::Fixed, text: " ".into() };
        assert_eq!(t.apply(TicketAction::Solve(empty), &m, t0()), Err(TicketError::EmptySolution));
        let solved = Solution { kind: SolutionKind::Explained, text: "Expliqué".into() };
        t.apply(TicketAction::Solve(solved), &m, t0()).expect("solve");
        t.apply(TicketAction::Reopen, &m, t0()).expect("a solved ticket can be reopened");
        assert_eq!(t.status, TicketStatus::New);
    }

    #[test]
    fn a_major_priority_is_set_by_hand_and_stays() {
        let m = PriorityMatrix::default();
        let mut t = ticket();
        t.apply(TicketAction::MakeMajor, &m, t0()).expect("major");
        t.apply(TicketAction::Rate { urgency: lvl(1), impact: lvl(1) }, &m, t0()).expect("rate");
        assert_eq!(t.priority, Priority::MAJOR);
    }

    fn action() -> impl Strategy<Value = TicketAction> {
        let level = (1u8..=5).prop_map(|n| Level::new(n).unwrap_or(Level::ALL[0]));
        prop_oneof![
            Just(TicketAction::Assign(Assignee::Technician("moi".into()))),
            Just(TicketAction::Assign(Assignee::Supplier(Uuid::nil()))),
            Just(TicketAction::Unassign),
            Just(TicketAction::Plan),
            Just(TicketAction::Unplan),
            Just(TicketAction::Wait),
            Just(TicketAction::Resume),
            "[a-z ]{0,6}".prop_map(|text| TicketAction::Solve(Solution { kind: SolutionKind::Fixed, text })),
            Just(TicketAction::Reopen),
            (0u8..=6).prop_map(|s| TicketAction::Close { satisfaction: Some(s), comment: None }),
            (level.clone(), level).prop_map(|(urgency, impact)| TicketAction::Rate { urgency, impact }),
            Just(TicketAction::MakeMajor),
        ]
    }

    fn matrix() -> impl Strategy<Value = PriorityMatrix> {
        proptest::array::uniform5(proptest::array::uniform5(1u8..=5))
            .prop_map(|cells| PriorityMatrix::new(cells).unwrap_or_default())
    }

    proptest! {
        /// No sequence of actions reaches an invalid state, a refused action
        /// changes nothing, and a closed ticket never changes again.
        #[test]
        fn no_sequence_of_actions_breaks_a_ticket(m in matrix(), actions in proptest::collection::vec(action(), 0..40)) {
            let mut t = Ticket::open(TicketKind::Request, "Nouvel arrivant", "", Level::ALL[2], Level::ALL[2], Channel::Email, &m, t0())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            for (i, a) in actions.into_iter().enumerate() {
                let before = t.clone();
                let now = t0() + chrono::Duration::minutes(i as i64);
                if t.apply(a, &m, now).is_err() {
                    prop_assert_eq!(&t, &before, "a refused action changed the ticket");
                }
                if before.status == TicketStatus::Closed {
                    prop_assert_eq!(&t, &before, "a closed ticket changed");
                }
                prop_assert!(t.is_coherent(&m), "incoherent after step {}: {:?}", i, t);
            }
        }

        /// The priority always equals the matrix, unless set to major by hand.
        #[test]
        fn the_priority_always_equals_the_matrix(m in matrix(), u in 1u8..=5, i in 1u8..=5) {
            let (u, i) = (Level::new(u).unwrap_or(Level::ALL[0]), Level::new(i).unwrap_or(Level::ALL[0]));
            let t = Ticket::open(TicketKind::Incident, "x", "", u, i, Channel::Phone, &m, t0())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(t.priority, m.priority(u, i));
            prop_assert_eq!(t.priority.get(), m.cells[usize::from(u.get() - 1)][usize::from(i.get() - 1)]);
        }
    }
}
