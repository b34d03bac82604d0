//! The helpdesk: the ticket queue and pages, their settings and figures, and
//! the changes. Each command is one call into `parc-db`; writes answer with
//! the page's new state so the window redraws from what was stored.

use chrono::{NaiveDate, Utc};
use parc_core::change::ChangeStatus;
use parc_core::desk::{
    CategoryView, ChangeDetail, ChangeInput, ChangeRow, FollowupInput, TaskInput, TemplateView, TicketCommand,
    TicketDetail, TicketInput, TicketQuery, TicketRow, TicketStats,
};
use parc_core::helpdesk::HelpdeskSettings;
use parc_core::ipc::IpcError;
use tauri::State;
use uuid::Uuid;

use crate::AppState;

#[tauri::command]
pub async fn list_tickets(state: State<'_, AppState>, query: TicketQuery) -> Result<Vec<TicketRow>, IpcError> {
    let lang = state.lang();
    state.with_db(|db| db.list_tickets(&query, Utc::now(), lang))
}

#[tauri::command]
pub async fn count_tickets(state: State<'_, AppState>, query: TicketQuery) -> Result<u32, IpcError> {
    state.with_db(|db| db.count_tickets(&query, Utc::now()))
}

#[tauri::command]
pub async fn ticket_detail(state: State<'_, AppState>, id: Uuid) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| db.ticket(id, lang, Utc::now()))
}

#[tauri::command]
pub async fn create_ticket(state: State<'_, AppState>, input: TicketInput) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        let id = db.create_ticket(&input, lang, now)?;
        db.ticket(id, lang, now)
    })
}

#[tauri::command]
pub async fn update_ticket(state: State<'_, AppState>, id: Uuid, input: TicketInput) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        db.update_ticket(id, &input, now)?;
        db.ticket(id, lang, now)
    })
}

#[tauri::command]
pub async fn act_on_ticket(
    state: State<'_, AppState>,
    id: Uuid,
    command: TicketCommand,
) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        db.act_on_ticket(id, command, now)?;
        db.ticket(id, lang, now)
    })
}

#[tauri::command]
pub async fn add_followup(
    state: State<'_, AppState>,
    id: Uuid,
    input: FollowupInput,
) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        db.add_followup(id, &input, now)?;
        db.ticket(id, lang, now)
    })
}

#[tauri::command]
pub async fn add_task(state: State<'_, AppState>, id: Uuid, input: TaskInput) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        db.add_task(id, &input, now)?;
        db.ticket(id, lang, now)
    })
}

#[tauri::command]
pub async fn set_task_done(
    state: State<'_, AppState>,
    id: Uuid,
    task_id: Uuid,
    done: bool,
    minutes: Option<u32>,
) -> Result<TicketDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let now = Utc::now();
        db.set_task_done(task_id, done, minutes, now)?;
        db.ticket(id, lang, now)
    })
}

#[tauri::command]
pub async fn ticket_categories(state: State<'_, AppState>) -> Result<Vec<CategoryView>, IpcError> {
    let lang = state.lang();
    state.with_db(|db| db.ticket_categories(lang))
}

#[tauri::command]
pub async fn save_ticket_category(
    state: State<'_, AppState>,
    label_fr: String,
    label_en: String,
) -> Result<String, IpcError> {
    state.with_db(|db| db.save_ticket_category(&label_fr, &label_en))
}

#[tauri::command]
pub async fn ticket_templates(state: State<'_, AppState>) -> Result<Vec<TemplateView>, IpcError> {
    let lang = state.lang();
    state.with_db(|db| db.ticket_templates(lang))
}

#[tauri::command]
pub async fn helpdesk_settings(state: State<'_, AppState>) -> Result<HelpdeskSettings, IpcError> {
    state.with_db(|db| db.helpdesk_settings())
}

#[tauri::command]
pub async fn set_helpdesk_settings(state: State<'_, AppState>, settings: HelpdeskSettings) -> Result<u32, IpcError> {
    state.with_db(|db| db.set_helpdesk_settings(&settings))
}

#[tauri::command]
pub async fn ticket_stats(state: State<'_, AppState>, from: NaiveDate, to: NaiveDate) -> Result<TicketStats, IpcError> {
    let lang = state.lang();
    state.with_db(|db| db.ticket_stats(from, to, Utc::now(), lang))
}

#[tauri::command]
pub async fn list_changes(
    state: State<'_, AppState>,
    status: Option<ChangeStatus>,
) -> Result<Vec<ChangeRow>, IpcError> {
    state.with_db(|db| db.list_changes(status))
}

#[tauri::command]
pub async fn change_detail(state: State<'_, AppState>, id: Uuid) -> Result<ChangeDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| db.change(id, lang))
}

#[tauri::command]
pub async fn create_change(state: State<'_, AppState>, input: ChangeInput) -> Result<ChangeDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        let id = db.create_change(&input, Utc::now())?;
        db.change(id, lang)
    })
}

#[tauri::command]
pub async fn update_change(state: State<'_, AppState>, id: Uuid, input: ChangeInput) -> Result<ChangeDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        db.update_change(id, &input, Utc::now())?;
        db.change(id, lang)
    })
}

#[tauri::command]
pub async fn advance_change(state: State<'_, AppState>, id: Uuid, to: ChangeStatus) -> Result<ChangeDetail, IpcError> {
    let lang = state.lang();
    state.with_db(|db| {
        db.advance_change(id, to, Utc::now())?;
        db.change(id, lang)
    })
}
