//! Exporting the current view of the inventory to a CSV file.

use std::io::{BufWriter, Write};
use std::path::Path;

use chrono::NaiveDate;
use parc_core::ipc::AssetQuery;
use parc_core::{Lang, export};

use crate::Database;
use crate::error::{DbError, Result};

/// Rows are read by pages so that 100,000 assets export in bounded memory.
const PAGE: u32 = 2000;

impl Database {
    /// Writes every asset the query matches, in its order, to `path`. The file
    /// appears whole or not at all (written aside, then renamed). Returns the
    /// number of assets written.
    pub fn export_assets_csv(&self, query: &AssetQuery, today: NaiveDate, lang: Lang, path: &Path) -> Result<u32> {
        let kinds = self.asset_kinds()?;
        let label = |code: &str| -> String {
            kinds.iter().find(|k| k.code == code).map_or_else(|| code.to_string(), |k| k.label(lang).to_string())
        };
        let tmp = path.with_extension("csv.part");
        let io = DbError::io(path);
        let written = (|| -> Result<u32> {
            let file = std::fs::File::create(&tmp).map_err(DbError::io(&tmp))?;
            let mut out = BufWriter::new(file);
            export::write_header(&mut out, lang).map_err(DbError::io(&tmp))?;
            let mut q = query.clone();
            q.offset = 0;
            q.limit = PAGE;
            let mut n = 0;
            loop {
                let rows = self.list_assets(&q, today)?;
                for r in &rows {
                    export::write_row(&mut out, lang, r, &label).map_err(DbError::io(&tmp))?;
                }
                n += rows.len() as u32;
                if (rows.len() as u32) < PAGE {
                    break;
                }
                q.offset += PAGE;
            }
            out.flush().map_err(DbError::io(&tmp))?;
            out.get_ref().sync_all().map_err(DbError::io(&tmp))?;
            Ok(n)
        })();
        match written {
            Ok(n) => {
                std::fs::rename(&tmp, path).map_err(io)?;
                Ok(n)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(e)
            }
        }
    }
}
