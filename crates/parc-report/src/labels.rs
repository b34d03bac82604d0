//! Asset label sheets: a QR code of the tag, the tag in clear, the company.
//!
//! Labels are what ties a machine on a desk to its record: the on-site audit
//! scans them, and a person reads the tag aloud to the helpdesk. They are
//! printed on the sheets offices already buy (Avery L7651 and L7160, or any
//! sheet measured by hand), so positions must match those sheets to a tenth of
//! a millimetre, and a half-used sheet must be usable again: printing starts at
//! a given cell, counted like the sheet's own numbering (left to right, then
//! down). The QR code holds the tag and nothing else, so that any scanner,
//! Parc's audit or a phone, reads back exactly what the clear text says.

use chrono::{DateTime, Utc};
use parc_core::Lang;
use parc_core::ipc::{CustomSheet, LabelSheet};
use printpdf::{
    Color, Greyscale, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt,
    TextItem,
};

use crate::error::{GeometryProblem, ReportError};
use crate::qr::Code;
use crate::text::{Face, Fonts, one_line};

/// White kept inside each edge of a label: printers feed sheets a little
/// askew, and this keeps ink off the next label.
const PADDING_MM: f32 = 1.0;
/// The smallest module a laser printer draws and a scanner reads reliably.
const MIN_MODULE_MM: f32 = 0.33;
/// Below this, a label cannot hold a version-1 code and a readable tag.
const MIN_LABEL_WIDTH_MM: f32 = 25.0;
const MIN_LABEL_HEIGHT_MM: f32 = 12.0;
/// Text sizes, in points: the tag is as large as fits up to this, the other
/// lines never larger than the tag, and nothing is set below the minimum.
const MAX_TAG_PT: f32 = 14.0;
const MAX_BODY_PT: f32 = 9.0;
const MIN_TEXT_PT: f32 = 4.0;
/// The company name wraps onto at most this many lines.
const MAX_COMPANY_LINES: usize = 4;
/// Labels in one PDF at most. The whole document is built in memory (about
/// 35 KB a label while it is written), and nobody feeds a printer more than a
/// hundred sheets in one go: a larger fleet is labelled place by place.
pub const MAX_LABELS: usize = 5_000;
/// Measurements are compared with this slack, for the float rounding of
/// sheets that fill the page exactly.
const EPSILON_MM: f32 = 0.05;

/// An A4 page, portrait, in millimetres.
pub const A4: (f32, f32) = (210.0, 297.0);

/// A sheet of labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sheet {
    /// Avery L7651: 65 labels of 38.1 × 21.2 mm, 5 columns × 13 rows on A4.
    L7651,
    /// Avery L7160: 21 labels of 63.5 × 38.1 mm, 3 columns × 7 rows on A4.
    L7160,
    /// Any other sheet, measured by hand.
    Custom(Geometry),
}

/// Where the labels are on a sheet, in millimetres from the top-left corner of
/// the page; labels are counted left to right, then top to bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub page_width: f32,
    pub page_height: f32,
    pub label_width: f32,
    pub label_height: f32,
    pub columns: u32,
    pub rows: u32,
    /// From the left edge of the page to the first column.
    pub left: f32,
    /// From the top edge of the page to the first row.
    pub top: f32,
    /// Between two columns.
    pub gap_x: f32,
    /// Between two rows.
    pub gap_y: f32,
}

impl Sheet {
    /// The sheet's measurements.
    ///
    /// Avery's published templates (confirmed by Label Planet's LP65/38 and
    /// LP21/63, the same layouts): L7651 has 10.7 mm top and bottom margins,
    /// 4.75 mm side margins and a 40.6 × 21.2 mm pitch (2.5 mm between
    /// columns, none between rows); L7160 has 15.15 mm top and bottom, 7.25 mm
    /// sides and a 66.0 × 38.1 mm pitch. Both add up to 210 × 297 mm exactly.
    pub fn geometry(&self) -> Geometry {
        match self {
            Sheet::L7651 => Geometry {
                page_width: A4.0,
                page_height: A4.1,
                label_width: 38.1,
                label_height: 21.2,
                columns: 5,
                rows: 13,
                left: 4.75,
                top: 10.7,
                gap_x: 2.5,
                gap_y: 0.0,
            },
            Sheet::L7160 => Geometry {
                page_width: A4.0,
                page_height: A4.1,
                label_width: 63.5,
                label_height: 38.1,
                columns: 3,
                rows: 7,
                left: 7.25,
                top: 15.15,
                gap_x: 2.5,
                gap_y: 0.0,
            },
            Sheet::Custom(g) => *g,
        }
    }

    pub fn labels_per_sheet(&self) -> usize {
        self.geometry().labels_per_sheet()
    }

    /// The sheet the window asked for: a custom one comes with its
    /// measurements (`LabelRequest::custom`), which an Avery one ignores.
    pub fn requested(sheet: LabelSheet, custom: Option<&CustomSheet>) -> Result<Sheet, ReportError> {
        match (sheet, custom) {
            (LabelSheet::L7651, _) => Ok(Sheet::L7651),
            (LabelSheet::L7160, _) => Ok(Sheet::L7160),
            (LabelSheet::Custom, Some(c)) => Ok(Sheet::Custom(Geometry::from_custom(c))),
            (LabelSheet::Custom, None) => Err(ReportError::CustomSheetUnmeasured),
        }
    }
}

impl Geometry {
    /// A grid of labels centred on the page, for sheets whose margins are
    /// not given (most sheets are symmetric).
    #[allow(clippy::too_many_arguments)]
    pub fn centred(
        page: (f32, f32),
        label_width: f32,
        label_height: f32,
        columns: u32,
        rows: u32,
        gap_x: f32,
        gap_y: f32,
    ) -> Geometry {
        let across = columns as f32 * label_width + columns.saturating_sub(1) as f32 * gap_x;
        let down = rows as f32 * label_height + rows.saturating_sub(1) as f32 * gap_y;
        Geometry {
            page_width: page.0,
            page_height: page.1,
            label_width,
            label_height,
            columns,
            rows,
            left: (page.0 - across) / 2.0,
            top: (page.1 - down) / 2.0,
            gap_x,
            gap_y,
        }
    }

    /// A sheet measured by hand, as the window and `parc labels --sheet
    /// custom` both take it: what is not given is an A4 page, a grid centred
    /// on it and labels that touch. The result is not checked here, so that
    /// [`labels_pdf`] refuses a sheet that does not fit with the reason
    /// ([`Geometry::check`]) whoever measured it.
    pub fn from_custom(c: &CustomSheet) -> Geometry {
        let page = (c.page_width.unwrap_or(A4.0), c.page_height.unwrap_or(A4.1));
        let (gap_x, gap_y) = (c.column_gap.unwrap_or(0.0), c.row_gap.unwrap_or(0.0));
        let centred = Geometry::centred(page, c.label_width, c.label_height, c.columns, c.rows, gap_x, gap_y);
        Geometry { left: c.left_margin.unwrap_or(centred.left), top: c.top_margin.unwrap_or(centred.top), ..centred }
    }

    pub fn labels_per_sheet(&self) -> usize {
        self.columns as usize * self.rows as usize
    }

    /// Whether these labels fit on the page and can carry a QR code.
    pub fn check(&self) -> Result<(), GeometryProblem> {
        let sizes = [
            ("page_width", self.page_width),
            ("page_height", self.page_height),
            ("label_width", self.label_width),
            ("label_height", self.label_height),
        ];
        for (field, v) in sizes {
            if !(v.is_finite() && v > 0.0) {
                return Err(GeometryProblem::NotPositive(field));
            }
        }
        if self.columns == 0 {
            return Err(GeometryProblem::NotPositive("columns"));
        }
        if self.rows == 0 {
            return Err(GeometryProblem::NotPositive("rows"));
        }
        for (field, v) in [("gap_x", self.gap_x), ("gap_y", self.gap_y)] {
            if !v.is_finite() || v < 0.0 {
                return Err(GeometryProblem::Negative(field));
            }
        }
        if self.label_width < MIN_LABEL_WIDTH_MM || self.label_height < MIN_LABEL_HEIGHT_MM {
            return Err(GeometryProblem::LabelTooSmall {
                min_width_mm: MIN_LABEL_WIDTH_MM,
                min_height_mm: MIN_LABEL_HEIGHT_MM,
            });
        }
        // A negative margin is what centring a grid wider than the page gives:
        // the grid's size is the problem to report, not the margin.
        let across =
            self.left.max(0.0) + self.columns as f32 * self.label_width + (self.columns - 1) as f32 * self.gap_x;
        if across > self.page_width + EPSILON_MM {
            return Err(GeometryProblem::TooWide { needed_mm: across, page_mm: self.page_width });
        }
        let down = self.top.max(0.0) + self.rows as f32 * self.label_height + (self.rows - 1) as f32 * self.gap_y;
        if down > self.page_height + EPSILON_MM {
            return Err(GeometryProblem::TooTall { needed_mm: down, page_mm: self.page_height });
        }
        for (field, v) in [("left", self.left), ("top", self.top)] {
            if !v.is_finite() || v < 0.0 {
                return Err(GeometryProblem::Negative(field));
            }
        }
        Ok(())
    }

    /// The bottom-left corner of cell `index` (0 = top left), in points from
    /// the page's bottom-left corner, as PDF counts.
    fn cell_origin(&self, index: usize) -> (f32, f32) {
        let columns = self.columns as usize;
        let (row, column) = (index / columns, index % columns);
        let x = self.left + column as f32 * (self.label_width + self.gap_x);
        let top = self.top + row as f32 * (self.label_height + self.gap_y);
        (pt(x), pt(self.page_height - top - self.label_height))
    }
}

/// What one label shows besides the company: the tag (also in the QR code)
/// and, when there is room, the asset's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub tag: String,
    pub name: Option<String>,
}

impl Label {
    pub fn new(tag: impl Into<String>, name: Option<String>) -> Label {
        Label { tag: tag.into(), name }
    }
}

/// A PDF of label sheets: `labels` in order, from cell `start_offset` of the
/// first sheet (the cells before it are already used), on as many sheets as
/// needed. `company` is printed on every label (nothing when empty); `lang` is
/// the language of the document's title; `created` its creation date.
pub fn labels_pdf(
    labels: &[Label],
    sheet: &Sheet,
    start_offset: usize,
    company: &str,
    lang: Lang,
    created: DateTime<Utc>,
) -> Result<Vec<u8>, ReportError> {
    let geometry = sheet.geometry();
    geometry.check()?;
    let per_sheet = geometry.labels_per_sheet();
    if start_offset >= per_sheet {
        return Err(ReportError::OffsetPastSheet { offset: start_offset, per_sheet });
    }
    if labels.is_empty() {
        return Err(ReportError::NothingToPrint);
    }
    if labels.len() > MAX_LABELS {
        return Err(ReportError::TooMany { count: labels.len(), max: MAX_LABELS });
    }
    let cell = CellLayout::new(&geometry);
    // Every tag is encoded before anything is drawn: a tag that cannot be
    // printed stops the whole sheet rather than leave a hole in it.
    let codes = labels
        .iter()
        .map(|l| {
            let tag = one_line(&l.tag);
            if tag.is_empty() {
                return Err(ReportError::EmptyTag);
            }
            let code = Code::encode(&tag)?;
            if cell.qr_side_mm / (code.modules_with_quiet_zone() as f32) < MIN_MODULE_MM {
                return Err(ReportError::TagTooLong { tag });
            }
            Ok((tag, code))
        })
        .collect::<Result<Vec<_>, _>>()?;

    let fonts = Fonts::load()?;
    let company = one_line(company);
    let title = match company.as_str() {
        "" => lang.pick("Étiquettes", "Asset labels").to_string(),
        c => format!("{} — {c}", lang.pick("Étiquettes", "Asset labels")),
    };
    let mut doc = PdfDocument::new(&title);
    let date = printpdf::OffsetDateTime::from_unix_timestamp(created.timestamp())
        .map_err(|e| ReportError::Pdf(format!("creation date: {e}")))?;
    let info = &mut doc.metadata.info;
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.creator = concat!("Parc ", env!("CARGO_PKG_VERSION")).into();
    info.producer = "Parc (printpdf)".into();
    info.subject = lang.pick("Étiquettes de matériel", "Asset labels").into();
    let regular_id = doc.add_font(&fonts.regular.font);
    let bold_id = doc.add_font(&fonts.bold.font);

    let mut pages: Vec<Vec<Op>> = Vec::new();
    for (k, ((tag, code), label)) in codes.iter().zip(labels).enumerate() {
        let index = start_offset + k;
        let (page, cell_index) = (index / per_sheet, index % per_sheet);
        if pages.len() <= page {
            pages.push(vec![Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.0, None)) }]);
        }
        let ops = &mut pages[page];
        let (x, y) = geometry.cell_origin(cell_index);
        let module = pt(cell.qr_side_mm) / code.modules_with_quiet_zone() as f32;
        let qr_left = x + pt(PADDING_MM);
        let qr_top = y + pt(geometry.label_height) / 2.0 + pt(cell.qr_side_mm) / 2.0;
        ops.push(Op::DrawPolygon { polygon: code.path(qr_left, qr_top, module) });

        let name = label.name.as_deref().map(one_line).filter(|n| !n.is_empty());
        let lines = fit_text(&fonts, tag, name.as_deref(), &company, pt(cell.text_width_mm), pt(cell.text_height_mm));
        let total: f32 = lines.iter().map(|l| l.face(&fonts).line_height(l.size)).sum();
        let mut line_top = y + pt(geometry.label_height) / 2.0 + total / 2.0;
        let text_left = x + pt(PADDING_MM + cell.qr_side_mm);
        for line in &lines {
            let (face, id) = if line.bold { (&fonts.bold, &bold_id) } else { (&fonts.regular, &regular_id) };
            let baseline = line_top - face.ascent * line.size;
            ops.extend([
                Op::StartTextSection,
                Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(line.size) },
                Op::SetTextCursor { pos: Point { x: Pt(text_left), y: Pt(baseline) } },
                Op::ShowText { items: vec![TextItem::Text(line.text.clone())] },
                Op::EndTextSection,
            ]);
            line_top -= face.line_height(line.size);
        }
    }

    let pages =
        pages.into_iter().map(|ops| PdfPage::new(Mm(geometry.page_width), Mm(geometry.page_height), ops)).collect();
    let mut warnings = Vec::new();
    let bytes = doc.with_pages(pages).save(&PdfSaveOptions::default(), &mut warnings);
    if let Some(w) = warnings.iter().find(|w| w.severity == PdfParseErrorSeverity::Error) {
        return Err(ReportError::Pdf(w.msg.clone()));
    }
    Ok(bytes)
}

/// Where things go inside one label, in millimetres: the QR code (with its
/// quiet zone) on the left, as tall as the label allows but never wider than
/// half of it, and the text in the rest.
struct CellLayout {
    qr_side_mm: f32,
    text_width_mm: f32,
    text_height_mm: f32,
}

impl CellLayout {
    fn new(g: &Geometry) -> CellLayout {
        let inner_width = g.label_width - 2.0 * PADDING_MM;
        let inner_height = g.label_height - 2.0 * PADDING_MM;
        let qr_side_mm = inner_height.min(inner_width / 2.0);
        CellLayout { qr_side_mm, text_width_mm: inner_width - qr_side_mm, text_height_mm: inner_height }
    }
}

/// One line of text on a label.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    text: String,
    size: f32,
    bold: bool,
}

impl Line {
    fn face<'a>(&self, fonts: &'a Fonts) -> &'a Face {
        if self.bold { &fonts.bold } else { &fonts.regular }
    }
}

/// The text of a label within `width` × `height` points: the tag in bold as
/// large as fits, then the asset's name on up to two lines if there is room,
/// then the company on up to four lines. The tag and the company are always
/// there (cut with an ellipsis when even the smallest size is too wide); the
/// name only when it fits.
fn fit_text(fonts: &Fonts, tag: &str, name: Option<&str>, company: &str, width: f32, height: f32) -> Vec<Line> {
    let (bold, regular) = (&fonts.bold, &fonts.regular);
    let tag_size = (width / bold.width(tag, 1.0)).min(MAX_TAG_PT).min(height / 3.0).max(MIN_TEXT_PT);
    let tag_line = Line { text: bold.truncate(tag, tag_size, width), size: tag_size, bold: true };
    let room = height - bold.line_height(tag_size);

    let body = |size: f32, text: String| Line { text, size, bold: false };
    let largest = MAX_BODY_PT.min(tag_size);
    let mut company_lines = Vec::new();
    let mut size = largest;
    if !company.is_empty() {
        let sizes = || (0..).map(|i| largest - 0.25 * i as f32).take_while(|s| *s >= MIN_TEXT_PT);
        let fits = |break_words: bool| {
            sizes().find_map(|s| {
                let lines = regular.wrap(company, s, width, break_words)?;
                let fits = lines.len() <= MAX_COMPANY_LINES && lines.len() as f32 * regular.line_height(s) <= room;
                fits.then_some((s, lines))
            })
        };
        match fits(false).or_else(|| fits(true)) {
            Some((s, lines)) => {
                size = s;
                company_lines = lines.into_iter().map(|l| body(s, l)).collect();
            }
            None => {
                size = MIN_TEXT_PT;
                company_lines = vec![body(MIN_TEXT_PT, regular.truncate(company, MIN_TEXT_PT, width))];
            }
        }
    }

    let mut lines = vec![tag_line];
    let used: f32 = company_lines.iter().map(|l| regular.line_height(l.size)).sum();
    if let Some(name) = name {
        let fit = |n: usize| used + n as f32 * regular.line_height(size) <= room;
        let two = regular.wrap(name, size, width, true).unwrap_or_default();
        let name_lines = match two.as_slice() {
            [_] | [_, _] if fit(two.len()) => two,
            [first, rest @ ..] if fit(2) => vec![first.clone(), regular.truncate(&rest.join(" "), size, width)],
            _ if fit(1) => vec![regular.truncate(name, size, width)],
            _ => Vec::new(),
        };
        lines.extend(name_lines.into_iter().map(|l| body(size, l)));
    }
    if used <= room {
        lines.extend(company_lines);
    }
    lines
}

fn pt(mm: f32) -> f32 {
    Pt::from(Mm(mm)).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn avery_sheets_fill_an_a4_page_exactly() {
        for sheet in [Sheet::L7651, Sheet::L7160] {
            let g = sheet.geometry();
            g.check().expect("fits");
            let across = 2.0 * g.left + g.columns as f32 * g.label_width + (g.columns - 1) as f32 * g.gap_x;
            let down = 2.0 * g.top + g.rows as f32 * g.label_height + (g.rows - 1) as f32 * g.gap_y;
            assert!((across - 210.0).abs() < 0.01, "{sheet:?}: {across}");
            assert!((down - 297.0).abs() < 0.01, "{sheet:?}: {down}");
        }
        assert_eq!(Sheet::L7651.labels_per_sheet(), 65);
        assert_eq!(Sheet::L7160.labels_per_sheet(), 21);
    }

    #[test]
    fn cells_count_left_to_right_then_down_from_the_top() {
        let g = Sheet::L7160.geometry();
        let (x0, y0) = g.cell_origin(0);
        let (x1, y1) = g.cell_origin(1);
        let (x3, y3) = g.cell_origin(3);
        assert!((x0 - pt(7.25)).abs() < 0.01 && (y0 - pt(297.0 - 15.15 - 38.1)).abs() < 0.01);
        assert!((x1 - pt(7.25 + 66.0)).abs() < 0.01 && (y1 - y0).abs() < 0.01);
        assert!((x3 - x0).abs() < 0.01 && (y0 - y3 - pt(38.1)).abs() < 0.01);
        let (_, last_y) = g.cell_origin(20);
        assert!((last_y - pt(15.15)).abs() < 0.01, "the last row ends at the bottom margin");
    }

    #[test]
    fn a_centred_grid_has_equal_margins() {
        let g = Geometry::centred(A4, 70.0, 37.0, 3, 8, 0.0, 0.0);
        assert!((g.left - 0.0).abs() < 0.01 && (g.top - 0.5).abs() < 0.01);
        g.check().expect("fits");
    }

    fn measured(label_width: f32, label_height: f32, columns: u32, rows: u32) -> CustomSheet {
        CustomSheet {
            label_width,
            label_height,
            columns,
            rows,
            page_width: None,
            page_height: None,
            left_margin: None,
            top_margin: None,
            column_gap: None,
            row_gap: None,
        }
    }

    #[test]
    fn a_custom_sheet_without_margins_is_centred_on_a4_without_gaps() {
        let g = Geometry::from_custom(&measured(70.0, 37.0, 3, 8));
        assert_eq!(g, Geometry::centred(A4, 70.0, 37.0, 3, 8, 0.0, 0.0));
        assert_eq!((g.page_width, g.page_height, g.gap_x, g.gap_y), (210.0, 297.0, 0.0, 0.0));
        assert!((g.left - 0.0).abs() < 0.01 && (g.top - 0.5).abs() < 0.01, "{g:?}");
        assert_eq!(g.labels_per_sheet(), 24);
        g.check().expect("fits");
    }

    #[test]
    fn a_custom_sheet_keeps_the_margins_gaps_and_page_it_is_given() {
        let l7160 = Sheet::L7160.geometry();
        let by_hand = CustomSheet {
            left_margin: Some(7.25),
            top_margin: Some(15.15),
            column_gap: Some(2.5),
            row_gap: Some(0.0),
            ..measured(63.5, 38.1, 3, 7)
        };
        assert_eq!(Geometry::from_custom(&by_hand), l7160, "the L7160, measured by hand");

        // One margin given, the other centred; a page of another size.
        let letter = CustomSheet {
            page_width: Some(215.9),
            page_height: Some(279.4),
            top_margin: Some(12.7),
            row_gap: Some(1.0),
            ..measured(66.7, 25.4, 3, 10)
        };
        let g = Geometry::from_custom(&letter);
        assert_eq!((g.page_width, g.page_height, g.top, g.gap_y), (215.9, 279.4, 12.7, 1.0));
        assert!((g.left - (215.9 - 3.0 * 66.7) / 2.0).abs() < 0.01, "{g:?}");
        g.check().expect("fits");
    }

    #[test]
    fn a_requested_custom_sheet_needs_its_measurements() {
        let c = measured(70.0, 37.0, 3, 8);
        assert_eq!(Sheet::requested(LabelSheet::L7160, Some(&c)), Ok(Sheet::L7160), "ignored for Avery");
        assert_eq!(Sheet::requested(LabelSheet::L7651, None), Ok(Sheet::L7651));
        assert_eq!(Sheet::requested(LabelSheet::Custom, Some(&c)), Ok(Sheet::Custom(Geometry::from_custom(&c))));
        assert_eq!(Sheet::requested(LabelSheet::Custom, None), Err(ReportError::CustomSheetUnmeasured));
    }

    #[test]
    fn a_custom_sheet_that_does_not_fit_is_refused_when_printed() {
        let wide = Geometry::from_custom(&CustomSheet { left_margin: Some(5.0), ..measured(70.0, 37.0, 3, 8) });
        let refused = labels_pdf(&[Label::new("PARC-1", None)], &Sheet::Custom(wide), 0, "", Lang::Fr, Utc::now());
        assert_eq!(refused, Err(ReportError::Geometry(GeometryProblem::TooWide { needed_mm: 215.0, page_mm: 210.0 })));
    }

    #[test]
    fn impossible_sheets_are_refused_with_the_reason() {
        let base = Geometry::centred(A4, 70.0, 37.0, 3, 8, 0.0, 0.0);
        let cases = [
            (Geometry { label_width: 0.0, ..base }, GeometryProblem::NotPositive("label_width")),
            (Geometry { page_height: f32::NAN, ..base }, GeometryProblem::NotPositive("page_height")),
            (Geometry { rows: 0, ..base }, GeometryProblem::NotPositive("rows")),
            (Geometry { gap_x: -1.0, ..base }, GeometryProblem::Negative("gap_x")),
            (
                Geometry { label_height: 10.0, ..base },
                GeometryProblem::LabelTooSmall { min_width_mm: 25.0, min_height_mm: 12.0 },
            ),
            (Geometry { left: 5.0, ..base }, GeometryProblem::TooWide { needed_mm: 215.0, page_mm: 210.0 }),
        ];
        for (g, problem) in cases {
            assert_eq!(g.check(), Err(problem.clone()), "{g:?}");
        }
        let tall = Geometry { rows: 9, ..base };
        assert!(matches!(tall.check(), Err(GeometryProblem::TooTall { .. })));
        let off_the_page = Geometry { left: -1.0, columns: 2, ..base };
        assert_eq!(off_the_page.check(), Err(GeometryProblem::Negative("left")));
    }

    #[test]
    fn text_never_leaves_its_box() {
        let fonts = Fonts::load().expect("fonts");
        for sheet in [Sheet::L7651, Sheet::L7160] {
            let cell = CellLayout::new(&sheet.geometry());
            let (w, h) = (pt(cell.text_width_mm), pt(cell.text_height_mm));
            for (tag, name, company) in [
                (
                    "PARC-000123",
                    Some("Portable Dell Latitude 5540 de la comptabilité"),
                    "Société Générale d'Équipement — Œuvre",
                ),
                ("PARC-000124", None, "ACME"),
                ("UN-NUMÉRO-D-INVENTAIRE-TRÈS-TRÈS-LONG-0001", Some("x"), "Entreprise"),
                ("PARC-1", Some("Écran"), "Anticonstitutionnellementissimesque-et-cætera-sans-espace"),
                ("PARC-2", Some("Écran"), ""),
            ] {
                let lines = fit_text(&fonts, tag, name, company, w, h);
                let total: f32 = lines.iter().map(|l| l.face(&fonts).line_height(l.size)).sum();
                assert!(total <= h + 0.01, "{sheet:?} {tag}: {total} > {h}");
                for l in &lines {
                    assert!(l.face(&fonts).width(&l.text, l.size) <= w + 0.01, "{sheet:?}: {l:?} wider than {w}");
                    assert!(l.size >= MIN_TEXT_PT && l.size <= MAX_TAG_PT, "{l:?}");
                }
                assert!(lines[0].bold && tag.starts_with(lines[0].text.trim_end_matches('…')), "{lines:?}");
                let body = lines.iter().skip(1).map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
                let start: String = company.chars().take(4).collect();
                assert!(body.contains(&start), "{sheet:?}: the company is there: {lines:?}");
            }
        }
    }

    #[test]
    fn a_short_company_and_name_are_all_shown_whole() {
        let fonts = Fonts::load().expect("fonts");
        let cell = CellLayout::new(&Sheet::L7160.geometry());
        let lines = fit_text(
            &fonts,
            "PARC-000123",
            Some("Écran 24 pouces"),
            "Société Générale d'Équipement — Œuvre",
            pt(cell.text_width_mm),
            pt(cell.text_height_mm),
        );
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "PARC-000123");
        assert_eq!(texts[1], "Écran 24 pouces");
        assert_eq!(texts[2..].join(" "), "Société Générale d'Équipement — Œuvre");
        assert!(lines[0].size > lines[1].size, "the tag is the largest: {lines:?}");
    }
}
