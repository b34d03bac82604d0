//! CSV files as Excel, Snipe-IT, GLPI and PowerShell write them, read one
//! record at a time.
//!
//! A [`Table`] knows a file's encoding, separator and headers; each call to
//! [`Table::records`] reads it again from the start, so a first pass can
//! count rows and look at dates while a second one imports, both in bounded
//! memory. Lines are numbered as an editor numbers them (the header is line
//! 1, or 2 after PowerShell's `#TYPE` line; a quoted field spanning lines
//! counts them all), so that an error message points at the right place.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::text::{self, TextEncoding};
use crate::{ImportError, RowError, RowProblem, detect};

/// An open CSV file: how to read it, and its header line.
#[derive(Debug, Clone)]
pub struct Table {
    path: PathBuf,
    pub encoding: TextEncoding,
    pub delimiter: u8,
    /// The header line's cells, trimmed.
    pub headers: Vec<String>,
    /// PowerShell's `#TYPE ...` line, when there is one.
    pub type_line: Option<String>,
    pub size: u64,
}

/// One data line of a table.
#[derive(Debug, Clone)]
pub struct Record {
    /// Where the record starts, as an editor numbers lines.
    pub line: u64,
    pub fields: csv::StringRecord,
}

impl Record {
    /// The trimmed cell of a column, `None` when empty or absent.
    pub fn get(&self, index: usize) -> Option<&str> {
        self.fields.get(index).map(str::trim).filter(|s| !s.is_empty())
    }
}

impl Table {
    /// Opens a CSV file: checks its size against `limit`, decides encoding
    /// and separator, and reads the header line.
    pub fn open(path: &Path, limit: u64) -> Result<Table, ImportError> {
        let size = crate::check_size(path, limit)?;
        let mut f = File::open(path).map_err(ImportError::io(path))?;
        let head = text::read_head(&mut f).map_err(ImportError::io(path))?;
        let encoding = text::sniff(&head)?;
        let head_text = text::decode_head(&head, encoding);
        let (type_line, rest) = detect::split_type_line(&head_text);
        let delimiter = detect::sniff_delimiter(rest.lines().next().unwrap_or(""));
        let mut table = Table {
            path: path.to_path_buf(),
            encoding,
            delimiter,
            headers: Vec::new(),
            type_line: type_line.map(String::from),
            size,
        };
        let mut records = table.reader()?;
        let headers = records.headers().map_err(|e| csv_file_error(&table.path, e))?;
        table.headers = headers.iter().map(|h| h.trim().to_string()).collect();
        if table.headers.iter().all(String::is_empty) {
            return Err(ImportError::NoHeader);
        }
        Ok(table)
    }

    fn reader(&self) -> Result<csv::Reader<Box<dyn Read>>, ImportError> {
        let f = File::open(&self.path).map_err(ImportError::io(&self.path))?;
        let mut buffered = BufReader::with_capacity(64 * 1024, text::utf8_reader(f, self.encoding));
        if self.type_line.is_some() {
            let mut skipped = Vec::new();
            buffered.read_until(b'\n', &mut skipped).map_err(ImportError::io(&self.path))?;
        }
        let boxed: Box<dyn Read> = Box::new(buffered);
        Ok(csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(true)
            .flexible(true)
            .buffer_capacity(64 * 1024)
            .from_reader(boxed))
    }

    /// Reads the data records from the start of the file.
    pub fn records(&self) -> Result<Records, ImportError> {
        let mut reader = self.reader()?;
        // Consumes the header line, so that positions count it.
        reader.headers().map_err(|e| csv_file_error(&self.path, e))?;
        Ok(Records { reader, width: self.headers.len(), offset: u64::from(self.type_line.is_some()), done: false })
    }
}

fn csv_file_error(path: &Path, e: csv::Error) -> ImportError {
    match e.into_kind() {
        csv::ErrorKind::Io(source) => ImportError::Io { path: path.to_path_buf(), source },
        _ => ImportError::NotText,
    }
}

/// The data records of a table, in order, each checked against the header's width.
pub struct Records {
    reader: csv::Reader<Box<dyn Read>>,
    width: usize,
    offset: u64,
    /// Set after an error the reader cannot go past.
    done: bool,
}

impl Iterator for Records {
    type Item = Result<Record, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let mut raw = csv::ByteRecord::new();
            match self.reader.read_byte_record(&mut raw) {
                Ok(false) => return None,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line()) + self.offset;
                    let problem = match e.kind() {
                        csv::ErrorKind::Utf8 { .. } => RowProblem::NotUtf8,
                        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                            RowProblem::FieldCount { expected: *expected_len as usize, found: *len as usize }
                        }
                        // An I/O error mid-file: reported on the line reached, and the
                        // reading stops (the import as a whole is then refused).
                        _ => {
                            let problem = RowProblem::Refused { fr: e.to_string(), en: e.to_string() };
                            self.done = true;
                            return Some(Err(RowError { line, column: None, problem }));
                        }
                    };
                    return Some(Err(RowError { line, column: None, problem }));
                }
            }
            let line = raw.position().map_or(0, |p| p.line()) + self.offset;
            // Excel leaves lines of bare separators under a table: they hold nothing.
            if raw.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
                continue;
            }
            if raw.len() != self.width {
                let problem = RowProblem::FieldCount { expected: self.width, found: raw.len() };
                return Some(Err(RowError { line, column: None, problem }));
            }
            return Some(match csv::StringRecord::from_byte_record(raw) {
                Ok(fields) => Ok(Record { line, fields }),
                Err(_) => Err(RowError { line, column: None, problem: RowProblem::NotUtf8 }),
            });
        }
    }
}
