//! Settings the Rust side must know: the language its messages are written in.

use parc_core::Lang;
use tauri::State;

use crate::AppState;

/// The UI tells the language it shows, so errors come back in it.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, lang: Lang) {
    state.set_lang(lang);
}
