//! What can stop the benchmark. Every error ends the run: a figure measured on
//! a half-built database, or on two databases that disagree, would be a lie.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("Parc: {0}")]
    Parc(#[from] parc_db::DbError),
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    Setup(String),
    /// The two sides did not return the same rows: the comparison would be meaningless.
    #[error("{figure}: Parc and plain SQLite disagree (Parc: {parc}; plain: {plain})")]
    Mismatch { figure: String, parc: String, plain: String },
}

impl BenchError {
    pub fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> BenchError {
        let path = path.into();
        move |source| BenchError::Io { path, source }
    }
}

pub type Result<T> = std::result::Result<T, BenchError>;
