// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit:
// run `PARC_BLESS=1 cargo test -p parc bindings` after changing a type.

export type Lang = "fr" | "en";

export type ErrorCode = "wrong_key" | "not_parc_database" | "newer_schema" | "corrupt" | "passphrase_required" | "weak_passphrase" | "keyring" | "not_found" | "already_exists" | "invalid" | "locked" | "io" | "internal";

export type IpcError = { code: ErrorCode, message: string, };

export type Cents = number;

export type AssetStatus = "in_stock" | "deployed" | "in_repair" | "retired" | "lost";

export type WarrantyState = "valid" | "ending_soon" | "expired" | "unknown";

export type AssetKind = { 
/**
 * A stable code such as `laptop`.
 */
code: string, labelFr: string, labelEn: string, builtin: boolean, };

export type KeyMode = "keyring" | "passphrase";

export type DatabaseInfo = { path: string, keyMode: KeyMode, 
/**
 * A keyring database can also open with a recovery passphrase.
 */
hasRecoveryPassphrase: boolean, schemaVersion: number, };

export type PassphraseReason = "no_keyring" | "not_in_keyring" | "keyring_key_rejected";

export type SessionState = { "state": "ready", database: DatabaseInfo, } | { "state": "needs_passphrase", path: string, reason: PassphraseReason, } | { "state": "needs_new_passphrase", path: string, };

export type StatusCount = { status: AssetStatus, count: number, };

export type KindCount = { kind: string, labelFr: string, labelEn: string, count: number, };

export type Dashboard = { assetCount: number, peopleCount: number, locationCount: number, byStatus: Array<StatusCount>, byKind: Array<KindCount>, warrantyExpired: number, 
/**
 * Warranties that end within 90 days.
 */
warrantyEndingSoon: number, 
/**
 * The total purchase cost of the assets not retired.
 */
fleetValue: Cents, };

export type AssetRow = { id: string, tag: string, name: string, kind: string, status: AssetStatus, serial: string | null, manufacturer: string | null, model: string | null, location: string | null, assignee: string | null, 
/**
 * ISO date (`2027-03-31`).
 */
warrantyEnd: string | null, purchaseCost: Cents | null, };

export type AssetColumn = "tag" | "name" | "kind" | "status" | "serial" | "manufacturer" | "model" | "location" | "assignee" | "warranty_end" | "purchase_date" | "purchase_cost" | "updated_at";

export type WarrantyFilter = "expired" | "ending_soon";

export type AssetQuery = { 
/**
 * Search as you type: every word must start a word of the tag, serial,
 * name, model, manufacturer, notes, the assignee's or the location's name.
 */
search?: string, status?: AssetStatus, kind?: string, 
/**
 * This location and every location under it.
 */
locationId?: string, assigneeId?: string, warranty?: WarrantyFilter, sort: AssetColumn, descending: boolean, offset: number, 
/**
 * At most this many rows (0: the default page of 100).
 */
limit: number, };

export type Asset = { id: string, 
/**
 * The asset tag on the label (`PARC-000123`), unique.
 */
tag: string, name: string, 
/**
 * The code of its [`AssetKind`].
 */
kind: string, status: AssetStatus, serial: string | null, manufacturer: string | null, model: string | null, locationId: string | null, assigneeId: string | null, supplierId: string | null, purchaseDate: string | null, orderNumber: string | null, purchaseCost: Cents | null, warrantyEnd: string | null, maintenanceContract: string | null, osName: string | null, osVersion: string | null, firmwareVersion: string | null, ipAddress: string | null, macAddress: string | null, notes: string | null, lastAudit: string | null, createdAt: string, updatedAt: string, };

export type AssetInput = { tag: string, name: string, kind: string, status: AssetStatus | null, serial: string | null, manufacturer: string | null, model: string | null, locationId: string | null, assigneeId: string | null, supplierId: string | null, purchaseDate: string | null, orderNumber: string | null, purchaseCost: string | null, warrantyEnd: string | null, maintenanceContract: string | null, osName: string | null, osVersion: string | null, firmwareVersion: string | null, ipAddress: string | null, macAddress: string | null, notes: string | null, };

export type Reference = { id: string, name: string, };

export type Assignment = { at: string, actor: string, 
/**
 * `None`: returned to stock.
 */
person: Reference | null, };

export type Action = "created" | "updated" | "deleted";

export type Change = { field: string, old: string | null, new: string | null, };

export type HistoryEntry = { id: string, entity: string, entityId: string, at: string, 
/**
 * Who did it: the operating-system user, or the name set in the settings.
 */
actor: string, action: Action, changes: Array<Change>, };

export type AssetDetail = { asset: Asset, 
/**
 * `Site › Bâtiment A › Salle serveur`.
 */
locationPath: string | null, assignee: Reference | null, supplier: Reference | null, assignments: Array<Assignment>, history: Array<HistoryEntry>, };

export type BulkChange = { status: AssetStatus | null, locationId: string | null, 
/**
 * Give every asset to this person.
 */
assigneeId: string | null, 
/**
 * Take every asset back (wins over `assignee_id`).
 */
unassign: boolean, };

export type DeleteOutcome = "deleted" | "retired";

export type LocationKind = "site" | "building" | "room";

export type Location = { id: string, parentId: string | null, kind: LocationKind, name: string, address: string | null, notes: string | null, createdAt: string, updatedAt: string, };

export type LocationNode = { location: Location, depth: number, assetCount: number, };

export type LocationInput = { id: string | null, parentId: string | null, kind: LocationKind, name: string, address: string | null, notes: string | null, };

export type Person = { id: string, firstName: string, lastName: string, email: string | null, department: string | null, siteId: string | null, 
/**
 * The Active Directory account (sAMAccountName).
 */
account: string | null, active: boolean, createdAt: string, updatedAt: string, };

export type PersonRow = { person: Person, site: string | null, assetCount: number, };

export type PersonInput = { id: string | null, firstName: string, lastName: string, email: string | null, department: string | null, siteId: string | null, account: string | null, active: boolean, };

export type Supplier = { id: string, name: string, contact: string | null, phone: string | null, email: string | null, website: string | null, notes: string | null, createdAt: string, updatedAt: string, };

export type SupplierInput = { id: string | null, name: string, contact: string | null, phone: string | null, email: string | null, website: string | null, notes: string | null, };

export type HitKind = "asset" | "person" | "location" | "supplier";

export type SearchHit = { kind: HitKind, id: string, title: string, subtitle: string | null, };

export type Level = 1 | 2 | 3 | 4 | 5;

export type Priority = 1 | 2 | 3 | 4 | 5 | 6;

export type PriorityMatrix = { cells: [[number, number, number, number, number], [number, number, number, number, number], [number, number, number, number, number], [number, number, number, number, number], [number, number, number, number, number]], };

export type SlaTarget = { ownMinutes: number, resolveMinutes: number, };

export type SlaTargets = [SlaTarget, SlaTarget, SlaTarget, SlaTarget, SlaTarget, SlaTarget];

export type BusinessCalendar = { 
/**
 * Monday first; `None`: closed that day.
 */
hours: [[string, string] | null, [string, string] | null, [string, string] | null, [string, string] | null, [string, string] | null, [string, string] | null, [string, string] | null], 
/**
 * Close on French public holidays (computed for any year, Easter included).
 */
frenchHolidays: boolean, 
/**
 * Other closed days (a bridge day, the company's own holidays).
 */
closedDays: Array<string>, };

export type HelpdeskSettings = { matrix: PriorityMatrix, targets: SlaTargets, calendar: BusinessCalendar, 
/**
 * An IANA zone name, e.g. `Europe/Paris`.
 */
timeZone: string, };

export type TicketKind = "incident" | "request";

export type Channel = "phone" | "email" | "in_person";

export type TicketStatus = "new" | "assigned" | "planned" | "pending" | "solved" | "closed";

export type Assignee = { "kind": "technician", "value": string } | { "kind": "supplier", "value": string };

export type SolutionKind = "fixed" | "workaround" | "explained" | "replaced" | "cancelled";

export type Solution = { kind: SolutionKind, text: string, };

export type PendingPeriod = { from: string, to: string | null, };

export type Ticket = { id: string, kind: TicketKind, title: string, description: string, requesterId: string | null, assetIds: Array<string>, category: string, channel: Channel, urgency: Level, impact: Level, priority: Priority, 
/**
 * Set by hand ("majeure"): no longer follows the matrix.
 */
priorityByHand: boolean, status: TicketStatus, assignee: Assignee | null, openedAt: string, 
/**
 * When it was first taken in charge (the SLA's time to own).
 */
ownedAt: string | null, solvedAt: string | null, closedAt: string | null, pending: Array<PendingPeriod>, 
/**
 * The in-progress status to go back to when waiting ends.
 */
resumeTo: TicketStatus | null, solution: Solution | null, 
/**
 * The requester's satisfaction when closing, 1 to 5.
 */
satisfaction: number | null, satisfactionComment: string | null, };

export type TicketView = "open" | "mine" | "unassigned" | "overdue" | "pending" | "solved" | "closed" | "all";

export type TicketColumn = "number" | "title" | "priority" | "status" | "category" | "requester" | "opened" | "due" | "updated";

export type TicketQuery = { view: TicketView, 
/**
 * Words of the title, or a ticket number (`42` or `#42`).
 */
search: string | null, priority: number | null, category: string | null, kind: TicketKind | null, requesterId: string | null, assetId: string | null, sort: TicketColumn, descending: boolean, offset: number, 
/**
 * 0: the default page size.
 */
limit: number, };

export type TicketRow = { id: string, number: number, kind: TicketKind, title: string, status: TicketStatus, priority: number, category: string, categoryLabel: string, requesterName: string | null, 
/**
 * The technician's name or the supplier's.
 */
assignee: string | null, openedAt: string, 
/**
 * The deadline that matters now: to own while nobody has it, then to resolve.
 */
due: string | null, overdue: boolean, updatedAt: string, };

export type TicketInput = { kind: TicketKind, title: string, description: string, requesterId: string | null, assetIds: Array<string>, category: string, channel: Channel, urgency: number, impact: number, 
/**
 * Creation only: the template whose checklist becomes the ticket's tasks.
 */
template: string | null, };

export type TicketCommand = { "action": "assign_to_me" } | { "action": "assign_technician", name: string, } | { "action": "assign_supplier", supplierId: string, } | { "action": "unassign" } | { "action": "plan" } | { "action": "unplan" } | { "action": "wait" } | { "action": "resume" } | { "action": "solve", solutionKind: SolutionKind, text: string, } | { "action": "reopen" } | { "action": "close", satisfaction: number | null, comment: string | null, } | { "action": "rate", urgency: number, impact: number, } | { "action": "make_major" };

export type CommandKind = "assign" | "unassign" | "plan" | "unplan" | "wait" | "resume" | "solve" | "reopen" | "close" | "rate" | "make_major";

export type EventKind = "opened" | "followup" | "task" | "status" | "assignment" | "priority" | "solution" | "closing";

export type TicketEvent = { id: string, at: string, author: string, kind: EventKind, body: string, private: boolean, minutes: number | null, done: boolean | null, old: string | null, new: string | null, };

export type TicketDetail = { ticket: Ticket, number: number, categoryLabel: string, requester: Reference | null, 
/**
 * Tag — name of each linked asset.
 */
assets: Array<Reference>, assignee: string | null, 
/**
 * Assigned to the user of this computer ("take it" is then pointless).
 */
assignedToMe: boolean, ownDue: string | null, resolveDue: string | null, 
/**
 * The SLA clock is stopped (pending).
 */
paused: boolean, overdue: boolean, 
/**
 * Minutes spent, the tasks' sum.
 */
timeSpent: number, events: Array<TicketEvent>, allowed: Array<CommandKind>, updatedAt: string, };

export type FollowupInput = { body: string, 
/**
 * Private: for the IT team only, never shown to the requester.
 */
private: boolean, };

export type TaskInput = { body: string, minutes: number, done: boolean, };

export type CategoryView = { code: string, label: string, builtin: boolean, };

export type TemplateView = { code: string, label: string, kind: TicketKind, category: string, urgency: number, impact: number, title: string, description: string, tasks: Array<string>, };

export type WeekCount = { 
/**
 * The Monday the week starts.
 */
weekStart: string, opened: number, closed: number, };

export type StatGroup = { key: string, label: string, opened: number, solved: number, backlog: number, meanResolveMinutes: number | null, 
/**
 * Share of tickets solved in time, 0–100; `None` when none was solved.
 */
slaPercent: number | null, };

export type TicketStats = { from: string, to: string, 
/**
 * Open tickets now.
 */
backlog: number, overdue: number, weeks: Array<WeekCount>, 
/**
 * In business minutes (the SLA's calendar), over tickets opened in the period.
 */
meanOwnMinutes: number | null, meanResolveMinutes: number | null, slaOwnPercent: number | null, slaResolvePercent: number | null, byCategory: Array<StatGroup>, byPriority: Array<StatGroup>, };

export type ChangeStatus = "new" | "evaluation" | "approval" | "accepted" | "testing" | "applied" | "review" | "closed" | "refused" | "cancelled";

export type SevenR = "requested" | "reason" | "return" | "risks" | "resources" | "responsible" | "relationships";

export type Relation = { "kind": "change", "id": string } | { "kind": "ticket", "id": string } | { "kind": "asset", "id": string };

export type ItilChange = { id: string, title: string, 
/**
 * R1: who requested it (a person's name or the requesting service).
 */
requestedBy: string, requesterId: string | null, 
/**
 * R2.
 */
reason: string, 
/**
 * R3: the return expected.
 */
expectedReturn: string, 
/**
 * R4.
 */
risks: string, 
/**
 * R5.
 */
resources: string, 
/**
 * R6: who builds, who tests, who puts it in production.
 */
responsibleBuild: string, responsibleTest: string, responsibleDeploy: string, 
/**
 * R7: links, and a sentence when there are none to make ("aucune").
 */
relations: Array<Relation>, relationshipsNote: string, status: ChangeStatus, windowStart: string | null, windowEnd: string | null, rollbackPlan: string, affectedAssets: Array<string>, createdAt: string, updatedAt: string, };

export type ChangeRow = { id: string, number: number, title: string, status: ChangeStatus, requestedBy: string, windowStart: string | null, 
/**
 * How many of the seven R are still unanswered.
 */
missing: number, updatedAt: string, };

export type ChangeInput = { title: string, requestedBy: string, requesterId: string | null, reason: string, expectedReturn: string, risks: string, resources: string, responsibleBuild: string, responsibleTest: string, responsibleDeploy: string, relations: Array<Relation>, relationshipsNote: string, windowStart: string | null, windowEnd: string | null, rollbackPlan: string, affectedAssets: Array<string>, };

export type SevenRView = { r: SevenR, question: string, answered: boolean, };

export type RelationView = { relation: Relation, label: string, };

export type ChangeDetail = { change: ItilChange, number: number, sevenR: Array<SevenRView>, 
/**
 * The statuses it may go to now.
 */
next: Array<ChangeStatus>, relations: Array<RelationView>, affected: Array<Reference>, requester: Reference | null, };

export type CampaignStatus = "open" | "applied" | "cancelled";

export type ScanOutcome = "found" | "moved" | "unknown" | "again";

export type MissingAction = "lost" | "to_check" | "leave";

export type CampaignInput = { name: string, 
/**
 * A site, building or room; `None`: the whole fleet.
 */
scopeId: string | null, };

export type CampaignRow = { id: string, name: string, scope: Reference | null, status: CampaignStatus, startedAt: string, closedAt: string | null, expected: number, found: number, };

export type ScanView = { id: string, at: string, 
/**
 * As typed or scanned.
 */
tag: string, outcome: ScanOutcome, 
/**
 * `tag — name` of the asset, when the tag is known.
 */
asset: Reference | null, room: Reference, 
/**
 * Where the inventory recorded it when scanned (moved assets).
 */
recorded: string | null, };

export type ExpectedAsset = { id: string, tag: string, name: string, location: string | null, };

export type CampaignDetail = { campaign: CampaignRow, found: number, moved: number, unknown: number, 
/**
 * Expected and not scanned yet (the list that shrinks).
 */
missing: number, 
/**
 * The first 500 of them, by location then tag.
 */
stillExpected: Array<ExpectedAsset>, 
/**
 * The scans, newest first.
 */
scans: Array<ScanView>, 
/**
 * The rooms of the scope, to choose where one is scanning.
 */
rooms: Array<Reference>, };

export type ScanReply = { tag: string, outcome: ScanOutcome, detail: CampaignDetail, };

export type AuditResult = { moved: number, markedLost: number, markedToCheck: number, 
/**
 * Assets whose last-audit date was set.
 */
audited: number, };

export type LabelSheet = "l7651" | "l7160" | "custom";

export type CustomSheet = { 
/**
 * One label, in millimetres like every length here.
 */
labelWidth: number, labelHeight: number, 
/**
 * Labels across.
 */
columns: number, 
/**
 * Labels down.
 */
rows: number, 
/**
 * Without it: 210 mm (A4).
 */
pageWidth: number | null, 
/**
 * Without it: 297 mm (A4).
 */
pageHeight: number | null, 
/**
 * From the page's left edge to the first column. Without it: the grid is centred across the page.
 */
leftMargin: number | null, 
/**
 * From the page's top edge to the first row. Without it: the grid is centred down the page.
 */
topMargin: number | null, 
/**
 * Between two columns. Without it: 0.
 */
columnGap: number | null, 
/**
 * Between two rows. Without it: 0.
 */
rowGap: number | null, };

export type LabelRequest = { 
/**
 * These assets, in this order; when empty, those of `location_id` (every asset without it).
 */
assetIds: Array<string>, locationId: string | null, 
/**
 * Only the assets no label was ever printed for (of `location_id`, or all).
 */
unlabelled: boolean, sheet: LabelSheet, 
/**
 * The measurements of a `custom` sheet, which cannot be printed without
 * them; ignored with an Avery sheet.
 */
custom?: CustomSheet, 
/**
 * Cells already used on the first sheet.
 */
offset: number, };

export type Format = "glpi_json" | "fusion_xml" | "assets_csv" | "ad_users_csv" | "ad_computers_csv" | "people_csv" | "locations_csv" | "licences_csv";

export type TextEncoding = "utf8" | "utf8_bom" | "utf16_le" | "utf16_be" | "windows1252";

export type DateOrder = "day_first" | "month_first";

export type AssetField = "tag" | "name" | "kind" | "status" | "serial" | "manufacturer" | "model" | "location" | "assignee" | "assignee_email" | "assignee_account" | "assignee_first_name" | "assignee_last_name" | "supplier" | "purchase_date" | "order_number" | "purchase_cost" | "warranty_end" | "maintenance_contract" | "os_name" | "os_version" | "firmware" | "ip_address" | "mac_address" | "notes";

export type ColumnMapping = { index: number, header: string, 
/**
 * `None`: the column is left out.
 */
field: AssetField | null, 
/**
 * How the column's dates read, if it holds dates.
 */
dateOrder: DateOrder, };

export type Mapping = { columns: Array<ColumnMapping>, };

export type FieldChoice = { field: AssetField, label: string, };

export type TablePreview = { encoding: TextEncoding, delimiter: string, rowCount: number, 
/**
 * Suggested from the headers and the values; the person may change it.
 */
mapping: Mapping, 
/**
 * The first lines' cells, in the order of the headers.
 */
samples: Array<Array<string>>, fields: Array<FieldChoice>, };

export type InventoryPreview = { name: string, kind: string, serial: string | null, manufacturer: string | null, model: string | null, 
/**
 * `Debian GNU/Linux 12`, `Windows 11 Professionnel 23H2`.
 */
os: string | null, memoryMib: number | null, softwareCount: number | null, };

export type ImportPreview = { path: string, fileName: string, size: number, format: Format, formatLabel: string, 
/**
 * For an asset table: the mapping step.
 */
table: TablePreview | null, 
/**
 * For an agent's inventory: the machine it describes.
 */
inventory: InventoryPreview | null, };

export type ImportSummary = { created: number, updated: number, unchanged: number, rejected: number, };

export type FateKind = "created" | "updated" | "unchanged" | "rejected";

export type LineError = { 
/**
 * The column's header as the file writes it; `None` for the whole line.
 */
column: string | null, 
/**
 * The whole message, line and column included.
 */
message: string, };

export type LineView = { line: number, 
/**
 * The record it creates or updates: an asset tag, an account...
 */
key: string | null, fate: FateKind, 
/**
 * The names of the fields an update changes, once each.
 */
changes: Array<string>, errors: Array<LineError>, };

export type DirectoryComputer = { name: string, dnsName: string | null, lastLogon: string | null, os: string | null, };

export type InventoryComputer = { id: string, tag: string, name: string, };

export type Holder = { personId: string, name: string, account: string | null, 
/**
 * The tags of the assets assigned to the person.
 */
assets: Array<string>, };

export type Reconciliation = { 
/**
 * People with a directory account that is enabled.
 */
activeAccounts: number, 
/**
 * Enabled computers of the directory that no asset of the inventory names.
 */
computersMissingFromInventory: Array<DirectoryComputer>, 
/**
 * Computers of the inventory (desktops, laptops, servers in use) that the directory does not know.
 */
inventoryComputersUnknownToAd: Array<InventoryComputer>, 
/**
 * Disabled accounts to which equipment is still assigned.
 */
disabledAccountsHoldingEquipment: Array<Holder>, };

export type ImportOutcome = { 
/**
 * The file's format; `None` for the inventory of this computer.
 */
format: Format | null, dryRun: boolean, summary: ImportSummary, 
/**
 * Every line of a dry run (after a real run the summary says it all,
 * but an inventory's one line is kept: it names the asset).
 */
lines: Array<LineView>, 
/**
 * How an inventory found its asset, in words (`par numéro de série`).
 */
matchedBy: string | null, 
/**
 * The asset an inventory created or updated.
 */
assetId: string | null, 
/**
 * An Active Directory computers export, set against the inventory.
 */
reconciliation: Reconciliation | null, };

export type ThisComputerPlan = { machine: InventoryPreview, 
/**
 * A dry run: the asset it would create, or update (with the changes).
 */
plan: ImportOutcome, };

export type ImportProgress = { 
/**
 * An import is under way.
 */
running: boolean, done: number, 
/**
 * How many lines there are, when known.
 */
total: number | null, };
