//! The TypeScript types of everything that crosses IPC, generated from Rust.
//!
//! `ui/src/bindings.ts` is this module's output, committed. The test below
//! fails when it is stale; `PARC_BLESS=1 cargo test -p parc bindings` rewrites it.

use parc_core::asset::{AssetKind, WarrantyState};
use parc_core::history::{Action, Change, HistoryEntry};
use parc_core::ipc::{
    AssetColumn, AssetDetail, AssetInput, AssetQuery, AssetRow, Assignment, BulkChange, Dashboard, DatabaseInfo,
    DeleteOutcome, HitKind, IpcError, KeyMode, KindCount, LocationInput, LocationNode, PassphraseReason, PersonInput,
    PersonRow, Reference, SearchHit, SessionState, StatusCount, SupplierInput, WarrantyFilter,
};
use parc_core::{Asset, Location, LocationKind, Person, Supplier};
use parc_core::{AssetStatus, Cents, ErrorCode, Lang};
use ts_rs::{Config, TS};

/// The whole bindings file.
pub fn typescript() -> String {
    // Our integers (cents, counts) stay far below 2^53: plain numbers.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Lang::decl(&cfg),
        ErrorCode::decl(&cfg),
        IpcError::decl(&cfg),
        Cents::decl(&cfg),
        AssetStatus::decl(&cfg),
        WarrantyState::decl(&cfg),
        AssetKind::decl(&cfg),
        KeyMode::decl(&cfg),
        DatabaseInfo::decl(&cfg),
        PassphraseReason::decl(&cfg),
        SessionState::decl(&cfg),
        StatusCount::decl(&cfg),
        KindCount::decl(&cfg),
        Dashboard::decl(&cfg),
        AssetRow::decl(&cfg),
        AssetColumn::decl(&cfg),
        WarrantyFilter::decl(&cfg),
        AssetQuery::decl(&cfg),
        Asset::decl(&cfg),
        AssetInput::decl(&cfg),
        Reference::decl(&cfg),
        Assignment::decl(&cfg),
        Action::decl(&cfg),
        Change::decl(&cfg),
        HistoryEntry::decl(&cfg),
        AssetDetail::decl(&cfg),
        BulkChange::decl(&cfg),
        DeleteOutcome::decl(&cfg),
        LocationKind::decl(&cfg),
        Location::decl(&cfg),
        LocationNode::decl(&cfg),
        LocationInput::decl(&cfg),
        Person::decl(&cfg),
        PersonRow::decl(&cfg),
        PersonInput::decl(&cfg),
        Supplier::decl(&cfg),
        SupplierInput::decl(&cfg),
        HitKind::decl(&cfg),
        SearchHit::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit:\n\
         // run `PARC_BLESS=1 cargo test -p parc bindings` after changing a type.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn bindings_are_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings.ts");
        let expected = super::typescript();
        if std::env::var_os("PARC_BLESS").is_some() {
            std::fs::write(&path, &expected).expect("write bindings");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == expected,
            "ui/src/bindings.ts is stale: run `PARC_BLESS=1 cargo test -p parc bindings` and commit it"
        );
    }
}
