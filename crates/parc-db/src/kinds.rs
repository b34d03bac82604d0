//! Kinds of assets: the built-in ones of the job and the user's own.

use parc_core::asset::AssetKind;

use crate::Database;
use crate::error::Result;

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
}

/// `Lecteur de badges` → `lecteur_de_badges`.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().to_lowercase().chars() {
        let c = parc_core::i18n::fold_accent(c);
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
