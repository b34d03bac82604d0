//! The helpdesk's settings (priority matrix, SLA targets, business calendar,
//! office time zone) and the due times they give a ticket.
//!
//! Tickets keep their instants in UTC; business hours are local to the office.
//! The conversion lives here, once, so the storage can keep due times in UTC
//! and find overdue tickets with a plain comparison.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::priority::PriorityMatrix;
use crate::sla::{self, BusinessCalendar, Deadline, SlaTargets};
use crate::ticket::Ticket;

/// The office's time zone when none is set: Parc's users are French.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Paris";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HelpdeskSettings {
    pub matrix: PriorityMatrix,
    pub targets: SlaTargets,
    pub calendar: BusinessCalendar,
    /// An IANA zone name, e.g. `Europe/Paris`.
    pub time_zone: String,
}

impl Default for HelpdeskSettings {
    fn default() -> Self {
        HelpdeskSettings {
            matrix: PriorityMatrix::default(),
            targets: SlaTargets::default(),
            calendar: BusinessCalendar::default(),
            time_zone: DEFAULT_TIME_ZONE.into(),
        }
    }
}

/// When a ticket must be taken in charge and solved. `None`: the clock is
/// stopped (pending) or there is nothing to measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dues {
    pub own: Option<DateTime<Utc>>,
    pub resolve: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("unknown time zone {0}")]
    TimeZone(String),
    #[error("a priority is between 1 and 5")]
    Matrix,
    #[error("SLA times must be positive and the time to own no longer than the time to resolve")]
    Targets,
    #[error("opening hours end before they start")]
    Hours,
}

impl crate::Localized for SettingsError {
    fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::Invalid
    }

    fn message(&self, lang: crate::Lang) -> String {
        match self {
            SettingsError::TimeZone(z) => match lang {
                crate::Lang::Fr => format!("Fuseau horaire inconnu : « {z} » (exemple : Europe/Paris)"),
                crate::Lang::En => format!("Unknown time zone: “{z}” (for example Europe/Paris)"),
            },
            SettingsError::Matrix => lang
                .pick(
                    "Chaque case de la matrice est une priorité de 1 à 5",
                    "Every cell of the matrix is a priority from 1 to 5",
                )
                .into(),
            SettingsError::Targets => lang
                .pick(
                    "Les délais doivent être positifs, la prise en charge au plus égale à la résolution",
                    "Times must be positive, the time to own no longer than the time to resolve",
                )
                .into(),
            SettingsError::Hours => lang
                .pick("Les horaires d'ouverture finissent avant de commencer", "Opening hours end before they start")
                .into(),
        }
    }
}

impl HelpdeskSettings {
    /// Checks settings coming from a form or a file.
    pub fn validate(&self) -> Result<(), SettingsError> {
        self.time_zone.parse::<Tz>().map_err(|_| SettingsError::TimeZone(self.time_zone.clone()))?;
        if PriorityMatrix::new(self.matrix.cells).is_none() {
            return Err(SettingsError::Matrix);
        }
        if self.targets.0.iter().any(|t| t.own_minutes <= 0 || t.resolve_minutes < t.own_minutes) {
            return Err(SettingsError::Targets);
        }
        if self.calendar.hours.iter().flatten().any(|(open, close)| close <= open) {
            return Err(SettingsError::Hours);
        }
        Ok(())
    }

    fn tz(&self) -> Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::Europe::Paris)
    }

    /// A UTC instant as the office's wall clock reads it.
    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&self.tz()).naive_local()
    }

    /// The office's wall-clock time as a UTC instant. In the hour skipped in
    /// spring, the wall clock's next valid reading; in the hour repeated in
    /// autumn, the earlier one.
    pub fn utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let tz = self.tz();
        match tz.from_local_datetime(&local) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
            LocalResult::None => {
                let later = local + chrono::Duration::hours(1);
                tz.from_local_datetime(&later).earliest().map_or_else(|| later.and_utc(), |t| t.with_timezone(&Utc))
            }
        }
    }

    /// The due times of a ticket: both counted in business time from its
    /// opening, with the clock stopped during each pending period.
    pub fn dues(&self, t: &Ticket) -> Dues {
        let target = self.targets.of(t.priority);
        let start = self.local(t.opened_at);
        let pending: Vec<(NaiveDateTime, Option<NaiveDateTime>)> =
            t.pending.iter().map(|p| (self.local(p.from), p.to.map(|to| self.local(to)))).collect();
        let due = |minutes| match sla::deadline(&self.calendar, start, minutes, &pending) {
            Deadline::Due { at } => Some(self.utc(at)),
            Deadline::Paused => None,
        };
        Dues { own: due(target.own_minutes), resolve: due(target.resolve_minutes) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::priority::Level;
    use crate::ticket::{Channel, TicketAction, TicketKind};

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("date").with_timezone(&Utc)
    }

    fn ticket(opened: &str, urgency: u8, impact: u8) -> Ticket {
        let l = |n| Level::new(n).expect("level");
        Ticket::open(
            TicketKind::Incident,
            "Imprimante HS",
            "",
            l(urgency),
            l(impact),
            Channel::Phone,
            &PriorityMatrix::default(),
            utc(opened),
        )
        .expect("ticket")
    }

    #[test]
    fn dues_follow_the_paris_wall_clock_across_the_summer_time_change() {
        let s = HelpdeskSettings::default();
        // Priority 5 (urgency 5 × impact 5): own in 30 min, resolve in 4 h.
        // Friday 27 March 2026, 17:00 in Paris (16:00 UTC, winter time).
        let t = ticket("2026-03-27T16:00:00Z", 5, 5);
        let d = s.dues(&t);
        assert_eq!(d.own, Some(utc("2026-03-27T16:30:00Z")));
        // 1 h left on Friday; summer time starts on Sunday 29; Monday 30 at
        // 08:30 + 3 h = 11:30 Paris = 09:30 UTC.
        assert_eq!(d.resolve, Some(utc("2026-03-30T09:30:00Z")));
    }

    #[test]
    fn a_pending_ticket_has_no_resolve_due_and_resuming_pushes_it_back() {
        let s = HelpdeskSettings::default();
        let m = PriorityMatrix::default();
        // Monday 5 October 2026 09:00 Paris (07:00 UTC), priority 5.
        let mut t = ticket("2026-10-05T07:00:00Z", 5, 5);
        t.apply(TicketAction::Wait, &m, utc("2026-10-05T08:00:00Z")).expect("wait");
        assert_eq!(s.dues(&t).resolve, None);
        t.apply(TicketAction::Resume, &m, utc("2026-10-05T10:00:00Z")).expect("resume");
        // 4 h due at 13:00 Paris, plus 2 h pending: 15:00 Paris = 13:00 UTC.
        assert_eq!(s.dues(&t).resolve, Some(utc("2026-10-05T13:00:00Z")));
    }

    #[test]
    fn bad_settings_are_refused() {
        let mut s = HelpdeskSettings { time_zone: "Mars/Olympus".into(), ..Default::default() };
        assert_eq!(s.validate(), Err(SettingsError::TimeZone("Mars/Olympus".into())));
        s.time_zone = DEFAULT_TIME_ZONE.into();
        s.matrix.cells[0][0] = 6;
        assert_eq!(s.validate(), Err(SettingsError::Matrix));
        s.matrix = PriorityMatrix::default();
        s.targets.0[2].resolve_minutes = 10;
        assert_eq!(s.validate(), Err(SettingsError::Targets));
        assert_eq!(HelpdeskSettings::default().validate(), Ok(()));
    }
}
