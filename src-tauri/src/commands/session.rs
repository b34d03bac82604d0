//! Opening the database: keyring first, passphrase when needed, never plaintext.

use parc_core::ipc::{IpcError, SessionState};
use parc_db::Access;
use tauri::State;

use crate::AppState;

/// Where the app stands; on first run with a keyring, this creates the database.
#[tauri::command]
pub async fn session_state(state: State<'_, AppState>) -> Result<SessionState, IpcError> {
    let mut slot = state.db_slot();
    if let Some(db) = slot.as_ref() {
        return ready(&state, db);
    }
    let path = state.path.display().to_string();
    match parc_db::access(&state.path, &state.keyring).map_err(|e| state.error(&e))? {
        Access::Open(db) => {
            let s = ready(&state, &db);
            *slot = Some(db);
            s
        }
        Access::NeedsPassphrase(reason) => Ok(SessionState::NeedsPassphrase { path, reason }),
        Access::NeedsNewPassphrase => Ok(SessionState::NeedsNewPassphrase { path }),
    }
}

/// Creates the database, protected by the passphrase, or by the keyring when
/// none is given.
#[tauri::command]
pub async fn create_database(state: State<'_, AppState>, passphrase: Option<String>) -> Result<SessionState, IpcError> {
    let passphrase = passphrase.map(zeroize::Zeroizing::new);
    let db = match passphrase.as_deref() {
        Some(p) => parc_db::create_with_passphrase(&state.path, p),
        None => parc_db::create_with_keyring(&state.path, &state.keyring),
    }
    .map_err(|e| state.error(&e))?;
    let s = ready(&state, &db);
    *state.db_slot() = Some(db);
    s
}

/// Opens the database with its passphrase.
#[tauri::command]
pub async fn unlock(state: State<'_, AppState>, passphrase: String, remember: bool) -> Result<SessionState, IpcError> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    let db = parc_db::unlock_with_passphrase(&state.path, &passphrase, &state.keyring, remember)
        .map_err(|e| state.error(&e))?;
    let s = ready(&state, &db);
    *state.db_slot() = Some(db);
    s
}

fn ready(state: &AppState, db: &parc_db::Database) -> Result<SessionState, IpcError> {
    Ok(SessionState::Ready { database: db.info().map_err(|e| state.error(&e))? })
}
