//! ITIL changes, described by the seven R of change management: who Requested
//! it, the Reason, the Return expected, the Risks, the Resources, who is
//! Responsible for building, testing and putting it in production, and its
//! Relationships with other changes, tickets and assets.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeStatus {
    New,
    Evaluation,
    Approval,
    Accepted,
    Testing,
    Applied,
    Review,
    Closed,
    Refused,
    Cancelled,
}

crate::ticket::codes!(ChangeStatus {
    New => "new", Evaluation => "evaluation", Approval => "approval", Accepted => "accepted", Testing => "testing",
    Applied => "applied", Review => "review", Closed => "closed", Refused => "refused", Cancelled => "cancelled",
});

impl ChangeStatus {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ChangeStatus::New => lang.pick("Nouveau", "New"),
            ChangeStatus::Evaluation => lang.pick("En évaluation", "Evaluation"),
            ChangeStatus::Approval => lang.pick("En approbation", "Approval"),
            ChangeStatus::Accepted => lang.pick("Accepté", "Accepted"),
            ChangeStatus::Testing => lang.pick("En test", "Testing"),
            ChangeStatus::Applied => lang.pick("Appliqué", "Applied"),
            ChangeStatus::Review => lang.pick("En revue", "Review"),
            ChangeStatus::Closed => lang.pick("Clos", "Closed"),
            ChangeStatus::Refused => lang.pick("Refusé", "Refused"),
            ChangeStatus::Cancelled => lang.pick("Annulé", "Cancelled"),
        }
    }

    /// Where a change may go from here.
    pub fn next(self) -> &'static [ChangeStatus] {
        use ChangeStatus::*;
        match self {
            New => &[Evaluation, Cancelled],
            Evaluation => &[Approval, Cancelled],
            Approval => &[Accepted, Refused, Evaluation, Cancelled],
            Accepted => &[Testing, Cancelled],
            Testing => &[Applied, Accepted, Cancelled],
            Applied => &[Review],
            Review => &[Closed],
            Closed | Refused | Cancelled => &[],
        }
    }
}

/// One of the seven R.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SevenR {
    Requested,
    Reason,
    Return,
    Risks,
    Resources,
    Responsible,
    Relationships,
}

impl SevenR {
    pub fn question(self, lang: Lang) -> &'static str {
        match self {
            SevenR::Requested => lang.pick("Qui a requis ce changement ?", "Who requested this change?"),
            SevenR::Reason => lang.pick("Quelle est la raison de ce changement ?", "What is the reason for it?"),
            SevenR::Return => lang.pick("Quel est le retour attendu ?", "What return is expected?"),
            SevenR::Risks => lang.pick("Quels sont les risques ?", "What are the risks?"),
            SevenR::Resources => lang.pick("Quelles ressources sont nécessaires ?", "What resources are needed?"),
            SevenR::Responsible => lang.pick(
                "Qui est responsable de la construction, des tests et de la mise en production ?",
                "Who is responsible for building, testing and putting it in production?",
            ),
            SevenR::Relationships => lang.pick(
                "Quelles relations avec les autres changements, tickets et matériels ?",
                "What relationships with other changes, tickets and assets?",
            ),
        }
    }
}

/// What a change is related to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Relation {
    Change(Uuid),
    Ticket(Uuid),
    Asset(Uuid),
}

/// An ITIL change (named `ItilChange` in TypeScript: `Change` is a history line there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "ItilChange")]
pub struct Change {
    pub id: Uuid,
    pub title: String,
    /// R1: who requested it (a person's name or the requesting service).
    pub requested_by: String,
    pub requester_id: Option<Uuid>,
    /// R2.
    pub reason: String,
    /// R3: the return expected.
    pub expected_return: String,
    /// R4.
    pub risks: String,
    /// R5.
    pub resources: String,
    /// R6: who builds, who tests, who puts it in production.
    pub responsible_build: String,
    pub responsible_test: String,
    pub responsible_deploy: String,
    /// R7: links, and a sentence when there are none to make ("aucune").
    pub relations: Vec<Relation>,
    pub relationships_note: String,
    pub status: ChangeStatus,
    pub window_start: Option<DateTime<Utc>>,
    pub window_end: Option<DateTime<Utc>>,
    pub rollback_plan: String,
    pub affected_assets: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    #[error("the seven R are not all answered: {0:?}")]
    Incomplete(Vec<SevenR>),
    #[error("a change cannot go from {from:?} to {to:?}")]
    Transition { from: ChangeStatus, to: ChangeStatus },
    #[error("the window ends before it starts")]
    Window,
}

impl crate::Localized for ChangeError {
    fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::Invalid
    }

    fn message(&self, lang: Lang) -> String {
        match self {
            ChangeError::Incomplete(missing) => {
                let qs: Vec<&str> = missing.iter().map(|r| r.question(lang)).collect();
                match lang {
                    Lang::Fr => format!("Avant l'approbation, répondez aux 7 R : {}", qs.join(" ")),
                    Lang::En => format!("Answer the 7 R before approval: {}", qs.join(" ")),
                }
            }
            ChangeError::Transition { from, to } => match lang {
                Lang::Fr => {
                    format!("Un changement ne peut pas passer de « {} » à « {} »", from.label(lang), to.label(lang))
                }
                Lang::En => format!("A change cannot go from “{}” to “{}”", from.label(lang), to.label(lang)),
            },
            ChangeError::Window => lang
                .pick("La fenêtre d'intervention finit avant de commencer", "The change window ends before it starts")
                .into(),
        }
    }
}

impl Change {
    pub fn new(title: &str, now: DateTime<Utc>) -> Change {
        Change {
            id: crate::new_id(),
            title: title.trim().into(),
            requested_by: String::new(),
            requester_id: None,
            reason: String::new(),
            expected_return: String::new(),
            risks: String::new(),
            resources: String::new(),
            responsible_build: String::new(),
            responsible_test: String::new(),
            responsible_deploy: String::new(),
            relations: Vec::new(),
            relationships_note: String::new(),
            status: ChangeStatus::New,
            window_start: None,
            window_end: None,
            rollback_plan: String::new(),
            affected_assets: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// The R still unanswered.
    pub fn missing(&self) -> Vec<SevenR> {
        let blank = |s: &str| s.trim().is_empty();
        let mut missing = Vec::new();
        if blank(&self.requested_by) && self.requester_id.is_none() {
            missing.push(SevenR::Requested);
        }
        for (text, r) in [
            (&self.reason, SevenR::Reason),
            (&self.expected_return, SevenR::Return),
            (&self.risks, SevenR::Risks),
            (&self.resources, SevenR::Resources),
        ] {
            if blank(text) {
                missing.push(r);
            }
        }
        if blank(&self.responsible_build) || blank(&self.responsible_test) || blank(&self.responsible_deploy) {
            missing.push(SevenR::Responsible);
        }
        if self.relations.is_empty() && blank(&self.relationships_note) {
            missing.push(SevenR::Relationships);
        }
        missing
    }

    /// Moves the change on; submitting for approval needs the seven R.
    pub fn advance(&mut self, to: ChangeStatus, now: DateTime<Utc>) -> Result<(), ChangeError> {
        if !self.status.next().contains(&to) {
            return Err(ChangeError::Transition { from: self.status, to });
        }
        if to == ChangeStatus::Approval {
            let missing = self.missing();
            if !missing.is_empty() {
                return Err(ChangeError::Incomplete(missing));
            }
        }
        if let (Some(a), Some(b)) = (self.window_start, self.window_end)
            && b < a
        {
            return Err(ChangeError::Window);
        }
        self.status = to;
        self.updated_at = now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_795_000_000, 0).expect("ts")
    }

    fn firewall_update() -> Change {
        let mut c = Change::new("Mise à jour FortiOS 7.2.8 → 7.2.10 du pare-feu du siège", now());
        c.requested_by = "Direction informatique".into();
        c.reason = "Faille critique publiée par l'éditeur".into();
        c.expected_return = "Faille corrigée, aucune coupure hors fenêtre".into();
        c.risks = "Coupure Internet si le redémarrage échoue".into();
        c.resources = "Console série, image 7.2.8 de secours, 1 h".into();
        c.responsible_build = "Marie".into();
        c.responsible_test = "Julien".into();
        c.responsible_deploy = "Marie".into();
        c.relations.push(Relation::Asset(crate::new_id()));
        c.rollback_plan = "Revenir à la partition de démarrage précédente".into();
        c
    }

    #[test]
    fn approval_needs_the_seven_r() {
        let mut c = Change::new("Remplacer le switch du 2e", now());
        c.advance(ChangeStatus::Evaluation, now()).expect("evaluate");
        let err = c.advance(ChangeStatus::Approval, now()).expect_err("nothing answered");
        assert_eq!(
            err,
            ChangeError::Incomplete(vec![
                SevenR::Requested,
                SevenR::Reason,
                SevenR::Return,
                SevenR::Risks,
                SevenR::Resources,
                SevenR::Responsible,
                SevenR::Relationships
            ])
        );
        assert!(crate::Localized::message(&err, Lang::Fr).contains("Qui a requis ce changement ?"));
        assert_eq!(c.status, ChangeStatus::Evaluation, "a refused step changes nothing");
    }

    #[test]
    fn a_complete_change_goes_through_its_life() {
        let mut c = firewall_update();
        assert!(c.missing().is_empty());
        for s in [
            ChangeStatus::Evaluation,
            ChangeStatus::Approval,
            ChangeStatus::Accepted,
            ChangeStatus::Testing,
            ChangeStatus::Applied,
            ChangeStatus::Review,
            ChangeStatus::Closed,
        ] {
            c.advance(s, now()).expect("next step");
        }
        assert!(c.advance(ChangeStatus::Cancelled, now()).is_err(), "a closed change is final");
    }

    #[test]
    fn no_relation_must_be_said_and_one_responsible_is_not_enough() {
        let mut c = firewall_update();
        c.relations.clear();
        assert_eq!(c.missing(), vec![SevenR::Relationships]);
        c.relationships_note = "Aucune".into();
        c.responsible_test.clear();
        assert_eq!(c.missing(), vec![SevenR::Responsible]);
    }

    #[test]
    fn skipping_steps_is_refused() {
        let mut c = firewall_update();
        assert!(matches!(c.advance(ChangeStatus::Applied, now()), Err(ChangeError::Transition { .. })));
        c.window_start = Some(now());
        c.window_end = Some(now() - chrono::Duration::hours(1));
        assert_eq!(c.advance(ChangeStatus::Evaluation, now()), Err(ChangeError::Window));
    }
}
