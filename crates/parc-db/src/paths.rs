//! Where the application's own database lives when no path is given.

use std::path::PathBuf;

/// The application identifier; the desktop shell uses the same folder name.
pub const APP_IDENTIFIER: &str = "fr.parc.desktop";

/// `PARC_DB` when set, else `parc.db` in the OS data directory
/// (`%APPDATA%\fr.parc.desktop` on Windows, `~/.local/share/fr.parc.desktop` on Linux,
/// `~/Library/Application Support/fr.parc.desktop` on macOS).
pub fn default_database_path() -> PathBuf {
    if let Some(p) = std::env::var_os("PARC_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    data_dir().join(APP_IDENTIFIER).join("parc.db")
}

fn data_dir() -> PathBuf {
    let home =
        || std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_default();
    if cfg!(target_os = "windows") {
        std::env::var_os("APPDATA").map(PathBuf::from).unwrap_or_else(|| home().join("AppData").join("Roaming"))
    } else if cfg!(target_os = "macos") {
        home().join("Library").join("Application Support")
    } else {
        std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .unwrap_or_else(|| home().join(".local").join("share"))
    }
}
