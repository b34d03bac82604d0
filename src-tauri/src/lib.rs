//! The desktop shell of Parc: a thin Tauri layer over `parc-core` and
//! `parc-db`. Commands only adapt: they take the state's lock, call the core
//! API and turn errors into `{ code, message }` in the user's language.

pub mod bindings;
mod commands;
mod state;

use tauri::Manager;

pub use state::AppState;

/// Starts the application.
pub fn run() {
    let result = tauri::Builder::default()
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
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Parc n'a pas pu démarrer / Parc could not start: {e}");
        std::process::exit(1);
    }
}
