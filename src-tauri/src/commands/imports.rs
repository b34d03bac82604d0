//! The import wizard: look at a file, map an asset table's columns, try it
//! (a dry run, every line's fate), then import it in one transaction, with a
//! progress bar and a cancel button. The work is `parc-db`'s
//! [`Database::import_file`](parc_db::Database::import_file), shared with `parc import`.
//!
//! An import holds the database for its whole transaction; it runs on a
//! blocking thread so that the progress and cancel commands, which only touch
//! the state's counters, answer meanwhile.

use std::path::PathBuf;

use chrono::Utc;
use parc_core::ipc::IpcError;
use parc_core::{ErrorCode, Lang};
use parc_db::imports::{FileImport, Run};
use parc_import::wizard::{ImportOutcome, ImportPreview, ImportProgress, InventoryPreview, ThisComputerPlan};
use parc_import::{Limits, Mapping};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::AppState;

/// A path as people paste it: Windows Explorer's "Copy as path" quotes it.
fn clean_path(path: &str) -> PathBuf {
    PathBuf::from(path.trim().trim_matches('"').trim())
}

fn internal(e: impl std::fmt::Display) -> IpcError {
    IpcError { code: ErrorCode::Internal, message: e.to_string() }
}

/// Runs `f` with the app's state on a blocking thread, off the async workers.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>())).await.map_err(internal)?
}

/// The system's file chooser; `None` when the person closes it.
#[tauri::command]
pub async fn choose_import_file(app: AppHandle) -> Result<Option<String>, IpcError> {
    let lang = app.state::<AppState>().lang();
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title(lang.pick("Choisir un fichier à importer", "Choose a file to import"))
            .add_filter(
                lang.pick("Inventaires et tableaux", "Inventories and tables"),
                &["csv", "txt", "json", "xml", "ocs"],
            )
            .blocking_pick_file()
    })
    .await
    .map_err(internal)?;
    Ok(chosen.and_then(|f| f.into_path().ok()).map(|p| p.display().to_string()))
}

/// Looks at a file: its format, and for an asset table the suggested mapping.
#[tauri::command]
pub async fn inspect_import(app: AppHandle, path: String) -> Result<ImportPreview, IpcError> {
    let path = clean_path(&path);
    blocking(app, move |state| {
        ImportPreview::read(&path, &Limits::default(), state.lang()).map_err(|e| state.error(&e))
    })
    .await
}

/// Tries (`dry_run`) or imports a file; an asset table is read with `mapping`.
#[tauri::command]
pub async fn run_import(
    app: AppHandle,
    path: String,
    mapping: Option<Mapping>,
    dry_run: bool,
) -> Result<ImportOutcome, IpcError> {
    let path = clean_path(&path);
    blocking(app, move |state| {
        let format = parc_import::detect_file(&path).map_err(|e| state.error(&e))?;
        let run = if dry_run { Run::DryRun } else { Run::Apply };
        let lang: Lang = state.lang();
        let job = state.import_job();
        let _running = job.start();
        state.with_db(|db| {
            let done = db.import_file(&path, format, mapping.as_ref(), run, Utc::now(), &mut |p| job.report(p))?;
            Ok(done.outcome(Some(format), run, lang))
        })
    })
    .await
}

/// How far the running import has gone.
#[tauri::command]
pub fn import_progress(state: State<'_, AppState>) -> ImportProgress {
    state.import_job().progress()
}

/// Asks the running import to stop; it rolls back and answers `cancelled`.
#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.import_job().cancel();
}

/// Inventories the computer the app runs on and tells what saving it would
/// do; the inventory is kept for [`apply_this_computer`], so that what is
/// saved is what was shown.
#[tauri::command]
pub async fn plan_this_computer(app: AppHandle) -> Result<ThisComputerPlan, IpcError> {
    blocking(app, move |state| {
        let lang = state.lang();
        let inv = parc_import::this_computer(&Limits::default()).map_err(|e| state.error(&e))?;
        let plan = state.with_db(|db| db.plan_inventory(&inv, Utc::now()))?;
        let machine = InventoryPreview::of(&inv);
        state.keep_this_computer(Some(inv));
        Ok(ThisComputerPlan { machine, plan: FileImport::Inventory(plan).outcome(None, Run::DryRun, lang) })
    })
    .await
}

/// Saves the inventory [`plan_this_computer`] made, as an agent's inventory.
#[tauri::command]
pub async fn apply_this_computer(app: AppHandle) -> Result<ImportOutcome, IpcError> {
    blocking(app, move |state| {
        let lang = state.lang();
        let Some(inv) = state.keep_this_computer(None) else {
            return Err(IpcError {
                code: ErrorCode::Invalid,
                message: lang.pick("Inventoriez d'abord cet ordinateur", "Inventory this computer first").into(),
            });
        };
        let done = state.with_db(|db| db.import_inventory(&inv, Utc::now()))?;
        Ok(FileImport::Inventory(done).outcome(None, Run::Apply, lang))
    })
    .await
}
