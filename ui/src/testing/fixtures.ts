import type {
  AssetKind,
  AssetRow,
  CategoryView,
  ChangeDetail,
  Dashboard,
  DatabaseInfo,
  HelpdeskSettings,
  LocationKind,
  LocationNode,
  PersonRow,
  SessionState,
  Supplier,
  TemplateView,
  TicketDetail,
  TicketRow,
} from '../bindings';

export const database: DatabaseInfo = {
  path: '/home/alice/.local/share/fr.parc.app/parc.db',
  keyMode: 'passphrase',
  hasRecoveryPassphrase: false,
  schemaVersion: 1,
};

export const ready: SessionState = { state: 'ready', database };

export const dashboard: Dashboard = {
  assetCount: 1234,
  peopleCount: 56,
  locationCount: 7,
  byStatus: [
    { status: 'deployed', count: 1000 },
    { status: 'in_stock', count: 200 },
    { status: 'lost', count: 34 },
  ],
  byKind: [
    { kind: 'laptop', labelFr: 'Ordinateur portable', labelEn: 'Laptop', count: 900 },
    { kind: 'phone', labelFr: 'Téléphone', labelEn: 'Phone', count: 334 },
  ],
  warrantyExpired: 12,
  warrantyEndingSoon: 3,
  fleetValue: 123456789,
};

export function asset(overrides: Partial<AssetRow> = {}): AssetRow {
  return {
    id: '0190f3a2-0000-7000-8000-000000000001',
    tag: 'PC-0001',
    name: 'Portable de Alice',
    kind: 'laptop',
    status: 'deployed',
    serial: 'SN123456',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14',
    location: 'Lyon',
    assignee: 'Alice Martin',
    warrantyEnd: '2027-03-31',
    purchaseCost: 129900,
    ...overrides,
  };
}

export const kinds: AssetKind[] = [
  { code: 'laptop', labelFr: 'Ordinateur portable', labelEn: 'Laptop', builtin: true },
  { code: 'phone', labelFr: 'Téléphone', labelEn: 'Phone', builtin: true },
];

function location(id: string, name: string, kind: LocationKind, parentId: string | null) {
  return {
    id,
    parentId,
    kind,
    name,
    address: null,
    notes: null,
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-05T08:00:00Z',
  };
}

/** Lyon (a site) › Bâtiment A › Salle serveur, and Paris. */
export const locations: LocationNode[] = [
  { location: location('loc-lyon', 'Lyon', 'site', null), depth: 0, assetCount: 12 },
  { location: location('loc-a', 'Bâtiment A', 'building', 'loc-lyon'), depth: 1, assetCount: 10 },
  { location: location('loc-room', 'Salle serveur', 'room', 'loc-a'), depth: 2, assetCount: 4 },
  { location: location('loc-paris', 'Paris', 'site', null), depth: 0, assetCount: 3 },
];

export function person(id: string, firstName: string, lastName: string, assetCount = 0): PersonRow {
  return {
    person: {
      id,
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}@exemple.fr`,
      department: 'Comptabilité',
      siteId: 'loc-lyon',
      account: null,
      active: true,
      createdAt: '2026-01-05T08:00:00Z',
      updatedAt: '2026-01-05T08:00:00Z',
    },
    site: 'Lyon',
    assetCount,
  };
}

export const suppliers: Supplier[] = [
  {
    id: 'sup-1',
    name: 'Bureau Vallée',
    contact: 'Jeanne',
    phone: null,
    email: null,
    website: null,
    notes: null,
    createdAt: '2026-01-05T08:00:00Z',
    updatedAt: '2026-01-05T08:00:00Z',
  },
];

/** The helpdesk's defaults, as Rust sends them: GLPI's matrix, Monday–Friday 08:30–18:00. */
export function helpdeskSettings(): HelpdeskSettings {
  const day: [string, string] = ['08:30:00', '18:00:00'];
  return {
    matrix: {
      cells: [
        [1, 1, 2, 2, 2],
        [1, 2, 2, 3, 3],
        [2, 2, 3, 4, 4],
        [2, 3, 4, 4, 5],
        [2, 3, 4, 5, 5],
      ],
    },
    targets: [
      { ownMinutes: 480, resolveMinutes: 2400 },
      { ownMinutes: 240, resolveMinutes: 1440 },
      { ownMinutes: 120, resolveMinutes: 960 },
      { ownMinutes: 60, resolveMinutes: 480 },
      { ownMinutes: 30, resolveMinutes: 240 },
      { ownMinutes: 15, resolveMinutes: 120 },
    ],
    calendar: {
      hours: [day, day, day, day, day, null, null],
      frenchHolidays: true,
      closedDays: [],
    },
    timeZone: 'Europe/Paris',
  };
}

export const categories: CategoryView[] = [
  { code: 'connexion', label: 'Connexion', builtin: true },
  { code: 'compte', label: 'Compte utilisateur', builtin: true },
  { code: 'impression', label: 'Impression', builtin: true },
  { code: 'autre', label: 'Autre', builtin: true },
];

export const templates: TemplateView[] = [
  {
    code: 'password_reset',
    label: 'Réinitialisation de mot de passe',
    kind: 'request',
    category: 'compte',
    urgency: 3,
    impact: 2,
    title: 'Réinitialiser le mot de passe',
    description: 'Vérifier l’identité du demandeur avant toute réinitialisation.',
    tasks: [
      'Vérifier l’identité du demandeur',
      'Réinitialiser le mot de passe',
      'Confirmer la connexion avec l’utilisateur',
    ],
  },
];

export function ticketRow(overrides: Partial<TicketRow> = {}): TicketRow {
  return {
    id: 't-42',
    number: 42,
    kind: 'incident',
    title: 'Imprimante du 2e bloquée',
    status: 'new',
    priority: 3,
    category: 'impression',
    categoryLabel: 'Impression',
    requesterName: 'Alice Martin',
    assignee: null,
    openedAt: '2026-11-16T08:00:00Z',
    due: null,
    overdue: false,
    updatedAt: '2026-11-16T08:00:00Z',
    ...overrides,
  };
}

/** Ticket #42, new, opened on Monday 16 November 2026 at 09:00 in Paris. */
export function ticketDetail(
  overrides: Partial<Omit<TicketDetail, 'ticket'>> = {},
  ticket: Partial<TicketDetail['ticket']> = {},
): TicketDetail {
  return {
    ticket: {
      id: 't-42',
      kind: 'incident',
      title: 'Imprimante du 2e bloquée',
      description: 'Bourrage papier à chaque impression.',
      requesterId: 'p-1',
      assetIds: ['a-1'],
      category: 'impression',
      channel: 'phone',
      urgency: 3,
      impact: 3,
      priority: 3,
      priorityByHand: false,
      status: 'new',
      assignee: null,
      openedAt: '2026-11-16T08:00:00Z',
      ownedAt: null,
      solvedAt: null,
      closedAt: null,
      pending: [],
      resumeTo: null,
      solution: null,
      satisfaction: null,
      satisfactionComment: null,
      ...ticket,
    },
    number: 42,
    categoryLabel: 'Impression',
    requester: { id: 'p-1', name: 'Alice Martin' },
    assets: [{ id: 'a-1', name: 'PARC-000001 — Imprimante RH' }],
    assignee: null,
    assignedToMe: false,
    ownDue: '2026-11-16T10:00:00Z',
    resolveDue: '2026-11-17T09:30:00Z',
    paused: false,
    overdue: false,
    timeSpent: 0,
    events: [
      {
        id: 'e-1',
        at: '2026-11-16T08:00:00Z',
        author: 'marie',
        kind: 'opened',
        body: '',
        private: false,
        minutes: null,
        done: null,
        old: null,
        new: null,
      },
    ],
    allowed: ['assign', 'wait', 'solve', 'rate', 'make_major'],
    updatedAt: '2026-11-16T08:00:00Z',
    ...overrides,
  };
}

/** Change C12: the firewall update, with five of the seven R answered. */
export function changeDetail(overrides: Partial<ChangeDetail> = {}): ChangeDetail {
  const question = (r: ChangeDetail['sevenR'][number]['r'], text: string, answered: boolean) => ({
    r,
    question: text,
    answered,
  });
  return {
    change: {
      id: 'c-12',
      title: 'Mise à jour du pare-feu du siège',
      requestedBy: 'Direction informatique',
      requesterId: null,
      reason: 'Faille critique publiée par l’éditeur',
      expectedReturn: 'Faille corrigée',
      risks: 'Coupure Internet si le redémarrage échoue',
      resources: 'Console série, 1 h',
      responsibleBuild: 'Marie',
      responsibleTest: '',
      responsibleDeploy: 'Marie',
      relations: [],
      relationshipsNote: '',
      status: 'evaluation',
      windowStart: '2026-11-21T19:00:00Z',
      windowEnd: '2026-11-21T21:00:00Z',
      rollbackPlan: 'Revenir à la partition de démarrage précédente',
      affectedAssets: ['a-9'],
      createdAt: '2026-11-10T09:00:00Z',
      updatedAt: '2026-11-12T09:00:00Z',
    },
    number: 12,
    sevenR: [
      question('requested', 'Qui a requis ce changement ?', true),
      question('reason', 'Quelle est la raison de ce changement ?', true),
      question('return', 'Quel est le retour attendu ?', true),
      question('risks', 'Quels sont les risques ?', true),
      question('resources', 'Quelles ressources sont nécessaires ?', true),
      question(
        'responsible',
        'Qui est responsable de la construction, des tests et de la mise en production ?',
        false,
      ),
      question(
        'relationships',
        'Quelles relations avec les autres changements, tickets et matériels ?',
        false,
      ),
    ],
    next: ['approval', 'cancelled'],
    relations: [],
    affected: [{ id: 'a-9', name: 'PARC-000009 — Pare-feu du siège' }],
    requester: null,
    ...overrides,
  };
}
