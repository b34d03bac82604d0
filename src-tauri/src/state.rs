//! What the shell holds between two commands: the database (once unlocked),
//! where it lives, the keyring, and the user's language.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use parc_core::ipc::IpcError;
use parc_core::{ErrorCode, Lang, Localized};
use parc_db::{Database, Keyring};

pub struct AppState {
    pub path: PathBuf,
    pub keyring: Keyring,
    db: Mutex<Option<Database>>,
    lang: Mutex<Lang>,
}

impl AppState {
    pub fn new(path: PathBuf, keyring: Keyring) -> AppState {
        AppState { path, keyring, db: Mutex::new(None), lang: Mutex::new(Lang::from_env()) }
    }

    pub fn lang(&self) -> Lang {
        *self.lang.lock().unwrap_or_else(|p| p.into_inner())
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
