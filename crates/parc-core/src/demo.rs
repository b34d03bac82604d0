//! Demo data: a plausible French company (sites, buildings, rooms, people,
//! suppliers and assets of every kind, with serials, dates and costs).
//!
//! The generator is deterministic for a seed and hands out assets one at a time,
//! so 100,000 of them never sit in memory together.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use uuid::Uuid;

use crate::rng::SplitMix64;
use crate::{Asset, AssetStatus, Cents, Location, LocationKind, Person, Supplier};

const CITIES: &[&str] = &[
    "Lyon",
    "Paris",
    "Nantes",
    "Bordeaux",
    "Lille",
    "Toulouse",
    "Marseille",
    "Rennes",
    "Strasbourg",
    "Grenoble",
    "Montpellier",
    "Nice",
    "Dijon",
    "Tours",
    "Clermont-Ferrand",
    "Rouen",
    "Metz",
    "Brest",
    "Angers",
    "Reims",
    "Le Mans",
    "Annecy",
    "Limoges",
    "Poitiers",
    "Caen",
    "Pau",
    "Besançon",
    "Orléans",
];

const ROOMS: &[&str] = &[
    "Accueil",
    "Open space",
    "Bureau",
    "Salle de réunion",
    "Salle serveur",
    "Local technique",
    "Direction",
    "Comptabilité",
    "Atelier",
    "Magasin",
    "Salle de formation",
    "Reprographie",
];

const FIRST_NAMES: &[&str] = &[
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Emma",
    "Inès",
    "Sarah",
    "Julie",
    "Laura",
    "Marie",
    "Lucie",
    "Anaïs",
    "Élodie",
    "Pauline",
    "Hélène",
    "Nathalie",
    "Isabelle",
    "Sophie",
    "Céline",
    "Aurélie",
    "Thomas",
    "Nicolas",
    "Julien",
    "Maxime",
    "Antoine",
    "Alexandre",
    "Hugo",
    "Lucas",
    "Mathieu",
    "Romain",
    "Guillaume",
    "Pierre",
    "François",
    "Jérôme",
    "Sébastien",
    "Olivier",
    "Stéphane",
    "Benoît",
    "Cédric",
    "Loïc",
    "Yannick",
    "Gaëtan",
    "Noël",
    "Zoé",
    "Maëlys",
    "Amélie",
];

const LAST_NAMES: &[&str] = &[
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Gérard",
    "Nguyen",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Gautier",
    "Roger",
    "Roche",
    "Roy",
    "Noël",
    "Meyer",
    "Lucas",
    "Meunier",
    "Jean",
    "Pérez",
    "Marchand",
    "Dufour",
    "Blanchard",
    "Barbier",
];

const DEPARTMENTS: &[&str] = &[
    "Direction",
    "Comptabilité",
    "Ressources humaines",
    "Commercial",
    "Marketing",
    "Production",
    "Logistique",
    "Achats",
    "Qualité",
    "Juridique",
    "Informatique",
    "Service client",
];

const SUPPLIERS: &[(&str, &str)] = &[
    ("Dell Technologies France", "https://www.dell.com/fr-fr"),
    ("HP France", "https://www.hp.com/fr-fr"),
    ("Lenovo France", "https://www.lenovo.com/fr/fr"),
    ("Bechtle Direct", "https://www.bechtle.com/fr"),
    ("Inmac Wstore", "https://www.inmac-wstore.com"),
    ("LDLC Pro", "https://www.ldlc.pro"),
    ("Econocom", "https://www.econocom.com/fr"),
    ("Computacenter France", "https://www.computacenter.com/fr-fr"),
    ("Exclusive Networks", "https://www.exclusive-networks.com/fr"),
    ("Schneider Electric (APC)", "https://www.se.com/fr"),
    ("Ricoh France", "https://www.ricoh.fr"),
    ("Orange Business", "https://www.orange-business.com/fr"),
];

/// One kind of asset in the demo: how common it is (per thousand), its name
/// prefix, models (manufacturer, model, serial style), a cost range in euros,
/// the warranty in years, and whether it is personal equipment.
struct KindPlan {
    code: &'static str,
    per_mille: u64,
    prefix: &'static str,
    models: &'static [(&'static str, &'static str, Serial)],
    cost: (i64, i64),
    warranty_years: i64,
    personal: bool,
    os: &'static [(&'static str, &'static str)],
    firmware: &'static [&'static str],
}

#[derive(Clone, Copy)]
enum Serial {
    DellTag,
    Prefixed(&'static str, usize),
    Apple,
}

const KINDS: &[KindPlan] = &[
    KindPlan {
        code: "laptop",
        per_mille: 340,
        prefix: "PT",
        models: &[
            ("Dell", "Latitude 5440", Serial::DellTag),
            ("Lenovo", "ThinkPad T14 Gen 4", Serial::Prefixed("PF", 6)),
            ("HP", "EliteBook 840 G10", Serial::Prefixed("5CG", 7)),
            ("Apple", "MacBook Air 13\" M2", Serial::Apple),
        ],
        cost: (850, 1900),
        warranty_years: 3,
        personal: true,
        os: &[
            ("Windows 11 Professionnel", "23H2"),
            ("Windows 11 Professionnel", "22H2"),
            ("Windows 10 Professionnel", "22H2"),
        ],
        firmware: &[],
    },
    KindPlan {
        code: "desktop",
        per_mille: 240,
        prefix: "PC",
        models: &[
            ("Dell", "OptiPlex 7010", Serial::DellTag),
            ("HP", "ProDesk 400 G9", Serial::Prefixed("CZC", 7)),
            ("Lenovo", "ThinkCentre M70q Gen 4", Serial::Prefixed("MJ", 6)),
        ],
        cost: (600, 1200),
        warranty_years: 3,
        personal: true,
        os: &[("Windows 11 Professionnel", "23H2"), ("Windows 10 Professionnel", "22H2")],
        firmware: &[],
    },
    KindPlan {
        code: "monitor",
        per_mille: 150,
        prefix: "ECR",
        models: &[
            ("Dell", "P2423D", Serial::Prefixed("CN0", 9)),
            ("iiyama", "ProLite XUB2492HSU", Serial::Prefixed("11", 8)),
            ("LG", "27UP850N", Serial::Prefixed("3", 9)),
        ],
        cost: (140, 480),
        warranty_years: 3,
        personal: true,
        os: &[],
        firmware: &[],
    },
    KindPlan {
        code: "phone",
        per_mille: 80,
        prefix: "TEL",
        models: &[
            ("Apple", "iPhone 14", Serial::Apple),
            ("Samsung", "Galaxy A54", Serial::Prefixed("R58", 8)),
            ("Yealink", "T54W", Serial::Prefixed("80", 14)),
        ],
        cost: (120, 900),
        warranty_years: 2,
        personal: true,
        os: &[("iOS", "17.6"), ("Android", "14")],
        firmware: &[],
    },
    KindPlan {
        code: "peripheral",
        per_mille: 50,
        prefix: "PER",
        models: &[
            ("Dell", "Station d'accueil WD19S", Serial::Prefixed("CN0", 9)),
            ("Logitech", "MX Keys", Serial::Prefixed("2", 11)),
            ("Zebra", "Lecteur DS2208", Serial::Prefixed("S", 13)),
        ],
        cost: (40, 260),
        warranty_years: 2,
        personal: true,
        os: &[],
        firmware: &[],
    },
    KindPlan {
        code: "tablet",
        per_mille: 30,
        prefix: "TAB",
        models: &[
            ("Apple", "iPad 10e génération", Serial::Apple),
            ("Samsung", "Galaxy Tab A9+", Serial::Prefixed("R9", 9)),
        ],
        cost: (250, 650),
        warranty_years: 2,
        personal: true,
        os: &[("iPadOS", "17.6"), ("Android", "14")],
        firmware: &[],
    },
    KindPlan {
        code: "printer",
        per_mille: 30,
        prefix: "IMP",
        models: &[
            ("Brother", "HL-L6400DW", Serial::Prefixed("E7", 8)),
            ("HP", "LaserJet Pro M404dn", Serial::Prefixed("PHB", 7)),
            ("Ricoh", "IM C3000", Serial::Prefixed("3", 9)),
        ],
        cost: (300, 4500),
        warranty_years: 2,
        personal: false,
        os: &[],
        firmware: &["2.31", "3.4.1", "20240315"],
    },
    KindPlan {
        code: "access_point",
        per_mille: 15,
        prefix: "WIFI",
        models: &[
            ("Ubiquiti", "UniFi U6 Pro", Serial::Prefixed("F4E2", 8)),
            ("HPE Aruba", "AP-515", Serial::Prefixed("CNM", 7)),
        ],
        cost: (150, 700),
        warranty_years: 3,
        personal: false,
        os: &[],
        firmware: &["6.6.77", "8.10.0.12"],
    },
    KindPlan {
        code: "switch",
        per_mille: 15,
        prefix: "SW",
        models: &[
            ("Cisco", "Catalyst 9200L-48P", Serial::Prefixed("JAE", 8)),
            ("HPE Aruba", "2930F-48G", Serial::Prefixed("SG", 8)),
            ("Netgear", "GS752TP", Serial::Prefixed("4L", 11)),
        ],
        cost: (450, 3800),
        warranty_years: 5,
        personal: false,
        os: &[],
        firmware: &["IOS-XE 17.9.4", "WC.16.11.0012", "6.0.8.13"],
    },
    KindPlan {
        code: "server",
        per_mille: 10,
        prefix: "SRV",
        models: &[
            ("Dell", "PowerEdge R650", Serial::DellTag),
            ("HPE", "ProLiant DL360 Gen11", Serial::Prefixed("CZ2", 7)),
        ],
        cost: (4500, 14000),
        warranty_years: 5,
        personal: false,
        os: &[("Windows Server 2022", "21H2"), ("Debian", "12"), ("VMware ESXi", "8.0 U2")],
        firmware: &["iDRAC 7.00.60", "iLO 6 1.59"],
    },
    KindPlan {
        code: "ups",
        per_mille: 10,
        prefix: "OND",
        models: &[
            ("APC", "Smart-UPS 1500", Serial::Prefixed("AS", 10)),
            ("Eaton", "5PX 1500", Serial::Prefixed("G", 9)),
        ],
        cost: (450, 1600),
        warranty_years: 3,
        personal: false,
        os: &[],
        firmware: &["UPS 04.1", "NMC 2.5.0.8"],
    },
    KindPlan {
        code: "nas",
        per_mille: 5,
        prefix: "NAS",
        models: &[("Synology", "DS923+", Serial::Prefixed("2260", 8)), ("QNAP", "TS-464", Serial::Prefixed("Q23", 8))],
        cost: (600, 2200),
        warranty_years: 3,
        personal: false,
        os: &[("DSM", "7.2.1"), ("QTS", "5.1.7")],
        firmware: &[],
    },
    KindPlan {
        code: "router",
        per_mille: 3,
        prefix: "RTR",
        models: &[
            ("Cisco", "ISR 1111-8P", Serial::Prefixed("FGL", 8)),
            ("MikroTik", "RB5009UG+S+IN", Serial::Prefixed("HE0", 9)),
        ],
        cost: (400, 1800),
        warranty_years: 3,
        personal: false,
        os: &[],
        firmware: &["IOS-XE 17.6.5", "RouterOS 7.14.3"],
    },
    KindPlan {
        code: "firewall",
        per_mille: 2,
        prefix: "FW",
        models: &[
            ("Fortinet", "FortiGate 60F", Serial::Prefixed("FGT60F", 10)),
            ("Stormshield", "SN310", Serial::Prefixed("SN310A", 10)),
        ],
        cost: (700, 3500),
        warranty_years: 3,
        personal: false,
        os: &[],
        firmware: &["FortiOS 7.2.8", "SNS 4.3.27"],
    },
    KindPlan {
        code: "other",
        per_mille: 20,
        prefix: "DIV",
        models: &[
            ("Epson", "Vidéoprojecteur EB-W51", Serial::Prefixed("X4", 8)),
            ("Jabra", "Speak 750", Serial::Prefixed("J", 10)),
        ],
        cost: (90, 700),
        warranty_years: 2,
        personal: false,
        os: &[],
        firmware: &[],
    },
];

/// How big the demo company is, derived from the number of assets: about one
/// person for five assets and one location for fifty (100,000 assets: 20,000
/// people, 2,000 locations).
#[derive(Debug, Clone, Copy)]
pub struct DemoSize {
    pub assets: u32,
    pub people: u32,
    pub locations: u32,
}

impl DemoSize {
    pub fn for_assets(assets: u32) -> DemoSize {
        DemoSize { assets, people: (assets / 5).max(3), locations: (assets / 50).max(5) }
    }
}

/// The generated company, minus its assets (which come one at a time).
pub struct DemoCompany {
    pub locations: Vec<Location>,
    pub people: Vec<Person>,
    pub suppliers: Vec<Supplier>,
    /// Rooms of each site, by site index.
    rooms_by_site: Vec<Vec<Uuid>>,
    /// The site index of each person.
    person_site: Vec<usize>,
    /// A short code per site for device names (`LYO`).
    site_codes: Vec<String>,
    rng: SplitMix64,
    now: DateTime<Utc>,
    next_tag: u32,
}

impl DemoCompany {
    pub fn generate(size: DemoSize, seed: u64, now: DateTime<Utc>) -> DemoCompany {
        let mut rng = SplitMix64::new(seed);
        // A site holds about 40 locations: 3 buildings of 12 rooms.
        let site_count = (size.locations / 40).max(1) as usize;
        let mut locations = Vec::with_capacity(size.locations as usize);
        let mut rooms_by_site = Vec::with_capacity(site_count);
        let mut site_codes = Vec::with_capacity(site_count);
        let mut budget = size.locations as usize;
        for s in 0..site_count {
            let city = CITIES[s % CITIES.len()];
            let round = s / CITIES.len();
            let name = match (s, round) {
                (0, _) => format!("Siège – {city}"),
                (_, 0) => format!("Agence de {city}"),
                (_, r) => format!("Agence de {city} {}", r + 1),
            };
            let mut site = Location::new(LocationKind::Site, &name, None, now);
            site.address = Some(format!("{} rue de la République, {city}", rng.between(1, 180)));
            let site_id = site.id;
            locations.push(site);
            budget = budget.saturating_sub(1);
            let code: String =
                city.chars().filter(|c| c.is_ascii_alphabetic()).take(3).collect::<String>().to_uppercase();
            site_codes.push(if round == 0 { code } else { format!("{code}{}", round + 1) });
            // Spread the remaining locations over the remaining sites.
            let share = (budget + 1) / (site_count - s);
            let buildings = (share.saturating_sub(1) / 13).clamp(1, 3);
            let room_total = share.saturating_sub(1 + buildings);
            let mut rooms = Vec::new();
            for b in 0..buildings {
                let letter = (b'A' + b as u8) as char;
                let building = Location::new(LocationKind::Building, &format!("Bâtiment {letter}"), Some(site_id), now);
                let building_id = building.id;
                locations.push(building);
                budget = budget.saturating_sub(1);
                let in_this = room_total / buildings + usize::from(b < room_total % buildings);
                for r in 0..in_this {
                    let floor = r / 6;
                    let room_name = match ROOMS[r % ROOMS.len()] {
                        "Bureau" => format!("Bureau {letter}{}{:02}", floor, r + 1),
                        other if r >= ROOMS.len() => format!("{other} {}", r / ROOMS.len() + 1),
                        other => other.to_string(),
                    };
                    let room = Location::new(LocationKind::Room, &room_name, Some(building_id), now);
                    rooms.push(room.id);
                    locations.push(room);
                    budget = budget.saturating_sub(1);
                }
            }
            rooms_by_site.push(rooms);
        }

        let mut people = Vec::with_capacity(size.people as usize);
        let mut person_site = Vec::with_capacity(size.people as usize);
        let mut used_logins = std::collections::HashSet::new();
        for i in 0..size.people as usize {
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            let mut p = Person::new(first, last, now);
            let site = if i < 10 { 0 } else { rng.below(site_count as u64) as usize };
            p.site_id = Some(locations_site_id(&locations, &rooms_by_site, site));
            let login = format!("{}.{}", ascii_fold(first), ascii_fold(last));
            // A number keeps e-mails unique, as a directory would.
            let mut unique = login.clone();
            let mut k = 1;
            while !used_logins.insert(unique.clone()) {
                k += 1;
                unique = format!("{login}{k}");
            }
            p.email = Some(format!("{unique}@exemple-industries.fr"));
            // sAMAccountName: initial and surname, at most 20 characters.
            let mut account: String =
                ascii_fold(first).chars().take(1).chain(unique.split('.').nth(1).unwrap_or("").chars()).collect();
            account.truncate(20);
            p.account = Some(account);
            p.department = Some((*rng.pick(DEPARTMENTS)).to_string());
            p.active = !rng.chance(4);
            people.push(p);
            person_site.push(site);
        }

        let suppliers = SUPPLIERS
            .iter()
            .map(|(name, web)| {
                let mut s = Supplier::new(name, now);
                s.website = Some((*web).to_string());
                s.phone = Some(format!(
                    "01 {:02} {:02} {:02} {:02}",
                    rng.below(100),
                    rng.below(100),
                    rng.below(100),
                    rng.below(100)
                ));
                s.contact = Some(format!("{} {}", rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)));
                s
            })
            .collect();

        DemoCompany { locations, people, suppliers, rooms_by_site, person_site, site_codes, rng, now, next_tag: 1 }
    }

    /// The next asset of the company.
    pub fn next_asset(&mut self) -> Asset {
        let n = self.next_tag;
        self.next_tag += 1;
        let roll = self.rng.below(1000);
        let mut acc = 0;
        let plan = KINDS
            .iter()
            .find(|k| {
                acc += k.per_mille;
                roll < acc
            })
            .unwrap_or(&KINDS[0]);
        let rng = &mut self.rng;
        let (manufacturer, model, serial_style) = *rng.pick(plan.models);

        let today = self.now.date_naive();
        let age_days = rng.between(10, 6 * 365);
        let bought = today - Duration::days(age_days);
        let warranty_end = add_years(bought, plan.warranty_years);

        // Personal equipment goes to people; the rest stays in rooms.
        let mut status = match rng.below(100) {
            0..=69 => AssetStatus::Deployed,
            70..=84 => AssetStatus::InStock,
            85..=89 => AssetStatus::InRepair,
            90..=97 => AssetStatus::Retired,
            _ => AssetStatus::Lost,
        };
        if age_days < 60 && status == AssetStatus::Retired {
            status = AssetStatus::InStock;
        }
        let (site, assignee) = if plan.personal
            && matches!(status, AssetStatus::Deployed | AssetStatus::Lost | AssetStatus::InRepair)
            && !self.people.is_empty()
        {
            let p = rng.below(self.people.len() as u64) as usize;
            (self.person_site[p], Some(self.people[p].id))
        } else {
            (rng.below(self.rooms_by_site.len() as u64) as usize, None)
        };
        let rooms = &self.rooms_by_site[site];
        let location = if rooms.is_empty() { None } else { Some(*rng.pick(rooms)) };

        let tag = format!("PARC-{n:06}");
        let name = format!("{}-{}-{:04}", plan.prefix, self.site_codes[site], n % 10_000);
        let mut a = Asset::new(&tag, &name, plan.code, self.now);
        a.status = status;
        a.assignee_id = assignee;
        a.location_id = location;
        a.manufacturer = Some(manufacturer.into());
        a.model = Some(model.into());
        a.serial = Some(serial(serial_style, n, rng));
        a.purchase_date = Some(bought);
        a.warranty_end = Some(warranty_end);
        a.purchase_cost = Some(Cents(rng.between(plan.cost.0, plan.cost.1) * 100 + rng.between(0, 99)));
        a.order_number = Some(format!("BC-{}-{:05}", bought.year(), rng.below(100_000)));
        a.supplier_id = Some(self.suppliers[rng.below(self.suppliers.len() as u64) as usize].id);
        if !plan.os.is_empty() {
            let (os, version) = *rng.pick(plan.os);
            a.os_name = Some(os.into());
            a.os_version = Some(version.into());
        }
        if !plan.firmware.is_empty() {
            a.firmware_version = Some((*rng.pick(plan.firmware)).into());
            a.ip_address = Some(format!("10.{}.{}.{}", site % 250, rng.between(0, 3), rng.between(2, 254)));
        }
        if plan.code == "server" || plan.code == "switch" || plan.code == "firewall" {
            a.maintenance_contract = Some(format!("CTR-{}-{:04}", bought.year(), rng.below(10_000)));
        }
        a.mac_address = Some(mac(rng));
        if rng.chance(5) {
            a.notes = Some(
                (*rng.pick(&[
                    "Écran rayé, à surveiller",
                    "Batterie à remplacer au prochain passage",
                    "Prêt temporaire pendant réparation",
                    "Clavier AZERTY Belgique",
                    "Master standard 2024 déployé",
                ]))
                .into(),
            );
        }
        if rng.chance(30) {
            a.last_audit = Some(today - Duration::days(rng.between(1, 400)));
        }
        a
    }
}

fn locations_site_id(locations: &[Location], rooms_by_site: &[Vec<Uuid>], site: usize) -> Uuid {
    // Sites are the locations with no parent, in creation order.
    let _ = rooms_by_site;
    locations.iter().filter(|l| l.kind == LocationKind::Site).nth(site).map_or(locations[0].id, |l| l.id)
}

fn add_years(d: NaiveDate, years: i64) -> NaiveDate {
    d.with_year(d.year() + years as i32).unwrap_or(d + Duration::days(365 * years))
}

/// A serial that is plausible for its maker and unique for its index: the index
/// is scrambled by a multiplication that is a bijection modulo 36^k.
fn serial(style: Serial, n: u32, rng: &mut SplitMix64) -> String {
    let scrambled = |len: usize| -> String {
        let modulus = 36u128.pow(len.min(12) as u32);
        let mut v = (u128::from(n) * 1_000_003 + 7) % modulus;
        let mut out = vec![b'0'; len.min(12)];
        for slot in out.iter_mut().rev() {
            let d = (v % 36) as u8;
            *slot = if d < 10 { b'0' + d } else { b'A' + d - 10 };
            v /= 36;
        }
        String::from_utf8(out).unwrap_or_default()
    };
    match style {
        Serial::DellTag => scrambled(7),
        Serial::Apple => format!("{}{}", ["C02", "F9F", "DMP", "G6T"][rng.below(4) as usize], scrambled(8)),
        Serial::Prefixed(prefix, len) => format!("{prefix}{}", scrambled(len.max(7))),
    }
}

fn mac(rng: &mut SplitMix64) -> String {
    let b: Vec<String> = (0..6).map(|i| format!("{:02X}", if i == 0 { 0x00 } else { rng.below(256) })).collect();
    b.join(":")
}

/// Removes accents for e-mail addresses and accounts: `Hélène` → `helene`.
fn ascii_fold(s: &str) -> String {
    s.to_lowercase().chars().map(crate::i18n::fold_accent).filter(char::is_ascii_alphanumeric).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).expect("ts")
    }

    #[test]
    fn sizes_follow_the_benchmark_ratios() {
        let s = DemoSize::for_assets(100_000);
        assert_eq!((s.people, s.locations), (20_000, 2_000));
    }

    #[test]
    fn a_company_has_the_requested_shape_and_unique_identifiers() {
        let mut c = DemoCompany::generate(DemoSize::for_assets(5_000), 42, now());
        assert_eq!(c.locations.len(), 100);
        assert_eq!(c.people.len(), 1_000);
        let mut tags = HashSet::new();
        let mut serials = HashSet::new();
        let mut kinds = HashSet::new();
        for _ in 0..5_000 {
            let a = c.next_asset();
            a.validate().expect("demo assets are valid");
            assert!(tags.insert(a.tag.clone()), "duplicate tag {}", a.tag);
            assert!(serials.insert((a.manufacturer.clone(), a.serial.clone())), "duplicate serial {:?}", a.serial);
            kinds.insert(a.kind.clone());
            if a.status == AssetStatus::Retired {
                assert_eq!(a.assignee_id, None, "nobody holds a retired asset");
            }
        }
        assert_eq!(kinds.len(), KINDS.len(), "every kind appears");
        let emails: HashSet<_> = c.people.iter().map(|p| p.email.clone()).collect();
        assert_eq!(emails.len(), c.people.len());
    }

    #[test]
    fn the_same_seed_gives_the_same_company() {
        let mut a = DemoCompany::generate(DemoSize::for_assets(100), 7, now());
        let mut b = DemoCompany::generate(DemoSize::for_assets(100), 7, now());
        assert_eq!(
            a.people.iter().map(|p| p.display_name()).collect::<Vec<_>>(),
            b.people.iter().map(|p| p.display_name()).collect::<Vec<_>>()
        );
        assert_eq!(a.next_asset().serial, b.next_asset().serial);
    }

    #[test]
    fn folding_removes_accents() {
        assert_eq!(ascii_fold("Hélène"), "helene");
        assert_eq!(ascii_fold("Lefèvre"), "lefevre");
    }
}
