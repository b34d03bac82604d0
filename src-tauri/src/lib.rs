//! The desktop shell of Parc: a thin Tauri layer over `parc-core` and
//! `parc-db`. Commands only adapt: they take the state's lock, call the core
//! API and turn errors into `{ code, message }` in the user's language.

pub mod bindings;
mod commands;
mod import_job;
mod state;

use tauri::Manager;

pub use state::AppState;

/// Starts the application.
pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let path = match std::env::var_os("PARC_DB").filter(|p| !p.is_empty()) {
                Some(p) => p.into(),
                None => app.path().app_data_dir()?.join("parc.db"),
            };
            app.manage(AppState::new(path, parc_db::Keyring::os()));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::session::session_state,
            commands::session::create_database,
            commands::session::unlock,
            commands::settings::set_language,
            commands::inventory::dashboard,
            commands::inventory::list_assets,
            commands::inventory::count_assets,
            commands::inventory::asset_detail,
            commands::inventory::asset_kinds,
            commands::inventory::next_asset_tag,
            commands::inventory::create_asset,
            commands::inventory::update_asset,
            commands::inventory::duplicate_asset,
            commands::inventory::delete_asset,
            commands::inventory::bulk_update_assets,
            commands::inventory::export_assets_csv,
            commands::inventory::save_asset_kind,
            commands::inventory::tag_pattern,
            commands::inventory::set_tag_pattern,
            commands::directory::location_tree,
            commands::directory::save_location,
            commands::directory::delete_location,
            commands::directory::people,
            commands::directory::save_person,
            commands::directory::delete_person,
            commands::directory::suppliers,
            commands::directory::save_supplier,
            commands::directory::delete_supplier,
            commands::directory::global_search,
            commands::helpdesk::list_tickets,
            commands::helpdesk::count_tickets,
            commands::helpdesk::ticket_detail,
            commands::helpdesk::create_ticket,
            commands::helpdesk::update_ticket,
            commands::helpdesk::act_on_ticket,
            commands::helpdesk::add_followup,
            commands::helpdesk::add_task,
            commands::helpdesk::set_task_done,
            commands::helpdesk::ticket_categories,
            commands::helpdesk::save_ticket_category,
            commands::helpdesk::ticket_templates,
            commands::helpdesk::helpdesk_settings,
            commands::helpdesk::set_helpdesk_settings,
            commands::helpdesk::ticket_stats,
            commands::helpdesk::list_changes,
            commands::helpdesk::change_detail,
            commands::helpdesk::create_change,
            commands::helpdesk::update_change,
            commands::helpdesk::advance_change,
            commands::audit::campaigns,
            commands::audit::start_campaign,
            commands::audit::campaign_detail,
            commands::audit::scan_tag,
            commands::audit::apply_campaign,
            commands::audit::cancel_campaign,
            commands::labels::company_name,
            commands::labels::set_company_name,
            commands::labels::print_labels,
            commands::imports::choose_import_file,
            commands::imports::inspect_import,
            commands::imports::run_import,
            commands::imports::import_progress,
            commands::imports::cancel_import,
            commands::imports::plan_this_computer,
            commands::imports::apply_this_computer,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Parc n'a pas pu démarrer / Parc could not start: {e}");
        std::process::exit(1);
    }
}
