//! The inventory: the list, the asset page, forms, bulk changes, export, and
//! the dashboard's figures.

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};
use parc_core::Asset;
use parc_core::asset::AssetKind;
use parc_core::ipc::{AssetDetail, AssetInput, AssetQuery, AssetRow, BulkChange, Dashboard, DeleteOutcome, IpcError};
use tauri::State;
use uuid::Uuid;

use crate::AppState;

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, IpcError> {
    state.with_db(|db| db.dashboard(today()))
}

#[tauri::command]
pub async fn list_assets(state: State<'_, AppState>, query: AssetQuery) -> Result<Vec<AssetRow>, IpcError> {
    state.with_db(|db| db.list_assets(&query, today()))
}

#[tauri::command]
pub async fn count_assets(state: State<'_, AppState>, query: AssetQuery) -> Result<u32, IpcError> {
    state.with_db(|db| db.count_assets(&query, today()))
}

#[tauri::command]
pub async fn asset_detail(state: State<'_, AppState>, id: Uuid) -> Result<AssetDetail, IpcError> {
    state.with_db(|db| db.asset_detail(id))
}

#[tauri::command]
pub async fn asset_kinds(state: State<'_, AppState>) -> Result<Vec<AssetKind>, IpcError> {
    state.with_db(|db| db.asset_kinds())
}

#[tauri::command]
pub async fn next_asset_tag(state: State<'_, AppState>) -> Result<String, IpcError> {
    state.with_db(|db| db.next_asset_tag())
}

/// Creates an asset from the form; an empty tag gets the next one of the pattern.
#[tauri::command]
pub async fn create_asset(state: State<'_, AppState>, input: AssetInput) -> Result<Asset, IpcError> {
    state.with_db(|db| {
        let mut input = input;
        if input.tag.trim().is_empty() {
            input.tag = db.next_asset_tag()?;
        }
        let mut asset = Asset::new(&input.tag, &input.name, &input.kind, Utc::now());
        asset.apply(&input)?;
        db.create_asset(&asset)?;
        Ok(asset)
    })
}

#[tauri::command]
pub async fn update_asset(state: State<'_, AppState>, id: Uuid, input: AssetInput) -> Result<Asset, IpcError> {
    state.with_db(|db| {
        let mut asset = db.asset(id)?;
        asset.apply(&input)?;
        db.update_asset(&asset, Utc::now())?;
        db.asset(id)
    })
}

/// The form of a twin of this asset, with the next free tag.
#[tauri::command]
pub async fn duplicate_asset(state: State<'_, AppState>, id: Uuid) -> Result<AssetInput, IpcError> {
    state.with_db(|db| {
        let asset = db.asset(id)?;
        Ok(asset.duplicate_input(db.next_asset_tag()?))
    })
}

#[tauri::command]
pub async fn delete_asset(state: State<'_, AppState>, id: Uuid) -> Result<DeleteOutcome, IpcError> {
    state.with_db(|db| db.delete_asset(id, Utc::now()))
}

#[tauri::command]
pub async fn bulk_update_assets(
    state: State<'_, AppState>,
    ids: Vec<Uuid>,
    change: BulkChange,
) -> Result<u32, IpcError> {
    state.with_db(|db| db.bulk_update_assets(&ids, &change, Utc::now()))
}

/// Writes the current view as a CSV file that opens well in Excel (in French:
/// `;`, decimal commas, French dates) into the Downloads folder; returns its path.
#[tauri::command]
pub async fn export_assets_csv(state: State<'_, AppState>, query: AssetQuery) -> Result<String, IpcError> {
    let lang = state.lang();
    let dir = export_dir();
    let name = format!("{}-{}.csv", lang.pick("parc-inventaire", "parc-inventory"), Utc::now().format("%Y%m%d-%H%M%S"));
    let path = dir.join(name);
    state.with_db(|db| db.export_assets_csv(&query, today(), lang, &path))?;
    Ok(path.display().to_string())
}

/// Where exports go: `PARC_EXPORT_DIR` (tests), else the user's Downloads folder.
pub(crate) fn export_dir() -> PathBuf {
    std::env::var_os("PARC_EXPORT_DIR").map(PathBuf::from).or_else(downloads_dir).unwrap_or_else(std::env::temp_dir)
}

fn downloads_dir() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from)?;
    ["Downloads", "Téléchargements"].iter().map(|d| home.join(d)).find(|p| p.is_dir()).or(Some(home))
}

#[tauri::command]
pub async fn save_asset_kind(
    state: State<'_, AppState>,
    code: String,
    label_fr: String,
    label_en: String,
) -> Result<AssetKind, IpcError> {
    state.with_db(|db| db.save_asset_kind(&code, &label_fr, &label_en))
}

/// The asset tag pattern (`PARC-######`).
#[tauri::command]
pub async fn tag_pattern(state: State<'_, AppState>) -> Result<String, IpcError> {
    state.with_db(|db| Ok(db.tag_pattern()?.as_pattern()))
}

#[tauri::command]
pub async fn set_tag_pattern(state: State<'_, AppState>, pattern: String) -> Result<String, IpcError> {
    state.with_db(|db| {
        db.set_tag_pattern(&pattern)?;
        db.next_asset_tag()
    })
}
