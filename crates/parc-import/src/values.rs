//! Words and numbers as other tools write them, read into Parc's values:
//! statuses (Snipe-IT's "Ready to Deploy", GLPI's "En stock"), kinds from
//! categories and chassis types, amounts with any currency mark, booleans,
//! MAC addresses, and the placeholder serials firmware ships with.

use parc_core::{AssetStatus, Cents};

/// Lower case, accents folded, every run of punctuation one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let c = parc_core::i18n::fold_accent(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// A status from the words of Parc (French or English), Snipe-IT's default
/// status labels and GLPI's usual states.
pub fn status(text: &str) -> Option<AssetStatus> {
    let f = fold(text);
    let s = match f.as_str() {
        "in stock" | "en stock" | "stock" | "ready to deploy" | "ready" | "available" | "disponible" | "in_stock"
        | "neuf" | "new" | "pret a deployer" | "a deployer" | "en reserve" => AssetStatus::InStock,
        "deployed" | "deploye" | "deployee" | "in use" | "en service" | "en production" | "production" | "attribue"
        | "attribuee" | "utilise" | "en utilisation" | "assigned" | "checked out" | "active" | "actif" => {
            AssetStatus::Deployed
        }
        "pending" | "in repair" | "in_repair" | "en reparation" | "out for repair" | "repair" | "broken"
        | "en panne" | "en attente" | "a reparer" | "sav" | "en maintenance" | "maintenance" => AssetStatus::InRepair,
        "archived" | "archive" | "archivee" | "retired" | "reforme" | "reformee" | "rebut" | "au rebut"
        | "hors service" | "retire" | "obsolete" | "end of life" | "eol" | "recycle" | "disposed" => {
            AssetStatus::Retired
        }
        "lost" | "stolen" | "lost stolen" | "perdu" | "perdue" | "vole" | "volee" | "perdu ou vole" | "perdu vole" => {
            AssetStatus::Lost
        }
        _ => return None,
    };
    Some(s)
}

/// The built-in kind a category or type names, if any (`Ordinateur portable`,
/// `Laptops`, `Imprimantes`...). Kinds of the user's own are matched by the
/// storage layer, which knows them.
pub fn kind(text: &str) -> Option<&'static str> {
    let f = fold(text);
    let singular = f.strip_suffix('s').unwrap_or(&f);
    let code = match singular {
        "laptop"
        | "notebook"
        | "portable"
        | "ordinateur portable"
        | "pc portable"
        | "ordinateurs portable"
        | "macbook" => "laptop",
        "desktop" | "poste fixe" | "pc" | "pc fixe" | "ordinateur" | "computer" | "unite centrale" | "station"
        | "poste de travail" | "workstation" | "desktop pc" | "tour" => "desktop",
        "server" | "serveur" | "serveurs" => "server",
        "printer" | "imprimante" | "copieur" | "multifonction" | "mfp" => "printer",
        "router" | "routeur" => "router",
        "switch" | "switche" | "commutateur" | "network switch" => "switch",
        "firewall" | "pare feu" | "parefeu" => "firewall",
        "access point" | "borne wi fi" | "borne wifi" | "wi fi access point" | "ap" | "point d acce" => "access_point",
        "ups" | "onduleur" => "ups",
        "na" | "nas" | "stockage" | "storage" => "nas",
        "phone" | "telephone" | "smartphone" | "mobile" | "mobile phone" | "telephone mobile" | "ip phone" => "phone",
        "tablet" | "tablette" | "ipad" => "tablet",
        "monitor" | "ecran" | "moniteur" | "display" => "monitor",
        "peripheral" | "peripherique" | "clavier" | "souri" | "keyboard" | "mouse" | "webcam" | "dock"
        | "station d accueil" | "docking station" => "peripheral",
        "other" | "autre" | "divers" => "other",
        _ => return None,
    };
    Some(code)
}

/// An amount as people and tools write it: `1 234,56 €`, `$1,234.56`,
/// `1234.56`, `EUR 99`. The currency is dropped, not converted.
pub fn amount(text: &str) -> Option<Cents> {
    let cleaned: String = text.chars().filter(|c| !matches!(c, '$' | '£' | '¥')).collect();
    let cleaned = cleaned.trim();
    let cleaned = cleaned
        .strip_prefix("USD")
        .or_else(|| cleaned.strip_suffix("USD"))
        .or_else(|| cleaned.strip_prefix("GBP"))
        .or_else(|| cleaned.strip_suffix("GBP"))
        .or_else(|| cleaned.strip_prefix("CHF"))
        .or_else(|| cleaned.strip_suffix("CHF"))
        .unwrap_or(cleaned);
    Cents::parse(cleaned).ok()
}

/// `True`/`False` as PowerShell writes them, and the usual French and English words.
pub fn boolean(text: &str) -> Option<bool> {
    match fold(text).as_str() {
        "true" | "vrai" | "yes" | "oui" | "1" | "y" | "o" | "x" => Some(true),
        "false" | "faux" | "no" | "non" | "0" | "n" => Some(false),
        _ => None,
    }
}

/// `aa-bb-cc-dd-ee-ff` → `AA:BB:CC:DD:EE:FF`, as Parc stores MAC addresses.
/// `None` for what is not six bytes, and for the all-zero address of loopbacks.
pub fn mac(text: &str) -> Option<String> {
    let hex: String = text.chars().filter(char::is_ascii_hexdigit).collect();
    let seps = text.chars().filter(|c| !c.is_ascii_hexdigit()).all(|c| matches!(c, ':' | '-' | '.' | ' '));
    if hex.len() != 12 || !seps || hex.bytes().all(|b| b == b'0') {
        return None;
    }
    let upper = hex.to_ascii_uppercase();
    let pairs: Vec<&str> = (0..6).map(|i| &upper[i * 2..i * 2 + 2]).collect();
    Some(pairs.join(":"))
}

/// A serial number, or `None` for the placeholders firmware leaves in place
/// ("To Be Filled By O.E.M.", "Default string", "0000000000"): matching
/// machines on them would merge unrelated computers into one asset.
pub fn serial(text: &str) -> Option<String> {
    let s = text.trim().trim_matches('/').trim();
    if s.is_empty() {
        return None;
    }
    let f = fold(s);
    let placeholder = matches!(
        f.as_str(),
        "to be filled by o e m"
            | "default string"
            | "system serial number"
            | "none"
            | "n a"
            | "na"
            | "not specified"
            | "not applicable"
            | "chassis serial number"
            | "serial"
            | "unknown"
            | "invalid"
            | "0123456789"
            | "123456789"
            | "xxxxxxxxxx"
    ) || s.bytes().all(|b| b == b'0' || b == b' ')
        || s.bytes().all(|b| b == b'F' || b == b'f');
    (!placeholder).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_from_snipe_it_glpi_and_parc() {
        assert_eq!(status("Ready to Deploy"), Some(AssetStatus::InStock));
        assert_eq!(status("En stock"), Some(AssetStatus::InStock));
        assert_eq!(status("Déployé"), Some(AssetStatus::Deployed));
        assert_eq!(status("Pending"), Some(AssetStatus::InRepair));
        assert_eq!(status("Archived"), Some(AssetStatus::Retired));
        assert_eq!(status("Réformé"), Some(AssetStatus::Retired));
        assert_eq!(status("Lost/Stolen"), Some(AssetStatus::Lost));
        assert_eq!(status("Perdu ou volé"), Some(AssetStatus::Lost));
        assert_eq!(status("Banane"), None);
    }

    #[test]
    fn kinds_from_categories_singular_or_plural() {
        assert_eq!(kind("Ordinateurs portables"), Some("laptop"));
        assert_eq!(kind("Laptops"), Some("laptop"));
        assert_eq!(kind("Imprimante"), Some("printer"));
        assert_eq!(kind("Écrans"), Some("monitor"));
        assert_eq!(kind("Pare-feu"), Some("firewall"));
        assert_eq!(kind("Ornamental Railings"), None);
    }

    #[test]
    fn amounts_in_any_writing() {
        assert_eq!(amount("1 234,56 €"), Some(Cents(123_456)));
        assert_eq!(amount("$1,234.56"), Some(Cents(123_456)));
        assert_eq!(amount("1234.56"), Some(Cents(123_456)));
        assert_eq!(amount("2266.13"), Some(Cents(226_613)));
        assert_eq!(amount("USD 12"), Some(Cents(1200)));
        assert_eq!(amount("douze"), None);
    }

    #[test]
    fn macs_and_placeholder_serials() {
        assert_eq!(mac("00-e0-4c-68-01-db").as_deref(), Some("00:E0:4C:68:01:DB"));
        assert_eq!(mac("00:00:00:00:00:00"), None);
        assert_eq!(mac("not a mac"), None);
        assert_eq!(serial("To Be Filled By O.E.M."), None);
        assert_eq!(serial("0000000000"), None);
        assert_eq!(serial(" 640HP72 ").as_deref(), Some("640HP72"));
        assert_eq!(serial("/640HP72/").as_deref(), Some("640HP72"));
        assert_eq!(boolean("True"), Some(true));
        assert_eq!(boolean("Faux"), Some(false));
    }
}
