//! QR codes drawn as vector shapes.
//!
//! A label is printed at whatever resolution the printer has; a QR code put in
//! as a bitmap is resampled on the way and its module edges blur, which is what
//! makes a small code fail to scan. Drawn as filled rectangles, every module
//! edge is as sharp as the printer can make it, and the PDF stays small: one
//! path per code, one rectangle per horizontal run of dark modules.

use printpdf::{LinePoint, PaintMode, Point, Polygon, PolygonRing, Pt, WindingOrder};
use qrcode::{Color, EcLevel, QrCode};

use crate::ReportError;

/// Light modules around the code, as ISO/IEC 18004 asks: scanners find the
/// finder patterns by this margin, and the next label's ink must not touch it.
pub(crate) const QUIET_ZONE: usize = 4;

/// An encoded tag: its side in modules (without the quiet zone) and its dark
/// modules, row by row from the top.
pub(crate) struct Code {
    pub width: usize,
    dark: Vec<bool>,
}

impl Code {
    /// Level Q (a quarter of the code can be lost): labels get scratched, and
    /// a tag of a dozen characters still fits the smallest version.
    pub fn encode(tag: &str) -> Result<Code, ReportError> {
        let code = QrCode::with_error_correction_level(tag.as_bytes(), EcLevel::Q)
            .map_err(|_| ReportError::TagTooLong { tag: tag.to_string() })?;
        let width = code.width();
        let dark = code.into_colors().into_iter().map(|c| c == Color::Dark).collect();
        Ok(Code { width, dark })
    }

    /// Modules across, quiet zone included on both sides.
    pub fn modules_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// The dark modules as one filled path. `(left, top)` is the outer corner
    /// of the quiet zone, in points from the page's bottom-left corner.
    pub fn path(&self, left: f32, top: f32, module: f32) -> Polygon {
        let mut rings = Vec::new();
        for y in 0..self.width {
            let row = &self.dark[y * self.width..(y + 1) * self.width];
            let mut x = 0;
            while x < self.width {
                if !row[x] {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && row[x] {
                    x += 1;
                }
                let x0 = left + (QUIET_ZONE + start) as f32 * module;
                let x1 = left + (QUIET_ZONE + x) as f32 * module;
                let y0 = top - (QUIET_ZONE + y) as f32 * module;
                let y1 = y0 - module;
                rings.push(PolygonRing {
                    points: [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
                        .into_iter()
                        .map(|(x, y)| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false })
                        .collect(),
                });
            }
        }
        Polygon { rings, mode: PaintMode::Fill, winding_order: WindingOrder::NonZero }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parc_tag_fits_the_smallest_code() {
        let code = Code::encode("PARC-000123").expect("encodes");
        assert_eq!(code.width, 21, "version 1");
        assert_eq!(code.modules_with_quiet_zone(), 29);
    }

    #[test]
    fn runs_cover_exactly_the_dark_modules_inside_the_quiet_zone() {
        let code = Code::encode("PARC-000123").expect("encodes");
        let path = code.path(100.0, 500.0, 2.0);
        let dark_area: f32 = path
            .rings
            .iter()
            .map(|r| {
                let (a, c) = (r.points[0].p, r.points[2].p);
                assert!(a.x.0 >= 100.0 + 8.0 && c.x.0 <= 100.0 + 2.0 * 25.0, "inside the quiet zone");
                assert!(a.y.0 <= 500.0 - 8.0 && c.y.0 >= 500.0 - 2.0 * 25.0, "inside the quiet zone");
                (c.x.0 - a.x.0) * (a.y.0 - c.y.0)
            })
            .sum();
        let dark_modules = code.dark.iter().filter(|d| **d).count();
        assert!((dark_area - dark_modules as f32 * 4.0).abs() < 0.01);
        // The three finder patterns start with a run of seven dark modules.
        assert!(path.rings.iter().filter(|r| (r.points[1].p.x.0 - r.points[0].p.x.0 - 14.0).abs() < 0.01).count() >= 4);
    }

    #[test]
    fn data_beyond_any_qr_version_is_refused() {
        let long = "9".repeat(8000);
        assert!(matches!(Code::encode(&long), Err(ReportError::TagTooLong { .. })));
    }
}
