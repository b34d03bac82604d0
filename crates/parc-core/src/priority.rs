//! Urgency × impact → priority, through a matrix the user can edit.
//!
//! The default is GLPI's (rows are urgency, columns impact, 1 = very low,
//! 5 = very high). Priority 6, "majeure", is never computed: it is set by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Lang;

/// A level from 1 (very low) to 5 (very high), for urgency and impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "u8", into = "u8")]
#[ts(type = "1 | 2 | 3 | 4 | 5")]
pub struct Level(u8);

impl Level {
    pub const ALL: [Level; 5] = [Level(1), Level(2), Level(3), Level(4), Level(5)];

    pub fn new(n: u8) -> Option<Level> {
        (1..=5).contains(&n).then_some(Level(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self.0 {
            1 => lang.pick("Très basse", "Very low"),
            2 => lang.pick("Basse", "Low"),
            3 => lang.pick("Moyenne", "Medium"),
            4 => lang.pick("Haute", "High"),
            _ => lang.pick("Très haute", "Very high"),
        }
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Level, String> {
        Level::new(n).ok_or_else(|| format!("a level is between 1 and 5, not {n}"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

/// A ticket's priority, 1 (very low) to 6 (major).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "u8", into = "u8")]
#[ts(type = "1 | 2 | 3 | 4 | 5 | 6")]
pub struct Priority(u8);

impl Priority {
    /// "Majeure": only ever set by hand.
    pub const MAJOR: Priority = Priority(6);
    pub const ALL: [Priority; 6] = [Priority(1), Priority(2), Priority(3), Priority(4), Priority(5), Priority(6)];

    pub fn new(n: u8) -> Option<Priority> {
        (1..=6).contains(&n).then_some(Priority(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self.0 {
            1 => lang.pick("Très basse", "Very low"),
            2 => lang.pick("Basse", "Low"),
            3 => lang.pick("Moyenne", "Medium"),
            4 => lang.pick("Haute", "High"),
            5 => lang.pick("Très haute", "Very high"),
            _ => lang.pick("Majeure", "Major"),
        }
    }
}

impl TryFrom<u8> for Priority {
    type Error = String;
    fn try_from(n: u8) -> Result<Priority, String> {
        Priority::new(n).ok_or_else(|| format!("a priority is between 1 and 6, not {n}"))
    }
}

impl From<Priority> for u8 {
    fn from(p: Priority) -> u8 {
        p.0
    }
}

/// `cells[urgency - 1][impact - 1]` is the priority, 1 to 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PriorityMatrix {
    pub cells: [[u8; 5]; 5],
}

impl Default for PriorityMatrix {
    /// GLPI's default matrix.
    fn default() -> Self {
        PriorityMatrix { cells: [[1, 1, 2, 2, 2], [1, 2, 2, 3, 3], [2, 2, 3, 4, 4], [2, 3, 4, 4, 5], [2, 3, 4, 5, 5]] }
    }
}

impl PriorityMatrix {
    /// A matrix from user input: every cell must be a priority from 1 to 5
    /// (6 stays manual).
    pub fn new(cells: [[u8; 5]; 5]) -> Option<PriorityMatrix> {
        cells.iter().flatten().all(|c| (1..=5).contains(c)).then_some(PriorityMatrix { cells })
    }

    pub fn priority(&self, urgency: Level, impact: Level) -> Priority {
        Priority(self.cells[usize::from(urgency.0 - 1)][usize::from(impact.0 - 1)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_glpis_matrix() {
        let m = PriorityMatrix::default();
        let row = |u: u8| -> Vec<u8> {
            Level::ALL.iter().map(|i| m.priority(Level::new(u).expect("level"), *i).get()).collect()
        };
        assert_eq!(row(1), [1, 1, 2, 2, 2]);
        assert_eq!(row(2), [1, 2, 2, 3, 3]);
        assert_eq!(row(3), [2, 2, 3, 4, 4]);
        assert_eq!(row(4), [2, 3, 4, 4, 5]);
        assert_eq!(row(5), [2, 3, 4, 5, 5]);
    }

    #[test]
    fn levels_and_matrices_refuse_what_is_out_of_range() {
        assert_eq!(Level::new(0), None);
        assert_eq!(Level::new(6), None);
        assert_eq!(Priority::new(7), None);
        assert!(PriorityMatrix::new([[6; 5]; 5]).is_none(), "6 is never computed");
        assert!(serde_json::from_str::<Level>("9").is_err());
        assert_eq!(serde_json::from_str::<Level>("4").ok(), Level::new(4));
    }
}
