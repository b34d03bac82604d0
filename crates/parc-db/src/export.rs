//! Exporting the current view of the inventory to a CSV file.

use std::io::{BufWriter, Write};
use std::path::Path;

use chrono::NaiveDate;
use parc_core::asset::AssetKind;
use parc_core::ipc::AssetQuery;
use parc_core::{Lang, export};

use crate::Database;
use crate::error::{DbError, Result};

/// Rows are read by pages so that 100,000 assets export in bounded memory.
const PAGE: u32 = 2000;

impl Database {
    pub fn asset_kinds(&self) -> Result<Vec<AssetKind>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT code, label_fr, label_en, builtin FROM asset_kinds ORDER BY builtin DESC, label_fr",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(AssetKind { code: r.get(0)?, label_fr: r.get(1)?, label_en: r.get(2)?, builtin: r.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Adds a kind of asset of the user's own (or renames one). The code is
    /// derived from the French label when empty.
    pub fn save_asset_kind(&mut self, code: &str, label_fr: &str, label_en: &str) -> Result<AssetKind> {
        let label_fr = label_fr.trim();
        if label_fr.is_empty() {
            return Err(parc_core::error::RuleError::Required("label_fr").into());
        }
        let label_en = if label_en.trim().is_empty() { label_fr } else { label_en.trim() };
        let code = if code.trim().is_empty() { slug(label_fr) } else { slug(code) };
        if code.is_empty() {
            return Err(parc_core::error::RuleError::Required("code").into());
        }
        self.conn.execute(
            "INSERT INTO asset_kinds (code, label_fr, label_en, builtin) VALUES (?1, ?2, ?3, 0) \
             ON CONFLICT (code) DO UPDATE SET label_fr = excluded.label_fr, label_en = excluded.label_en",
            rusqlite::params![code, label_fr, label_en],
        )?;
        Ok(AssetKind { code, label_fr: label_fr.into(), label_en: label_en.into(), builtin: false })
    }

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

/// `Lecteur de badges` → `lecteur_de_badges`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().to_lowercase().chars() {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs_are_plain_ascii_words() {
        assert_eq!(super::slug("Lecteur de badges"), "lecteur_de_badges");
        assert_eq!(super::slug("  Écran tactile!! "), "ecran_tactile");
    }
}
