//! The TypeScript types of everything that crosses IPC, generated from Rust.
//!
//! `ui/src/bindings.ts` is this module's output, committed. The test below
//! fails when it is stale; `PARC_BLESS=1 cargo test -p parc bindings` rewrites it.

use parc_core::asset::{AssetKind, WarrantyState};
use parc_core::audit::{
    AuditResult, CampaignDetail, CampaignInput, CampaignRow, CampaignStatus, ExpectedAsset, MissingAction, ScanOutcome,
    ScanReply, ScanView,
};
use parc_core::change::{Change as ItilChange, ChangeStatus, Relation, SevenR};
use parc_core::desk::{
    CategoryView, ChangeDetail, ChangeInput, ChangeRow, CommandKind, EventKind, FollowupInput, RelationView,
    SevenRView, StatGroup, TaskInput, TemplateView, TicketColumn, TicketCommand, TicketDetail, TicketEvent,
    TicketInput, TicketQuery, TicketRow, TicketStats, TicketView, WeekCount,
};
use parc_core::helpdesk::HelpdeskSettings;
use parc_core::history::{Action, Change, HistoryEntry};
use parc_core::ipc::{
    AssetColumn, AssetDetail, AssetInput, AssetQuery, AssetRow, Assignment, BulkChange, CustomSheet, Dashboard,
    DatabaseInfo, DeleteOutcome, HitKind, IpcError, KeyMode, KindCount, LabelRequest, LabelSheet, LocationInput,
    LocationNode, PassphraseReason, PersonInput, PersonRow, Reference, SearchHit, SessionState, StatusCount,
    SupplierInput, WarrantyFilter,
};
use parc_core::priority::{Level, Priority, PriorityMatrix};
use parc_core::sla::{BusinessCalendar, SlaTarget, SlaTargets};
use parc_core::ticket::{Assignee, Channel, PendingPeriod, Solution, SolutionKind, Ticket, TicketKind, TicketStatus};
use parc_core::{Asset, Location, LocationKind, Person, Supplier};
use parc_core::{AssetStatus, Cents, ErrorCode, Lang};
use parc_import::wizard::{
    FateKind, FieldChoice, ImportOutcome, ImportPreview, ImportProgress, InventoryPreview, LineError, LineView,
    TablePreview, ThisComputerPlan,
};
use parc_import::{
    AssetField, ColumnMapping, DateOrder, DirectoryComputer, Format, Holder, ImportSummary, InventoryComputer, Mapping,
    Reconciliation, TextEncoding,
};
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
        Level::decl(&cfg),
        Priority::decl(&cfg),
        PriorityMatrix::decl(&cfg),
        SlaTarget::decl(&cfg),
        SlaTargets::decl(&cfg),
        BusinessCalendar::decl(&cfg),
        HelpdeskSettings::decl(&cfg),
        TicketKind::decl(&cfg),
        Channel::decl(&cfg),
        TicketStatus::decl(&cfg),
        Assignee::decl(&cfg),
        SolutionKind::decl(&cfg),
        Solution::decl(&cfg),
        PendingPeriod::decl(&cfg),
        Ticket::decl(&cfg),
        TicketView::decl(&cfg),
        TicketColumn::decl(&cfg),
        TicketQuery::decl(&cfg),
        TicketRow::decl(&cfg),
        TicketInput::decl(&cfg),
        TicketCommand::decl(&cfg),
        CommandKind::decl(&cfg),
        EventKind::decl(&cfg),
        TicketEvent::decl(&cfg),
        TicketDetail::decl(&cfg),
        FollowupInput::decl(&cfg),
        TaskInput::decl(&cfg),
        CategoryView::decl(&cfg),
        TemplateView::decl(&cfg),
        WeekCount::decl(&cfg),
        StatGroup::decl(&cfg),
        TicketStats::decl(&cfg),
        ChangeStatus::decl(&cfg),
        SevenR::decl(&cfg),
        Relation::decl(&cfg),
        ItilChange::decl(&cfg),
        ChangeRow::decl(&cfg),
        ChangeInput::decl(&cfg),
        SevenRView::decl(&cfg),
        RelationView::decl(&cfg),
        ChangeDetail::decl(&cfg),
        CampaignStatus::decl(&cfg),
        ScanOutcome::decl(&cfg),
        MissingAction::decl(&cfg),
        CampaignInput::decl(&cfg),
        CampaignRow::decl(&cfg),
        ScanView::decl(&cfg),
        ExpectedAsset::decl(&cfg),
        CampaignDetail::decl(&cfg),
        ScanReply::decl(&cfg),
        AuditResult::decl(&cfg),
        LabelSheet::decl(&cfg),
        CustomSheet::decl(&cfg),
        LabelRequest::decl(&cfg),
        Format::decl(&cfg),
        TextEncoding::decl(&cfg),
        DateOrder::decl(&cfg),
        AssetField::decl(&cfg),
        ColumnMapping::decl(&cfg),
        Mapping::decl(&cfg),
        FieldChoice::decl(&cfg),
        TablePreview::decl(&cfg),
        InventoryPreview::decl(&cfg),
        ImportPreview::decl(&cfg),
        ImportSummary::decl(&cfg),
        FateKind::decl(&cfg),
        LineError::decl(&cfg),
        LineView::decl(&cfg),
        DirectoryComputer::decl(&cfg),
        InventoryComputer::decl(&cfg),
        Holder::decl(&cfg),
        Reconciliation::decl(&cfg),
        ImportOutcome::decl(&cfg),
        ThisComputerPlan::decl(&cfg),
        ImportProgress::decl(&cfg),
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
