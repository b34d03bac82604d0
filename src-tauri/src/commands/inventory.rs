//! The inventory and the dashboard.

use parc_core::ipc::{AssetPage, AssetQuery, Dashboard, IpcError};
use tauri::State;

use crate::AppState;

#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, IpcError> {
    let today = chrono::Local::now().date_naive();
    state.with_db(|db| db.dashboard(today))
}

#[tauri::command]
pub async fn list_assets(state: State<'_, AppState>, query: AssetQuery) -> Result<AssetPage, IpcError> {
    state.with_db(|db| db.list_assets(&query))
}
