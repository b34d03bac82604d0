//! Tauri's build step. The app's own commands are declared here so that the
//! capability files can allow exactly those, and nothing else.

const COMMANDS: &[&str] = &[
    "session_state",
    "create_database",
    "unlock",
    "set_language",
    "dashboard",
    "list_assets",
    "count_assets",
    "asset_detail",
    "asset_kinds",
    "next_asset_tag",
    "create_asset",
    "update_asset",
    "duplicate_asset",
    "delete_asset",
    "bulk_update_assets",
    "export_assets_csv",
    "save_asset_kind",
    "tag_pattern",
    "set_tag_pattern",
    "location_tree",
    "save_location",
    "delete_location",
    "people",
    "save_person",
    "delete_person",
    "suppliers",
    "save_supplier",
    "delete_supplier",
    "global_search",
    "list_tickets",
    "count_tickets",
    "ticket_detail",
    "create_ticket",
    "update_ticket",
    "act_on_ticket",
    "add_followup",
    "add_task",
    "set_task_done",
    "ticket_categories",
    "save_ticket_category",
    "ticket_templates",
    "helpdesk_settings",
    "set_helpdesk_settings",
    "ticket_stats",
    "list_changes",
    "change_detail",
    "create_change",
    "update_change",
    "advance_change",
    "campaigns",
    "start_campaign",
    "campaign_detail",
    "scan_tag",
    "apply_campaign",
    "cancel_campaign",
    "company_name",
    "set_company_name",
    "print_labels",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; the message says why.
        panic!("tauri build step failed: {e:#}");
    }
}
