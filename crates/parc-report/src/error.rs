//! What can stop a PDF from being made, said in the user's language.
//!
//! These are mostly choices a person made in a dialog or on a command line (a
//! start offset past the sheet, a label size that does not fit on the page),
//! so each message says what to change, with the numbers they typed.

use parc_core::{ErrorCode, Lang, Localized};

/// Why a PDF could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReportError {
    #[error("no asset to label")]
    NothingToPrint,
    #[error("{count} labels in one PDF, at most {max}")]
    TooMany { count: usize, max: usize },
    #[error("start offset {offset} is past the sheet ({per_sheet} labels per sheet)")]
    OffsetPastSheet { offset: usize, per_sheet: usize },
    #[error("the label sheet does not work: {0}")]
    Geometry(GeometryProblem),
    /// A custom sheet was chosen but its measurements did not come with it.
    #[error("a custom sheet needs its measurements")]
    CustomSheetUnmeasured,
    #[error("an asset without a tag cannot be labelled")]
    EmptyTag,
    #[error("the QR code of {tag} would be too dense to scan on this label")]
    TagTooLong { tag: String },
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// What is wrong with the measurements of a custom label sheet.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeometryProblem {
    /// A size that must be a positive number of millimetres (or a count of at
    /// least one) is not; the field as named in [`field_label`].
    #[error("{0} must be positive")]
    NotPositive(&'static str),
    /// A margin or a gap is negative.
    #[error("{0} cannot be negative")]
    Negative(&'static str),
    #[error("the labels need {needed_mm} mm across a page of {page_mm} mm")]
    TooWide { needed_mm: f32, page_mm: f32 },
    #[error("the labels need {needed_mm} mm down a page of {page_mm} mm")]
    TooTall { needed_mm: f32, page_mm: f32 },
    #[error("a label must be at least {min_width_mm} × {min_height_mm} mm")]
    LabelTooSmall { min_width_mm: f32, min_height_mm: f32 },
}

impl From<GeometryProblem> for ReportError {
    fn from(p: GeometryProblem) -> ReportError {
        ReportError::Geometry(p)
    }
}

impl Localized for ReportError {
    fn code(&self) -> ErrorCode {
        match self {
            ReportError::Pdf(_) => ErrorCode::Internal,
            _ => ErrorCode::Invalid,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ReportError::NothingToPrint, l) => {
                l.pick("Aucun matériel à étiqueter", "There is no asset to label").into()
            }
            (ReportError::TooMany { count, max }, Lang::Fr) => format!(
                "{} étiquettes, c'est trop pour un seul PDF ({} au plus) : choisissez un emplacement ou des numéros d'inventaire",
                count_text(*count, lang),
                count_text(*max, lang)
            ),
            (ReportError::TooMany { count, max }, Lang::En) => format!(
                "{} labels are too many for one PDF (at most {}): choose a location or asset tags",
                count_text(*count, lang),
                count_text(*max, lang)
            ),
            (ReportError::OffsetPastSheet { offset, per_sheet }, Lang::Fr) => format!(
                "Une planche compte {per_sheet} étiquettes : le nombre d'étiquettes déjà utilisées ({offset}) doit aller de 0 à {}",
                per_sheet.saturating_sub(1)
            ),
            (ReportError::OffsetPastSheet { offset, per_sheet }, Lang::En) => format!(
                "A sheet holds {per_sheet} labels: the number of labels already used ({offset}) must be from 0 to {}",
                per_sheet.saturating_sub(1)
            ),
            (ReportError::Geometry(p), l) => p.message(l),
            (ReportError::CustomSheetUnmeasured, l) => l
                .pick(
                    "Mesurez la planche personnalisée : largeur et hauteur d'une étiquette, nombre de colonnes et de rangées",
                    "Give the custom sheet's measurements: label width and height, columns and rows",
                )
                .into(),
            (ReportError::EmptyTag, l) => l
                .pick(
                    "Un matériel sans numéro d'inventaire ne peut pas être étiqueté",
                    "An asset without an asset tag cannot be labelled",
                )
                .into(),
            (ReportError::TagTooLong { tag }, Lang::Fr) => format!(
                "Le numéro d'inventaire « {tag} » est trop long : son QR code serait illisible sur cette étiquette (choisissez une étiquette plus grande)"
            ),
            (ReportError::TagTooLong { tag }, Lang::En) => format!(
                "The asset tag “{tag}” is too long: its QR code would not scan on this label (choose a larger label)"
            ),
            (ReportError::Pdf(e), Lang::Fr) => format!("Le PDF n'a pas pu être créé : {e}"),
            (ReportError::Pdf(e), Lang::En) => format!("The PDF could not be made: {e}"),
        }
    }
}

impl GeometryProblem {
    fn message(&self, lang: Lang) -> String {
        let mm = |v: f32| format_mm(v, lang);
        match (self, lang) {
            (GeometryProblem::NotPositive(f), Lang::Fr) => {
                format!("« {} » doit être supérieur à zéro", field_label(f, lang))
            }
            (GeometryProblem::NotPositive(f), Lang::En) => {
                format!("“{}” must be greater than zero", field_label(f, lang))
            }
            (GeometryProblem::Negative(f), Lang::Fr) => {
                format!("« {} » ne peut pas être négatif", field_label(f, lang))
            }
            (GeometryProblem::Negative(f), Lang::En) => {
                format!("“{}” cannot be negative", field_label(f, lang))
            }
            (GeometryProblem::TooWide { needed_mm, page_mm }, Lang::Fr) => format!(
                "Les étiquettes ne tiennent pas en largeur : marge, étiquettes et espaces font {} mm pour une page de {} mm",
                mm(*needed_mm),
                mm(*page_mm)
            ),
            (GeometryProblem::TooWide { needed_mm, page_mm }, Lang::En) => format!(
                "The labels do not fit across the page: margin, labels and gaps take {} mm of a {} mm page",
                mm(*needed_mm),
                mm(*page_mm)
            ),
            (GeometryProblem::TooTall { needed_mm, page_mm }, Lang::Fr) => format!(
                "Les étiquettes ne tiennent pas en hauteur : marge, étiquettes et espaces font {} mm pour une page de {} mm",
                mm(*needed_mm),
                mm(*page_mm)
            ),
            (GeometryProblem::TooTall { needed_mm, page_mm }, Lang::En) => format!(
                "The labels do not fit down the page: margin, labels and gaps take {} mm of a {} mm page",
                mm(*needed_mm),
                mm(*page_mm)
            ),
            (GeometryProblem::LabelTooSmall { min_width_mm, min_height_mm }, Lang::Fr) => format!(
                "Une étiquette doit mesurer au moins {} × {} mm pour porter un QR code lisible et son texte",
                mm(*min_width_mm),
                mm(*min_height_mm)
            ),
            (GeometryProblem::LabelTooSmall { min_width_mm, min_height_mm }, Lang::En) => format!(
                "A label must be at least {} × {} mm to carry a QR code that scans and its text",
                mm(*min_width_mm),
                mm(*min_height_mm)
            ),
        }
    }
}

/// The words a person sees for a measurement of a label sheet.
fn field_label(field: &str, lang: Lang) -> &str {
    let (fr, en) = match field {
        "page_width" => ("Largeur de la page", "Page width"),
        "page_height" => ("Hauteur de la page", "Page height"),
        "label_width" => ("Largeur d'une étiquette", "Label width"),
        "label_height" => ("Hauteur d'une étiquette", "Label height"),
        "columns" => ("Nombre de colonnes", "Columns"),
        "rows" => ("Nombre de rangées", "Rows"),
        "left" => ("Marge de gauche", "Left margin"),
        "top" => ("Marge du haut", "Top margin"),
        "gap_x" => ("Espace entre colonnes", "Gap between columns"),
        "gap_y" => ("Espace entre rangées", "Gap between rows"),
        other => (other, other),
    };
    lang.pick(fr, en)
}

fn count_text(n: usize, lang: Lang) -> String {
    parc_core::i18n::format_count(i64::try_from(n).unwrap_or(i64::MAX), lang)
}

/// `63,5` in French, `63.5` in English; whole numbers without decimals.
fn format_mm(v: f32, lang: Lang) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millimetres_are_written_as_each_language_writes_numbers() {
        assert_eq!(format_mm(63.5, Lang::Fr), "63,5");
        assert_eq!(format_mm(63.5, Lang::En), "63.5");
        assert_eq!(format_mm(210.0, Lang::Fr), "210");
        assert_eq!(format_mm(10.75, Lang::En), "10.75");
    }

    #[test]
    fn every_error_speaks_both_languages_without_a_final_period() {
        let errors = [
            ReportError::NothingToPrint,
            ReportError::OffsetPastSheet { offset: 65, per_sheet: 65 },
            ReportError::TooMany { count: 12_345, max: 5_000 },
            GeometryProblem::NotPositive("label_width").into(),
            GeometryProblem::Negative("gap_x").into(),
            GeometryProblem::TooWide { needed_mm: 215.5, page_mm: 210.0 }.into(),
            GeometryProblem::TooTall { needed_mm: 300.0, page_mm: 297.0 }.into(),
            GeometryProblem::LabelTooSmall { min_width_mm: 25.0, min_height_mm: 12.0 }.into(),
            ReportError::CustomSheetUnmeasured,
            ReportError::EmptyTag,
            ReportError::TagTooLong { tag: "X".repeat(300) },
            ReportError::Pdf("font".into()),
        ];
        for e in &errors {
            let (fr, en) = (e.message(Lang::Fr), e.message(Lang::En));
            assert_ne!(fr, en, "{e:?} is translated");
            assert!(!fr.ends_with('.') && !en.ends_with('.'), "{fr} / {en}");
        }
        assert_eq!(
            ReportError::OffsetPastSheet { offset: 65, per_sheet: 65 }.message(Lang::Fr),
            "Une planche compte 65 étiquettes : le nombre d'étiquettes déjà utilisées (65) doit aller de 0 à 64"
        );
        assert_eq!(
            ReportError::from(GeometryProblem::TooWide { needed_mm: 215.5, page_mm: 210.0 }).message(Lang::Fr),
            "Les étiquettes ne tiennent pas en largeur : marge, étiquettes et espaces font 215,5 mm pour une page de 210 mm"
        );
        assert_eq!(
            ReportError::TooMany { count: 12_345, max: 5_000 }.message(Lang::En),
            "12,345 labels are too many for one PDF (at most 5,000): choose a location or asset tags"
        );
        assert_eq!(ReportError::Pdf("x".into()).code(), ErrorCode::Internal);
        assert_eq!(ReportError::NothingToPrint.code(), ErrorCode::Invalid);
    }
}
