//! The SLA clock: time to own and time to resolve, counted in business hours
//! on a calendar (Monday–Friday 08:30–18:00 and French public holidays by
//! default), stopped while a ticket is pending.
//!
//! Times here are local wall-clock times (`NaiveDateTime`): business hours are
//! a local notion; callers convert from UTC with the office's time zone.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::priority::Priority;

/// Opening hours, by weekday, and the days closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BusinessCalendar {
    /// Monday first; `None`: closed that day.
    pub hours: [Option<(NaiveTime, NaiveTime)>; 7],
    /// Close on French public holidays (computed for any year, Easter included).
    pub french_holidays: bool,
    /// Other closed days (a bridge day, the company's own holidays).
    pub closed_days: Vec<NaiveDate>,
}

impl Default for BusinessCalendar {
    fn default() -> Self {
        let day = NaiveTime::from_hms_opt(8, 30, 0).zip(NaiveTime::from_hms_opt(18, 0, 0));
        BusinessCalendar {
            hours: [day, day, day, day, day, None, None],
            french_holidays: true,
            closed_days: Vec::new(),
        }
    }
}

/// Easter Sunday (anonymous Gregorian algorithm).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

/// The eleven public holidays of metropolitan France in `year`.
pub fn french_holidays(year: i32) -> Vec<NaiveDate> {
    let e = easter(year);
    let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)];
    let mut days: Vec<NaiveDate> = fixed.iter().filter_map(|(m, d)| NaiveDate::from_ymd_opt(year, *m, *d)).collect();
    // Easter Monday, Ascension Thursday, Whit Monday.
    days.extend([e + Duration::days(1), e + Duration::days(39), e + Duration::days(50)]);
    days.sort();
    days
}

impl BusinessCalendar {
    /// The opening hours of a date, or `None` when closed.
    pub fn hours_on(&self, date: NaiveDate) -> Option<(NaiveTime, NaiveTime)> {
        if self.closed_days.contains(&date) {
            return None;
        }
        if self.french_holidays && french_holidays(date.year()).contains(&date) {
            return None;
        }
        self.hours[date.weekday().num_days_from_monday() as usize].filter(|(open, close)| open < close)
    }

    fn is_ever_open(&self) -> bool {
        self.hours.iter().flatten().any(|(o, c)| o < c)
    }

    /// The moment `minutes` of business time after `from`. A deadline that
    /// falls at closing time stays there rather than jumping to the next day.
    pub fn add(&self, from: NaiveDateTime, minutes: i64) -> NaiveDateTime {
        if !self.is_ever_open() {
            return from;
        }
        let mut left = minutes.max(0);
        let mut at = from;
        // Ten years of days is far more than any SLA; the bound keeps a
        // calendar with every day closed from looping for ever.
        for _ in 0..3660 {
            if let Some((open, close)) = self.hours_on(at.date()) {
                let start = at.max(at.date().and_time(open));
                let end = at.date().and_time(close);
                if start <= end {
                    let available = (end - start).num_minutes();
                    if left <= available {
                        return start + Duration::minutes(left);
                    }
                    left -= available;
                }
            }
            at = (at.date() + Duration::days(1)).and_time(NaiveTime::MIN);
        }
        at
    }

    /// Business minutes between two moments (0 when `to` is before `from`).
    pub fn minutes_between(&self, from: NaiveDateTime, to: NaiveDateTime) -> i64 {
        let mut total = 0;
        let mut day = from.date();
        while day <= to.date() {
            if let Some((open, close)) = self.hours_on(day) {
                let start = from.max(day.and_time(open));
                let end = to.min(day.and_time(close));
                if end > start {
                    total += (end - start).num_minutes();
                }
            }
            day += Duration::days(1);
        }
        total
    }
}

/// The time to own and the time to resolve of one priority, in business minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlaTarget {
    pub own_minutes: i64,
    pub resolve_minutes: i64,
}

/// The SLA of each priority (index 0 is priority 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SlaTargets(pub [SlaTarget; 6]);

/// One business day of the default calendar: 08:30–18:00.
const DAY: i64 = 9 * 60 + 30;

impl Default for SlaTargets {
    fn default() -> Self {
        let t = |own, resolve| SlaTarget { own_minutes: own, resolve_minutes: resolve };
        SlaTargets([
            t(DAY, 10 * DAY),   // 1 very low
            t(4 * 60, 5 * DAY), // 2 low
            t(2 * 60, 3 * DAY), // 3 medium
            t(60, DAY),         // 4 high
            t(30, 4 * 60),      // 5 very high
            t(15, 2 * 60),      // 6 major
        ])
    }
}

impl SlaTargets {
    pub fn of(&self, p: Priority) -> SlaTarget {
        self.0[usize::from(p.get() - 1)]
    }
}

/// Where a deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Deadline {
    /// Due at this local time.
    Due { at: NaiveDateTime },
    /// The clock is stopped (the ticket is pending): no due time yet.
    Paused,
}

/// The deadline of a target that started at `start`, with the clock stopped
/// during each `(from, to)` pending period (`to: None` while still pending).
pub fn deadline(
    calendar: &BusinessCalendar,
    start: NaiveDateTime,
    minutes: i64,
    pending: &[(NaiveDateTime, Option<NaiveDateTime>)],
) -> Deadline {
    let mut periods = pending.to_vec();
    periods.sort_by_key(|p| p.0);
    let mut due = calendar.add(start, minutes);
    for (from, to) in periods {
        if from >= due {
            break;
        }
        let Some(to) = to else { return Deadline::Paused };
        let from = from.max(start);
        due = calendar.add(due, calendar.minutes_between(from, to));
    }
    Deadline::Due { at: due }
}

/// Whether a deadline has passed.
pub fn is_overdue(deadline: Deadline, now: NaiveDateTime) -> bool {
    matches!(deadline, Deadline::Due { at } if now > at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, min, 0)).expect("valid moment")
    }

    #[test]
    fn easter_and_the_french_holidays() {
        assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31).expect("date"));
        assert_eq!(easter(2025), NaiveDate::from_ymd_opt(2025, 4, 20).expect("date"));
        assert_eq!(easter(2026), NaiveDate::from_ymd_opt(2026, 4, 5).expect("date"));
        assert_eq!(easter(2027), NaiveDate::from_ymd_opt(2027, 3, 28).expect("date"));
        let h = french_holidays(2026);
        assert_eq!(h.len(), 11);
        for (m, d) in [(4, 6), (5, 14), (5, 25), (7, 14), (11, 11)] {
            assert!(h.contains(&NaiveDate::from_ymd_opt(2026, m, d).expect("date")), "{m}/{d}");
        }
    }

    #[test]
    fn business_time_skips_nights() {
        let c = BusinessCalendar::default();
        // Tuesday 17:00 + 2 h → Wednesday 09:30.
        assert_eq!(c.add(at(2026, 11, 17, 17, 0), 120), at(2026, 11, 18, 9, 30));
        // Opened at 07:00: the clock starts at 08:30.
        assert_eq!(c.add(at(2026, 11, 17, 7, 0), 60), at(2026, 11, 17, 9, 30));
        // Ending exactly at closing time stays on the day.
        assert_eq!(c.add(at(2026, 11, 17, 17, 0), 60), at(2026, 11, 17, 18, 0));
    }

    #[test]
    fn business_time_skips_weekends() {
        let c = BusinessCalendar::default();
        // Friday 20 Nov 2026 at 16:00 + 4 h → Monday 23 Nov at 10:30.
        assert_eq!(c.add(at(2026, 11, 20, 16, 0), 240), at(2026, 11, 23, 10, 30));
        // Opened on a Saturday: the clock starts on Monday morning.
        assert_eq!(c.add(at(2026, 11, 21, 11, 0), 30), at(2026, 11, 23, 9, 0));
    }

    #[test]
    fn business_time_skips_public_holidays_and_easter_monday() {
        let c = BusinessCalendar::default();
        // Thursday 2 April 2026 16:00 + one business day (9.5 h): 2 h on
        // Thursday, 7.5 h on Friday → Friday 16:00.
        assert_eq!(c.add(at(2026, 4, 2, 16, 0), DAY), at(2026, 4, 3, 16, 0));
        // Friday 3 April 17:00 + 2 h → Tuesday 7 April 09:30 (Easter Monday off).
        assert_eq!(c.add(at(2026, 4, 3, 17, 0), 120), at(2026, 4, 7, 9, 30));
        // Wednesday 13 May 17:00 + 2 h → Friday 15 May 09:30 (Ascension Thursday off).
        assert_eq!(c.add(at(2026, 5, 13, 17, 0), 120), at(2026, 5, 15, 9, 30));
        // 11 November (Wednesday) is off.
        assert_eq!(c.add(at(2026, 11, 10, 17, 30), 60), at(2026, 11, 12, 9, 0));
    }

    #[test]
    fn a_company_closed_day_and_edited_hours_are_honoured() {
        let mut c = BusinessCalendar::default();
        c.closed_days.push(NaiveDate::from_ymd_opt(2026, 11, 18).expect("date"));
        assert_eq!(c.add(at(2026, 11, 17, 17, 0), 120), at(2026, 11, 19, 9, 30));
        c.hours[5] = NaiveTime::from_hms_opt(9, 0, 0).zip(NaiveTime::from_hms_opt(12, 0, 0));
        assert_eq!(c.add(at(2026, 11, 20, 17, 30), 60), at(2026, 11, 21, 9, 30), "open on Saturday morning");
        let never = BusinessCalendar { hours: [None; 7], french_holidays: true, closed_days: Vec::new() };
        assert_eq!(never.add(at(2026, 1, 1, 0, 0), 60), at(2026, 1, 1, 0, 0), "no loop for ever");
    }

    #[test]
    fn minutes_between_counts_only_open_hours() {
        let c = BusinessCalendar::default();
        assert_eq!(c.minutes_between(at(2026, 11, 20, 17, 0), at(2026, 11, 23, 9, 0)), 60 + 30);
        assert_eq!(c.minutes_between(at(2026, 11, 23, 9, 0), at(2026, 11, 20, 17, 0)), 0);
    }

    #[test]
    fn the_clock_stops_while_pending() {
        let c = BusinessCalendar::default();
        let opened = at(2026, 11, 16, 9, 0); // Monday
        // 4 business hours: due Monday 13:00.
        assert_eq!(deadline(&c, opened, 240, &[]), Deadline::Due { at: at(2026, 11, 16, 13, 0) });
        // Pending 10:00–11:30: due 14:30.
        let p = [(at(2026, 11, 16, 10, 0), Some(at(2026, 11, 16, 11, 30)))];
        assert_eq!(deadline(&c, opened, 240, &p), Deadline::Due { at: at(2026, 11, 16, 14, 30) });
        // Pending from Monday 12:00 to Tuesday 10:00 (6 h + 1.5 h of business
        // time): due Tuesday 11:00.
        let p = [(at(2026, 11, 16, 12, 0), Some(at(2026, 11, 17, 10, 0)))];
        assert_eq!(deadline(&c, opened, 240, &p), Deadline::Due { at: at(2026, 11, 17, 11, 0) });
        // Still pending: the clock is stopped.
        let p = [(at(2026, 11, 16, 10, 0), None)];
        assert_eq!(deadline(&c, opened, 240, &p), Deadline::Paused);
        // A pending period after the deadline changes nothing.
        let p = [(at(2026, 11, 16, 15, 0), Some(at(2026, 11, 16, 16, 0)))];
        assert_eq!(deadline(&c, opened, 240, &p), Deadline::Due { at: at(2026, 11, 16, 13, 0) });
        assert!(is_overdue(deadline(&c, opened, 240, &[]), at(2026, 11, 16, 13, 1)));
        assert!(!is_overdue(Deadline::Paused, at(2030, 1, 1, 0, 0)));
    }

    #[test]
    fn default_targets_tighten_with_priority() {
        let t = SlaTargets::default();
        for w in Priority::ALL.windows(2) {
            assert!(t.of(w[1]).resolve_minutes < t.of(w[0]).resolve_minutes);
            assert!(t.of(w[1]).own_minutes < t.of(w[0]).own_minutes);
        }
    }
}
