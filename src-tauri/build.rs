//! Tauri's build step. The app's own commands are declared here so that the
//! capability files can allow exactly those, and nothing else.

const COMMANDS: &[&str] = &["session_state", "create_database", "unlock", "set_language", "dashboard", "list_assets"];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; the message says why.
        panic!("tauri build step failed: {e:#}");
    }
}
