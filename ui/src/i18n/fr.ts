/**
 * French messages, the reference catalogue: `en.ts` must hold exactly the same keys.
 * Messages use ICU syntax (plurals, numbers, rich-text tags).
 */
export const fr = {
  'nav.label': 'Sections',
  'nav.dashboard': 'Tableau de bord',
  'nav.inventory': 'Inventaire',
  'nav.tickets': 'Tickets',
  'nav.licences': 'Licences',
  'nav.maintenance': 'Maintenance',
  'nav.reports': 'Rapports',
  'nav.settings': 'Paramètres',

  'common.retry': 'Réessayer',
  'common.yes': 'Oui',
  'common.no': 'Non',
  'common.loading': 'Chargement…',

  'start.opening': 'Ouverture de la base…',
  'start.failed': 'Impossible d’ouvrir la base',
  'database.path': 'Base : {path}',

  'unlock.title': 'Déverrouiller Parc',
  'unlock.intro': 'La base est chiffrée. Saisissez sa phrase de passe pour l’ouvrir.',
  'unlock.keyringRejected':
    'La clé enregistrée dans le trousseau du système ne correspond plus à cette base.',
  'unlock.passphrase': 'Phrase de passe',
  'unlock.remember': 'Se souvenir sur cet ordinateur',
  'unlock.submit': 'Déverrouiller',

  'create.title': 'Créez votre base chiffrée',
  'create.intro':
    'Aucun trousseau du système n’est disponible ici : vos données sont protégées par cette phrase de passe et ne pourront pas être récupérées sans elle.',
  'create.passphrase': 'Phrase de passe ({min, number} caractères minimum)',
  'create.confirm': 'Confirmation',
  'create.submit': 'Créer la base',
  'create.tooShort': 'La phrase de passe doit contenir au moins {min, number} caractères.',
  'create.mismatch': 'Les deux saisies diffèrent : retapez la confirmation.',

  'dashboard.assets': 'Matériels',
  'dashboard.people': 'Personnes',
  'dashboard.locations': 'Lieux',
  'dashboard.fleetValue': 'Valeur du parc',
  'dashboard.fleetValueHint': 'Coût d’achat, hors matériel réformé',
  'dashboard.warrantyExpired': 'Garanties expirées',
  'dashboard.warrantyEndingSoon': 'Garanties finissant sous 90 jours',
  'dashboard.byStatus': 'Par statut',
  'dashboard.byKind': 'Par type',
  'dashboard.empty.title': 'Aucun matériel pour l’instant',
  'dashboard.empty.body':
    'Pour essayer Parc avec des données d’exemple, lancez <code>parc demo --assets 1000</code> dans un terminal, puis revenez ici.',

  'status.in_stock': 'En stock',
  'status.deployed': 'Déployé',
  'status.in_repair': 'En réparation',
  'status.retired': 'Réformé',
  'status.lost': 'Perdu ou volé',

  'inventory.search': 'Rechercher',
  'inventory.searchPlaceholder': 'N° d’inventaire, nom, série, modèle, personne…',
  'inventory.count': '{count, plural, one {# matériel} other {# matériels}}',
  'inventory.truncated': 'Les {shown, number} premiers sont affichés : précisez la recherche.',
  'inventory.noMatch': 'Aucun matériel ne correspond à « {search} ».',
  'inventory.empty': 'L’inventaire est vide.',
  'inventory.col.tag': 'N° d’inventaire',
  'inventory.col.name': 'Nom',
  'inventory.col.kind': 'Type',
  'inventory.col.status': 'Statut',
  'inventory.col.serial': 'N° de série',
  'inventory.col.model': 'Modèle',
  'inventory.col.location': 'Lieu',
  'inventory.col.assignee': 'Attribué à',
  'inventory.col.warrantyEnd': 'Fin de garantie',

  'placeholder.soon': 'Arrive bientôt : cette section sera disponible dans une prochaine version.',

  'settings.language': 'Langue',
  'settings.database': 'Base de données',
  'settings.path': 'Fichier',
  'settings.keyMode': 'Clé de chiffrement',
  'settings.recoveryPassphrase': 'Phrase de secours',
  'settings.schemaVersion': 'Version du schéma',
  'keyMode.keyring': 'Trousseau du système',
  'keyMode.passphrase': 'Phrase de passe',
} satisfies Record<string, string>;

export type MessageId = keyof typeof fr;
