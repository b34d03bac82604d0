//! What the shell holds between two commands: the database (once unlocked),
//! where it lives, the keyring, and the user's language.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use parc_core::ipc::IpcError;
use parc_core::{ErrorCode, Lang, Localized};
use parc_db::{Database, Keyring};

use crate::import_job::ImportJob;

pub struct AppState {
    pub path: PathBuf,
    pub keyring: Keyring,
    db: Mutex<Option<Database>>,
    lang: Mutex<Lang>,
    /// The import under way, if any: its counters and cancel flag.
    import: ImportJob,
    /// The inventory of this computer last shown, waiting to be saved.
    this_computer: Mutex<Option<parc_import::Inventory>>,
}

impl AppState {
    pub fn new(path: PathBuf, keyring: Keyring) -> AppState {
        AppState {
            path,
            keyring,
            db: Mutex::new(None),
            lang: Mutex::new(Lang::from_env()),
            import: ImportJob::default(),
            this_computer: Mutex::new(None),
        }
    }

    pub fn lang(&self) -> Lang {
        *self.lang.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn import_job(&self) -> &ImportJob {
        &self.import
    }

    /// Keeps (or, with `None`, takes back) the inventory of this computer
    /// between the page that shows it and the click that saves it.
    pub fn keep_this_computer(&self, inv: Option<parc_import::Inventory>) -> Option<parc_import::Inventory> {
        let mut slot = self.this_computer.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::replace(&mut *slot, inv)
    }

    pub fn set_lang(&self, lang: Lang) {
        *self.lang.lock().unwrap_or_else(|p| p.into_inner()) = lang;
    }

    /// The database slot. A panic in another command must not lock the user
    /// out, so a poisoned lock is taken over.
    pub fn db_slot(&self) -> MutexGuard<'_, Option<Database>> {
        self.db.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on the open database, or fails with `locked`.
    pub fn with_db<T>(&self, f: impl FnOnce(&mut Database) -> parc_db::Result<T>) -> Result<T, IpcError> {
        let mut slot = self.db_slot();
        let db = slot.as_mut().ok_or_else(|| locked(self.lang()))?;
        f(db).map_err(|e| self.error(&e))
    }

    /// An error as the UI receives it, in the current language.
    pub fn error(&self, e: &dyn Localized) -> IpcError {
        IpcError::from_error(e, self.lang())
    }
}

fn locked(lang: Lang) -> IpcError {
    IpcError {
        code: ErrorCode::Locked,
        message: lang.pick("La base n'est pas encore déverrouillée", "The database is not unlocked yet").into(),
    }
}
