//! Asset labels as a PDF in the Downloads folder, and the company name they carry.

use chrono::Utc;
use parc_core::ipc::{IpcError, LabelRequest};
use parc_report::{Label, ReportError, Sheet};
use tauri::State;

use crate::AppState;

#[tauri::command]
pub async fn company_name(state: State<'_, AppState>) -> Result<Option<String>, IpcError> {
    state.with_db(|db| db.company_name())
}

#[tauri::command]
pub async fn set_company_name(state: State<'_, AppState>, name: String) -> Result<(), IpcError> {
    state.with_db(|db| db.set_company_name(&name))
}

/// Writes the PDF and returns its path. A custom sheet is laid out by the same
/// conversion as `parc labels --sheet custom`, and refused with the reason
/// (in the user's language) when it does not fit its page.
#[tauri::command]
pub async fn print_labels(state: State<'_, AppState>, request: LabelRequest) -> Result<String, IpcError> {
    let lang = state.lang();
    let report = |e: ReportError| state.error(&e);
    // The sheet first: a custom one sent without its measurements is refused
    // before the database is read.
    let sheet = Sheet::requested(request.sheet, request.custom.as_ref()).map_err(report)?;
    let (rows, company) = state.with_db(|db| {
        let rows = if request.unlabelled && request.asset_ids.is_empty() {
            db.unlabelled_assets(request.location_id)?
        } else {
            db.label_assets(&request.asset_ids, request.location_id)?
        };
        Ok((rows, db.company_name()?))
    })?;
    if rows.len() > parc_report::MAX_LABELS {
        return Err(report(ReportError::TooMany { count: rows.len(), max: parc_report::MAX_LABELS }));
    }
    let tags: Vec<String> = rows.iter().map(|(tag, _)| tag.clone()).collect();
    let labels: Vec<Label> =
        rows.into_iter().map(|(tag, name)| Label::new(tag, Some(name).filter(|n| !n.trim().is_empty()))).collect();
    let pdf = parc_report::labels_pdf(
        &labels,
        &sheet,
        request.offset as usize,
        company.as_deref().unwrap_or(""),
        lang,
        Utc::now(),
    )
    .map_err(report)?;
    let dir = super::inventory::export_dir();
    let path =
        dir.join(format!("{}-{}.pdf", lang.pick("parc-etiquettes", "parc-labels"), Utc::now().format("%Y%m%d-%H%M%S")));
    std::fs::write(&path, pdf).map_err(|source| state.error(&parc_db::DbError::Io { path: path.clone(), source }))?;
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    state.with_db(|db| db.record_labels(&tags, Utc::now()))?;
    Ok(path.display().to_string())
}
