//! Software licences from Snipe-IT's licences export: read and checked now,
//! so that the file is known good; the licence register that will store them
//! comes with the licence issue.

use std::path::Path;

use chrono::NaiveDate;
use parc_core::Cents;
use serde::Serialize;
use ts_rs::TS;

use crate::dates::{self, DateEvidence, DateOrder};
use crate::table::{Records, Table};
use crate::{ImportError, Limits, RowError, RowProblem, mapping::normalize_header, values};

/// One licence line: a product, its key, how many seats, and for whom.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LicenceRecord {
    pub line: u64,
    pub name: String,
    /// The product key or licence serial.
    pub product_key: Option<String>,
    pub seats: Option<u32>,
    pub manufacturer: Option<String>,
    pub supplier: Option<String>,
    pub licensed_to_name: Option<String>,
    pub licensed_to_email: Option<String>,
    pub purchase_date: Option<NaiveDate>,
    pub purchase_cost: Option<Cents>,
    pub expiration: Option<NaiveDate>,
    pub order_number: Option<String>,
}

struct Columns {
    name: usize,
    key: Option<usize>,
    seats: Option<usize>,
    manufacturer: Option<usize>,
    supplier: Option<usize>,
    to_name: Option<usize>,
    to_email: Option<usize>,
    purchase_date: Option<usize>,
    cost: Option<usize>,
    expiration: Option<usize>,
    order: Option<usize>,
}

/// The licences of a file, one at a time.
pub struct Licences {
    records: Records,
    headers: Vec<String>,
    cols: Columns,
    order: [DateOrder; 2],
}

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    let folded: Vec<String> = headers.iter().map(|h| normalize_header(h)).collect();
    names.iter().find_map(|n| folded.iter().position(|h| h == n))
}

/// Opens a licences export; its date columns are read once to tell their order.
pub fn read_licences(path: &Path, limits: &Limits) -> Result<Licences, ImportError> {
    let table = Table::open(path, limits.table_bytes)?;
    let h = &table.headers;
    let name = find(h, &["item name", "name", "software", "logiciel", "nom"])
        .ok_or(ImportError::MissingColumns { missing: vec!["Item name"] })?;
    let cols = Columns {
        name,
        key: find(h, &["serial number", "serial", "product key", "license key", "cle de licence", "cle"]),
        seats: find(h, &["seats", "postes", "nombre de postes", "quantity", "quantite"]),
        manufacturer: find(h, &["manufacturer", "editeur", "fabricant"]),
        supplier: find(h, &["supplier", "fournisseur"]),
        to_name: find(h, &["licensed to name", "titulaire"]),
        to_email: find(h, &["licensed to email", "e mail du titulaire"]),
        purchase_date: find(h, &["purchase date", "date d achat"]),
        cost: find(h, &["purchase cost", "prix", "cout"]),
        expiration: find(h, &["expiration date", "date d expiration", "expiration"]),
        order: find(h, &["order number", "purchase order", "numero de commande"]),
    };
    let mut evidence = [DateEvidence::default(); 2];
    for r in table.records()?.flatten() {
        for (e, c) in evidence.iter_mut().zip([cols.purchase_date, cols.expiration]) {
            if let Some(v) = c.and_then(|i| r.get(i)) {
                e.add(v);
            }
        }
    }
    // Snipe-IT writes American dates: month first unless the values say otherwise.
    let order = evidence.map(|e| e.decide(DateOrder::MonthFirst));
    Ok(Licences { records: table.records()?, headers: table.headers.clone(), cols, order })
}

impl Iterator for Licences {
    type Item = Result<LicenceRecord, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let r = match self.records.next()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let c = &self.cols;
        let at = |i: Option<usize>| i.and_then(|i| r.get(i)).map(String::from);
        let bad =
            |i: usize, problem: RowProblem| RowError { line: r.line, column: self.headers.get(i).cloned(), problem };
        let Some(name) = at(Some(c.name)) else {
            return Some(Err(bad(c.name, RowProblem::Required { field: "name" })));
        };
        let date = |i: Option<usize>, order: DateOrder| -> Result<Option<NaiveDate>, RowError> {
            match i.and_then(|i| r.get(i).map(|v| (i, v))) {
                None => Ok(None),
                Some((i, v)) => dates::parse(v, order).map(Some).map_err(|p| bad(i, p)),
            }
        };
        let record = (|| {
            let seats = match c.seats.and_then(|i| r.get(i).map(|v| (i, v))) {
                None => None,
                Some((i, v)) => Some(v.parse().map_err(|_| bad(i, RowProblem::BadAmount { value: v.into() }))?),
            };
            let purchase_cost = match c.cost.and_then(|i| r.get(i).map(|v| (i, v))) {
                None => None,
                Some((i, v)) => {
                    Some(values::amount(v).ok_or_else(|| bad(i, RowProblem::BadAmount { value: v.into() }))?)
                }
            };
            Ok(LicenceRecord {
                line: r.line,
                name,
                product_key: at(c.key),
                seats,
                manufacturer: at(c.manufacturer),
                supplier: at(c.supplier),
                licensed_to_name: at(c.to_name),
                licensed_to_email: at(c.to_email),
                purchase_date: date(c.purchase_date, self.order[0])?,
                purchase_cost,
                expiration: date(c.expiration, self.order[1])?,
                order_number: at(c.order),
            })
        })();
        Some(record)
    }
}
