//! Parc's PDFs, apart from the window and the database.
//!
//! A PDF is a document a person prints or sends, so it is made from plain data
//! (tags, names, figures) that the caller has already chosen and read: this
//! crate never opens a database and knows nothing of Tauri, so the desktop app
//! and the `parc` command print the very same bytes, and tests can check those
//! bytes with the tools a user would have (a PDF reader, a barcode scanner).
//!
//! The font is embedded (DejaVu Sans, subset to the glyphs used): a label sheet
//! printed on a machine without that font must still show « Société Générale
//! d'Équipement — Œuvre » and not boxes, and PDF viewers substitute fonts
//! freely when they are not embedded.

mod error;
pub mod labels;
mod qr;
mod text;

pub use error::{GeometryProblem, ReportError};
pub use labels::{Geometry, Label, MAX_LABELS, Sheet, labels_pdf};
