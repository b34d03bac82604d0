//! The on-site audit: campaigns, scans (one round trip each, answering with
//! the page as it now stands), and applying the results.

use chrono::Utc;
use parc_core::audit::{AuditResult, CampaignDetail, CampaignInput, CampaignRow, MissingAction, ScanReply};
use parc_core::ipc::IpcError;
use tauri::State;
use uuid::Uuid;

use crate::AppState;

#[tauri::command]
pub async fn campaigns(state: State<'_, AppState>) -> Result<Vec<CampaignRow>, IpcError> {
    state.with_db(|db| db.campaigns())
}

#[tauri::command]
pub async fn start_campaign(state: State<'_, AppState>, input: CampaignInput) -> Result<CampaignDetail, IpcError> {
    state.with_db(|db| {
        let id = db.start_campaign(&input, Utc::now())?;
        db.campaign(id)
    })
}

#[tauri::command]
pub async fn campaign_detail(state: State<'_, AppState>, id: Uuid) -> Result<CampaignDetail, IpcError> {
    state.with_db(|db| db.campaign(id))
}

#[tauri::command]
pub async fn scan_tag(state: State<'_, AppState>, id: Uuid, tag: String, room_id: Uuid) -> Result<ScanReply, IpcError> {
    state.with_db(|db| {
        let outcome = db.scan(id, &tag, room_id, Utc::now())?;
        Ok(ScanReply { tag: tag.trim().to_string(), outcome, detail: db.campaign(id)? })
    })
}

#[tauri::command]
pub async fn apply_campaign(
    state: State<'_, AppState>,
    id: Uuid,
    move_moved: bool,
    missing: MissingAction,
) -> Result<AuditResult, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        db.apply_campaign(id, move_moved, missing, now, chrono::Local::now().date_naive(), lang)
    })
}

#[tauri::command]
pub async fn cancel_campaign(state: State<'_, AppState>, id: Uuid) -> Result<(), IpcError> {
    state.with_db(|db| db.cancel_campaign(id, Utc::now()))
}
