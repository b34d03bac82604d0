//! Locations, people, suppliers, and the global search across them.

use chrono::Utc;
use parc_core::ipc::{IpcError, LocationInput, LocationNode, PersonInput, PersonRow, SearchHit, SupplierInput};
use parc_core::{Location, Person, Supplier};
use tauri::State;
use uuid::Uuid;

use crate::AppState;

#[tauri::command]
pub async fn location_tree(state: State<'_, AppState>) -> Result<Vec<LocationNode>, IpcError> {
    state.with_db(|db| db.location_tree())
}

#[tauri::command]
pub async fn save_location(state: State<'_, AppState>, input: LocationInput) -> Result<Location, IpcError> {
    state.with_db(|db| db.save_location(&input, Utc::now()))
}

#[tauri::command]
pub async fn delete_location(state: State<'_, AppState>, id: Uuid) -> Result<(), IpcError> {
    state.with_db(|db| db.delete_location(id, Utc::now()))
}

#[tauri::command]
pub async fn people(state: State<'_, AppState>, search: Option<String>) -> Result<Vec<PersonRow>, IpcError> {
    state.with_db(|db| db.people(search.as_deref(), 0))
}

#[tauri::command]
pub async fn save_person(state: State<'_, AppState>, input: PersonInput) -> Result<Person, IpcError> {
    state.with_db(|db| db.save_person(&input, Utc::now()))
}

#[tauri::command]
pub async fn delete_person(state: State<'_, AppState>, id: Uuid) -> Result<(), IpcError> {
    state.with_db(|db| db.delete_person(id, Utc::now()))
}

#[tauri::command]
pub async fn suppliers(state: State<'_, AppState>) -> Result<Vec<Supplier>, IpcError> {
    state.with_db(|db| db.suppliers())
}

#[tauri::command]
pub async fn save_supplier(state: State<'_, AppState>, input: SupplierInput) -> Result<Supplier, IpcError> {
    state.with_db(|db| db.save_supplier(&input, Utc::now()))
}

#[tauri::command]
pub async fn delete_supplier(state: State<'_, AppState>, id: Uuid) -> Result<(), IpcError> {
    state.with_db(|db| db.delete_supplier(id, Utc::now()))
}

#[tauri::command]
pub async fn global_search(state: State<'_, AppState>, text: String) -> Result<Vec<SearchHit>, IpcError> {
    state.with_db(|db| db.global_search(&text))
}
