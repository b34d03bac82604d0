//! Parc's domain: what an IT fleet is made of (assets, locations, people,
//! suppliers), the rules that keep it coherent, and the history of every change.
//!
//! This crate knows nothing of SQL, files or windows: the storage crate
//! (`parc-db`) persists these types, the `parc` CLI and the desktop shell drive
//! them. Time is always passed in (`now`), never read here, so every rule is
//! testable without waiting.

pub mod asset;
pub mod audit;
pub mod change;
pub mod demo;
pub mod demo_desk;
pub mod desk;
pub mod error;
pub mod export;
pub mod helpdesk;
pub mod history;
pub mod i18n;
pub mod ipc;
pub mod location;
pub mod money;
pub mod person;
pub mod priority;
pub mod rng;
pub mod sla;
pub mod supplier;
pub mod tag;
pub mod ticket;

pub use asset::{Asset, AssetKind, AssetStatus};
pub use error::{ErrorCode, Localized};
pub use history::{Action, Change, HistoryEntry};
pub use i18n::Lang;
pub use location::{Location, LocationKind};
pub use money::Cents;
pub use person::Person;
pub use supplier::Supplier;

/// A text field as forms send it: trimmed, and `None` when empty.
pub fn non_empty(v: &Option<String>) -> Option<String> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

/// A new record identifier: UUIDv7, so ids sort by creation time and index well.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
