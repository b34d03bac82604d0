//! Measuring and fitting text with the embedded font.
//!
//! printpdf's page operations put text at a point and nothing more: no
//! wrapping, no clipping. A label is a few centimetres wide and a tag or a
//! company name can be long, so every line is measured with the font's own
//! advance widths (the numbers the PDF's `/W` array carries, as printpdf maps
//! one character to one glyph without kerning) and is shrunk, wrapped or
//! shortened with an ellipsis before it is drawn: nothing may spill onto the
//! next label.

use printpdf::ParsedFont;

use crate::ReportError;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Space between two lines, as a share of the font's own line height.
const LINE_SPACING: f32 = 1.05;

const ELLIPSIS: char = '…';

/// One embedded face and the metrics needed to place its lines.
pub(crate) struct Face {
    pub font: ParsedFont,
    units_per_em: f32,
    /// Above the baseline, in em.
    pub ascent: f32,
    /// Below the baseline, in em (positive).
    descent: f32,
}

impl Face {
    fn load(bytes: &[u8], name: &str) -> Result<Face, ReportError> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or_else(|| ReportError::Pdf(format!("the embedded font {name} cannot be read")))?;
        let m = font.pdf_font_metrics;
        let units_per_em = f32::from(m.units_per_em.max(1));
        Ok(Face {
            units_per_em,
            ascent: f32::from(m.ascender) / units_per_em,
            descent: -f32::from(m.descender) / units_per_em,
            font,
        })
    }

    /// Width of `text` in points at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.font.get_horizontal_advance(self.font.lookup_glyph_index(c as u32).unwrap_or(0))))
            .sum();
        units as f32 / self.units_per_em * size
    }

    /// Height taken by one line at `size` points, spacing included.
    pub fn line_height(&self, size: f32) -> f32 {
        (self.ascent + self.descent) * size * LINE_SPACING
    }

    /// `text` cut to fit `width` points at `size`, ending with "…" when cut.
    pub fn truncate(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_string();
        }
        let mut kept: Vec<char> = text.chars().collect();
        while !kept.is_empty() {
            kept.pop();
            let candidate: String = kept.iter().collect::<String>().trim_end().to_string() + "…";
            if self.width(&candidate, size) <= width {
                return candidate;
            }
        }
        if self.width(&ELLIPSIS.to_string(), size) <= width { ELLIPSIS.to_string() } else { String::new() }
    }

    /// The words of `text` on as few lines as fit `width` points at `size`.
    ///
    /// A word wider than a line makes it fail (`None`) unless `break_words`,
    /// which cuts it between letters: the caller tries a smaller size first.
    pub fn wrap(&self, text: &str, size: f32, width: f32, break_words: bool) -> Option<Vec<String>> {
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        for word in text.split_whitespace() {
            let joined = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
            if self.width(&joined, size) <= width {
                current = joined;
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            if self.width(word, size) <= width {
                current = word.to_string();
                continue;
            }
            if !break_words {
                return None;
            }
            for c in word.chars() {
                let longer = format!("{current}{c}");
                if current.is_empty() || self.width(&longer, size) <= width {
                    current = longer;
                } else {
                    lines.push(std::mem::replace(&mut current, c.to_string()));
                }
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        Some(lines)
    }
}

/// The two faces of a label: bold for the tag, regular for the rest.
pub(crate) struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load() -> Result<Fonts, ReportError> {
        Ok(Fonts { regular: Face::load(REGULAR_TTF, "DejaVu Sans")?, bold: Face::load(BOLD_TTF, "DejaVu Sans Bold")? })
    }
}

/// Text as one line: runs of spaces, tabs and line breaks become one space.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("the embedded fonts parse")
    }

    #[test]
    fn every_french_letter_has_a_glyph() {
        let f = fonts();
        let french = "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ«»€’—…";
        for face in [&f.regular, &f.bold] {
            for c in french.chars() {
                let gid = face.font.lookup_glyph_index(c as u32);
                assert!(gid.is_some_and(|g| g != 0), "no glyph for {c:?}");
            }
        }
    }

    #[test]
    fn widths_follow_the_fonts_advances() {
        let f = fonts();
        // DejaVu Sans digits are 1303 units of a 2048-unit em.
        let w = f.regular.width("0000", 10.0);
        assert!((w - 4.0 * 1303.0 / 2048.0 * 10.0).abs() < 0.01, "{w}");
        assert!(f.bold.width("PARC-000123", 10.0) > f.regular.width("PARC-000123", 10.0));
        assert!((f.regular.width("abc", 20.0) - 2.0 * f.regular.width("abc", 10.0)).abs() < 0.001);
    }

    #[test]
    fn a_long_line_is_cut_with_an_ellipsis_that_fits() {
        let f = fonts();
        let text = "Société Générale d'Équipement — Œuvre";
        let cut = f.regular.truncate(text, 8.0, 60.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(f.regular.width(&cut, 8.0) <= 60.0);
        assert!(text.starts_with(cut.trim_end_matches('…')));
        assert_eq!(f.regular.truncate("Court", 8.0, 60.0), "Court");
    }

    #[test]
    fn wrapping_keeps_words_whole_unless_told_otherwise() {
        let f = fonts();
        let text = "Société Générale d'Équipement — Œuvre";
        let width = f.regular.width("d'Équipement —", 6.0) + 0.1;
        let lines = f.regular.wrap(text, 6.0, width, false).expect("every word fits");
        assert_eq!(lines.join(" "), text);
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(lines.iter().all(|l| f.regular.width(l, 6.0) <= width), "{lines:?}");

        let narrow = f.regular.width("Géné", 6.0);
        assert_eq!(f.regular.wrap(text, 6.0, narrow, false), None);
        let broken = f.regular.wrap(text, 6.0, narrow, true).expect("breaks words");
        assert_eq!(broken.concat().replace(' ', ""), text.replace(' ', ""));
        assert!(broken.iter().all(|l| f.regular.width(l, 6.0) <= narrow), "{broken:?}");
    }

    #[test]
    fn whitespace_becomes_single_spaces() {
        assert_eq!(one_line("  Poste\tde\n travail  "), "Poste de travail");
    }
}
