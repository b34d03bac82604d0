//! Directories: who works here and which computers are joined, from Active
//! Directory exports (`Get-ADUser` / `Get-ADComputer | Export-Csv`, with or
//! without PowerShell 5.1's `#TYPE` line, in any of its encodings), from
//! Snipe-IT's users export, and the locations export of Snipe-IT.
//!
//! Columns are found by name, whatever their order: PowerShell writes the
//! properties asked for in alphabetical order, and people add or drop some.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::table::{Record, Records, Table};
use crate::{ImportError, Limits, RowError, RowProblem, dates, mapping::normalize_header, values};

/// A person of the directory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AdUser {
    pub line: u64,
    /// The sAMAccountName (or Snipe-IT's username).
    pub account: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub department: Option<String>,
    pub title: Option<String>,
    /// A disabled account: the person has left, or is away for long.
    pub enabled: bool,
}

/// A computer joined to the domain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AdComputer {
    pub line: u64,
    /// The computer's name (`PC-COMPTA-01`).
    pub name: String,
    pub dns_name: Option<String>,
    pub enabled: bool,
    pub os: Option<String>,
    pub os_version: Option<String>,
    pub last_logon: Option<NaiveDate>,
    pub ipv4: Option<String>,
}

/// A place from a locations export.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LocationRecord {
    pub line: u64,
    pub name: String,
    /// Street, postcode, town and country on one line.
    pub address: Option<String>,
    /// The parent place's name, when the export has one.
    pub parent: Option<String>,
}

/// The index of the first header among `names` (folded).
fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    let folded: Vec<String> = headers.iter().map(|h| normalize_header(h)).collect();
    names.iter().find_map(|n| folded.iter().position(|h| h == n))
}

fn get(r: &Record, i: Option<usize>) -> Option<String> {
    i.and_then(|i| r.get(i)).map(String::from)
}

fn boolean(r: &Record, i: Option<usize>, header: &[String]) -> Result<bool, RowError> {
    match i.and_then(|i| r.get(i)) {
        // Without the column, an account is taken as enabled.
        None => Ok(true),
        Some(v) => values::boolean(v).ok_or_else(|| RowError {
            line: r.line,
            column: i.and_then(|i| header.get(i).cloned()),
            problem: RowProblem::BadBool { value: v.into() },
        }),
    }
}

struct UserColumns {
    account: Option<usize>,
    first: Option<usize>,
    last: Option<usize>,
    name: Option<usize>,
    email: Option<usize>,
    department: Option<usize>,
    title: Option<usize>,
    enabled: Option<usize>,
}

/// The people of an Active Directory or Snipe-IT users export, one at a time.
pub struct Users {
    records: Records,
    headers: Vec<String>,
    cols: UserColumns,
}

/// Opens a users export; refused when it names neither accounts nor e-mails.
pub fn read_users(path: &Path, limits: &Limits) -> Result<Users, ImportError> {
    let table = Table::open(path, limits.table_bytes)?;
    let h = &table.headers;
    let cols = UserColumns {
        account: find(h, &["samaccountname", "username", "user name", "login", "compte", "identifiant"]),
        first: find(h, &["givenname", "first name", "prenom"]),
        last: find(h, &["surname", "last name", "nom de famille", "sn", "nom"]),
        name: find(h, &["name", "displayname", "display name", "full name", "nom complet"]),
        email: find(h, &["mail", "emailaddress", "email", "e mail", "email address", "courriel", "adresse e mail"]),
        department: find(h, &["department", "service", "departement", "direction"]),
        title: find(h, &["title", "job title", "fonction", "poste", "intitule du poste"]),
        enabled: find(h, &["enabled", "activated", "active", "actif"]),
    };
    if cols.account.is_none() && cols.email.is_none() {
        return Err(ImportError::MissingColumns { missing: vec!["SamAccountName", "mail"] });
    }
    Ok(Users { records: table.records()?, headers: table.headers.clone(), cols })
}

impl Iterator for Users {
    type Item = Result<AdUser, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let r = match self.records.next()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let c = &self.cols;
        let account = get(&r, c.account);
        let email = get(&r, c.email);
        if account.is_none() && email.is_none() {
            let column = c.account.or(c.email).and_then(|i| self.headers.get(i).cloned());
            return Some(Err(RowError { line: r.line, column, problem: RowProblem::Required { field: "account" } }));
        }
        let mut first = get(&r, c.first).unwrap_or_default();
        let mut last = get(&r, c.last).unwrap_or_default();
        if first.is_empty() && last.is_empty() {
            // `Name` is "Prénom Nom" in most directories; an account alone names nobody better.
            let full = get(&r, c.name).or_else(|| account.clone()).or_else(|| email.clone()).unwrap_or_default();
            match full.split_once(' ') {
                Some((f, l)) => (first, last) = (f.to_string(), l.trim().to_string()),
                None => last = full,
            }
        }
        Some(boolean(&r, c.enabled, &self.headers).map(|enabled| AdUser {
            line: r.line,
            account,
            first_name: first,
            last_name: last,
            email,
            department: get(&r, c.department),
            title: get(&r, c.title),
            enabled,
        }))
    }
}

struct ComputerColumns {
    name: Option<usize>,
    dns: Option<usize>,
    enabled: Option<usize>,
    os: Option<usize>,
    os_version: Option<usize>,
    last_logon: Option<usize>,
    ipv4: Option<usize>,
}

/// The computers of a `Get-ADComputer` export, one at a time.
pub struct Computers {
    records: Records,
    headers: Vec<String>,
    cols: ComputerColumns,
}

/// Opens a computers export; refused without a `Name` or `DNSHostName` column.
pub fn read_computers(path: &Path, limits: &Limits) -> Result<Computers, ImportError> {
    let table = Table::open(path, limits.table_bytes)?;
    let h = &table.headers;
    let cols = ComputerColumns {
        name: find(h, &["name", "cn", "nom"]),
        dns: find(h, &["dnshostname", "dns host name", "fqdn"]),
        enabled: find(h, &["enabled", "actif"]),
        os: find(h, &["operatingsystem", "operating system", "systeme d exploitation"]),
        os_version: find(h, &["operatingsystemversion", "operating system version"]),
        last_logon: find(h, &["lastlogondate", "last logon date", "lastlogontimestamp", "derniere connexion"]),
        ipv4: find(h, &["ipv4address", "ipv4 address", "ip"]),
    };
    if cols.name.is_none() && cols.dns.is_none() {
        return Err(ImportError::MissingColumns { missing: vec!["Name", "DNSHostName"] });
    }
    Ok(Computers { records: table.records()?, headers: table.headers.clone(), cols })
}

impl Iterator for Computers {
    type Item = Result<AdComputer, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let r = match self.records.next()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let c = &self.cols;
        let dns = get(&r, c.dns);
        let name = get(&r, c.name).or_else(|| dns.as_deref().and_then(|d| d.split('.').next()).map(String::from));
        let Some(name) = name else {
            let column = c.name.and_then(|i| self.headers.get(i).cloned());
            return Some(Err(RowError { line: r.line, column, problem: RowProblem::Required { field: "name" } }));
        };
        let last_logon = match get(&r, c.last_logon) {
            None => None,
            Some(v) => match dates::parse_alone(&v) {
                Ok(d) => Some(d),
                Err(problem) => {
                    let column = c.last_logon.and_then(|i| self.headers.get(i).cloned());
                    return Some(Err(RowError { line: r.line, column, problem }));
                }
            },
        };
        Some(boolean(&r, c.enabled, &self.headers).map(|enabled| AdComputer {
            line: r.line,
            name,
            dns_name: dns,
            enabled,
            os: get(&r, c.os),
            os_version: get(&r, c.os_version),
            last_logon,
            ipv4: get(&r, c.ipv4),
        }))
    }
}

/// The places of a locations export, one at a time.
pub struct Locations {
    records: Records,
    headers: Vec<String>,
    name: usize,
    parent: Option<usize>,
    address: Vec<usize>,
}

/// Opens a locations export (Snipe-IT's: name, address, address2, city, state, country, zip...).
pub fn read_locations(path: &Path, limits: &Limits) -> Result<Locations, ImportError> {
    let table = Table::open(path, limits.table_bytes)?;
    let h = &table.headers;
    let name =
        find(h, &["name", "nom", "location", "lieu"]).ok_or(ImportError::MissingColumns { missing: vec!["name"] })?;
    let address = [
        &["address", "adresse"][..],
        &["address2", "adresse 2", "complement d adresse"],
        &["zip", "postal code", "code postal", "cp"],
        &["city", "ville"],
        &["state", "region"],
        &["country", "pays"],
    ]
    .iter()
    .filter_map(|names| find(h, names))
    .collect();
    let parent = find(h, &["parent", "parent location", "lieu parent"]);
    Ok(Locations { records: table.records()?, headers: table.headers.clone(), name, parent, address })
}

impl Iterator for Locations {
    type Item = Result<LocationRecord, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        let r = match self.records.next()? {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let Some(name) = r.get(self.name).map(String::from) else {
            let column = self.headers.get(self.name).cloned();
            return Some(Err(RowError { line: r.line, column, problem: RowProblem::Required { field: "name" } }));
        };
        let parts: Vec<&str> = self.address.iter().filter_map(|i| r.get(*i)).collect();
        Some(Ok(LocationRecord {
            line: r.line,
            name,
            address: (!parts.is_empty()).then(|| parts.join(", ")),
            parent: self.parent.and_then(|i| r.get(i)).map(String::from),
        }))
    }
}
