//! Text as Windows and Excel write it, turned into UTF-8 while streaming.
//!
//! French users meet four encodings: UTF-8 (with or without the byte-order
//! mark Excel adds), UTF-16LE with a BOM (PowerShell's `-Encoding Unicode`,
//! Excel's "Unicode text"), and Windows-1252 (Excel's "CSV (séparateur :
//! point-virgule)"). The encoding is decided from the start of the file: a BOM
//! wins; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252,
//! which can decode every byte. Binary files are refused here, before any
//! parser sees them.

use std::io::Read;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use serde::Serialize;
use ts_rs::TS;

use crate::ImportError;

/// How many bytes are read to decide the encoding and the format.
pub(crate) const HEAD_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    /// UTF-8 starting with the byte-order mark (Excel, PowerShell's `-Encoding UTF8`).
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Excel's "CSV" on a French Windows.
    Windows1252,
}

impl TextEncoding {
    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Bom => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1252 => WINDOWS_1252,
        }
    }
}

/// Decides the encoding from the start of a file, refusing what is not text.
pub(crate) fn sniff(head: &[u8]) -> Result<TextEncoding, ImportError> {
    if head.is_empty() {
        return Err(ImportError::Empty);
    }
    let encoding = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        TextEncoding::Utf8Bom
    } else if head.starts_with(&[0xFF, 0xFE]) {
        TextEncoding::Utf16Le
    } else if head.starts_with(&[0xFE, 0xFF]) {
        TextEncoding::Utf16Be
    } else {
        match std::str::from_utf8(head) {
            Ok(_) => TextEncoding::Utf8,
            // The head may stop in the middle of a character.
            Err(e) if e.error_len().is_none() => TextEncoding::Utf8,
            Err(_) => TextEncoding::Windows1252,
        }
    };
    let text = decode_head(head, encoding);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if looks_binary(&text) {
        return Err(ImportError::NotText);
    }
    Ok(encoding)
}

/// Text has no NUL and few control characters; images, programs and archives
/// have both within their first bytes.
fn looks_binary(text: &str) -> bool {
    let mut control = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1a') {
            control += 1;
        }
    }
    // Windows-1252 maps every byte to a character; a binary file decoded that
    // way is full of C0 controls (and of U+FFFD in UTF-8 files).
    let replaced = text.chars().filter(|c| *c == '\u{FFFD}').count();
    total > 0 && (control + replaced) * 50 > total
}

/// The start of a file as text, the BOM left out (for detection and headers).
pub(crate) fn decode_head(head: &[u8], encoding: TextEncoding) -> String {
    let (text, _, _) = encoding.encoding().decode(head);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    text.to_string()
}

/// A reader that yields the file's text as UTF-8, the BOM removed.
///
/// UTF-8 passes through untouched (invalid bytes then reach the CSV reader,
/// which reports the line); other encodings are transcoded as they stream.
pub(crate) fn utf8_reader<R: Read>(inner: R, encoding: TextEncoding) -> impl Read {
    let forced = match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => None,
        other => Some(other.encoding()),
    };
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(forced)
        .bom_override(true)
        .strip_bom(true)
        .build(inner);
    LfLines { inner: decoded, pending_cr: false }
}

/// Turns `\r\n` into `\n`. The CSV reader numbers a record that follows a
/// `\r\n` one line too low (it starts counting at the `\n`); with bare `\n`
/// its line numbers are the editor's. Text inside quoted fields gets the same
/// line ends, which is what Parc stores anyway.
struct LfLines<R> {
    inner: R,
    /// A `\r` ended the previous chunk: kept back until the next byte is known.
    pending_cr: bool,
}

impl<R: Read> Read for LfLines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let start = usize::from(self.pending_cr);
            if self.pending_cr {
                buf[0] = b'\r';
            }
            let n = self.inner.read(&mut buf[start..])?;
            if n == 0 {
                // End of input: a held-back `\r` is a real character.
                self.pending_cr = false;
                return Ok(start);
            }
            let end = start + n;
            let mut w = 0;
            let mut i = 0;
            self.pending_cr = false;
            while i < end {
                let b = buf[i];
                if b == b'\r' {
                    if i + 1 == end {
                        self.pending_cr = true;
                        break;
                    }
                    if buf[i + 1] == b'\n' {
                        i += 1;
                        continue;
                    }
                }
                buf[w] = b;
                w += 1;
                i += 1;
            }
            if w > 0 {
                return Ok(w);
            }
        }
    }
}

/// Reads the first [`HEAD_BYTES`] of a reader.
pub(crate) fn read_head(reader: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(HEAD_BYTES);
    reader.take(HEAD_BYTES as u64).read_to_end(&mut head)?;
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(bytes: &[u8]) -> String {
        let enc = sniff(bytes).expect("text");
        let mut s = String::new();
        utf8_reader(bytes, enc).read_to_string(&mut s).expect("utf-8");
        s
    }

    #[test]
    fn every_encoding_of_excel_and_powershell_reads_as_the_same_text() {
        let text = "Numéro de série;Désignation\r\nSN1;Écran\r\n";
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (cp1252, _, _) = WINDOWS_1252.encode(text);
        assert_eq!(sniff(text.as_bytes()).expect("utf8"), TextEncoding::Utf8);
        assert_eq!(sniff(&bom).expect("bom"), TextEncoding::Utf8Bom);
        assert_eq!(sniff(&utf16).expect("utf16"), TextEncoding::Utf16Le);
        assert_eq!(sniff(&cp1252).expect("1252"), TextEncoding::Windows1252);
        for bytes in [text.as_bytes(), &bom, &utf16, &cp1252] {
            assert_eq!(through(bytes), text.replace("\r\n", "\n"));
        }
    }

    #[test]
    fn crlf_becomes_lf_even_across_reads() {
        struct Tiny<'a>(&'a [u8]);
        impl Read for Tiny<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.0.len().min(buf.len()).min(1);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        for input in [&b"a\r\nb\r\n"[..], b"a\rb\r", b"\r\n\r\n", b"x\r"] {
            let mut out = Vec::new();
            LfLines { inner: Tiny(input), pending_cr: false }.read_to_end(&mut out).expect("read");
            let expected = String::from_utf8_lossy(input).replace("\r\n", "\n");
            assert_eq!(String::from_utf8_lossy(&out), expected, "{input:?}");
        }
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R'];
        assert!(matches!(sniff(&png), Err(ImportError::NotText)));
        let elf = [0x7F, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0];
        assert!(matches!(sniff(&elf), Err(ImportError::NotText)));
        assert!(matches!(sniff(b""), Err(ImportError::Empty)));
        assert!(matches!(sniff(b"  \r\n"), Err(ImportError::Empty)));
    }
}
