//! How a history entry's changes are kept in `history.changes`.
//!
//! An update keeps the JSON array of `{"field", "old", "new"}` it always had.
//! A creation has no old values and a deletion no new ones: writing
//! `"old":null` for every field of every record made the history the largest
//! thing in the file (83 of the 200 MB that 100,000 imported assets took).
//! Those two are kept as one object, `{"tag":"PARC-1","name":"PC",…}`, the
//! empty side implied by the action. The reader takes both forms, so files
//! written before read as they did.

use std::collections::HashSet;
use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use parc_core::history::{Action, Change};

/// The text stored for `changes` of an entry with `action`.
pub(crate) fn encode(action: Action, changes: &[Change]) -> String {
    let one_sided = match action {
        Action::Created => changes.iter().all(|c| c.old.is_none()),
        Action::Deleted => changes.iter().all(|c| c.new.is_none()),
        Action::Updated => false,
    };
    // An object cannot name a field twice: an inventory's creation lists
    // every installed program under the same field.
    let mut seen = HashSet::with_capacity(changes.len());
    let encoded = if one_sided && changes.iter().all(|c| seen.insert(c.field.as_str())) {
        serde_json::to_string(&Values { action, changes })
    } else {
        serde_json::to_string(changes)
    };
    // Serialising strings cannot fail; an empty list is the safe fallback.
    encoded.unwrap_or_else(|_| "[]".into())
}

/// The changes of an entry with `action`, from either stored form; nothing
/// when the text is unreadable (an entry is never worth failing a page).
pub(crate) fn decode(action: Action, text: &str) -> Vec<Change> {
    if text.trim_start().starts_with('{') {
        let Ok(Fields(fields)) = serde_json::from_str(text) else { return Vec::new() };
        fields
            .into_iter()
            .map(|(field, value)| match action {
                Action::Deleted => Change { field, old: value, new: None },
                Action::Created | Action::Updated => Change { field, old: None, new: value },
            })
            .collect()
    } else {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// A creation's new values, or a deletion's old ones, as one object.
struct Values<'a> {
    action: Action,
    changes: &'a [Change],
}

impl serde::Serialize for Values<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.changes.len()))?;
        for c in self.changes {
            let value = if self.action == Action::Deleted { &c.old } else { &c.new };
            map.serialize_entry(&c.field, value)?;
        }
        map.end()
    }
}

/// An object read back in the order it was written (the fields' order is
/// the record's, which the history page shows).
struct Fields(Vec<(String, Option<String>)>);

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Fields, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of field names and values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(entry) = map.next_entry()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(field: &str, old: Option<&str>, new: Option<&str>) -> Change {
        Change { field: field.into(), old: old.map(Into::into), new: new.map(Into::into) }
    }

    #[test]
    fn a_creation_is_one_object_and_reads_back_in_order() {
        let changes = vec![change("tag", None, Some("PARC-1")), change("name", None, Some("Poste « accueil »"))];
        let text = encode(Action::Created, &changes);
        assert_eq!(text, r#"{"tag":"PARC-1","name":"Poste « accueil »"}"#);
        assert_eq!(decode(Action::Created, &text), changes);
    }

    #[test]
    fn a_deletion_keeps_its_old_values() {
        let changes = vec![change("tag", Some("PARC-1"), None), change("serial", Some("SN1"), None)];
        let text = encode(Action::Deleted, &changes);
        assert_eq!(text, r#"{"tag":"PARC-1","serial":"SN1"}"#);
        assert_eq!(decode(Action::Deleted, &text), changes);
    }

    #[test]
    fn updates_repeated_fields_and_two_sided_creations_stay_arrays() {
        let update = vec![change("status", Some("stock"), Some("deployed"))];
        let repeated = vec![change("software", None, Some("Firefox 128")), change("software", None, Some("7-Zip"))];
        let two_sided = vec![change("memory", Some("8"), Some("16"))];
        for (action, changes) in
            [(Action::Updated, &update), (Action::Created, &repeated), (Action::Created, &two_sided)]
        {
            let text = encode(action, changes);
            assert!(text.starts_with('['), "{text}");
            assert_eq!(&decode(action, &text), changes);
        }
    }

    #[test]
    fn entries_written_before_read_as_they_did() {
        let old = r#"[{"field":"tag","old":null,"new":"PARC-1"}]"#;
        assert_eq!(decode(Action::Created, old), vec![change("tag", None, Some("PARC-1"))]);
        assert_eq!(decode(Action::Created, "{not json"), Vec::new());
        assert_eq!(encode(Action::Created, &[]), "{}");
        assert_eq!(decode(Action::Created, "{}"), Vec::new());
    }
}
