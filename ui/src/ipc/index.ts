/**
 * The IPC boundary: the only module that imports `@tauri-apps/api`. Each Tauri
 * command has one typed function here; the rest of the UI calls these. Every
 * rejection is an `IpcError`, so screens branch on its `code`, never on its text.
 */
import { type InvokeArgs, invoke } from '@tauri-apps/api/core';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import type {
  Asset,
  AssetDetail,
  AssetInput,
  AssetKind,
  AssetQuery,
  AssetRow,
  AuditResult,
  BulkChange,
  CampaignDetail,
  CampaignInput,
  CampaignRow,
  CategoryView,
  ChangeDetail,
  ChangeInput,
  ChangeRow,
  ChangeStatus,
  Dashboard,
  DeleteOutcome,
  ErrorCode,
  FollowupInput,
  HelpdeskSettings,
  ImportOutcome,
  ImportPreview,
  ImportProgress,
  IpcError,
  LabelRequest,
  Lang,
  Location,
  LocationInput,
  LocationNode,
  Mapping,
  MissingAction,
  Person,
  PersonInput,
  PersonRow,
  ScanReply,
  SearchHit,
  SessionState,
  Supplier,
  SupplierInput,
  TaskInput,
  TemplateView,
  ThisComputerPlan,
  TicketCommand,
  TicketDetail,
  TicketInput,
  TicketQuery,
  TicketRow,
  TicketStats,
} from '../bindings';

/** Every code of `ErrorCode`; the type makes a code added on the Rust side fail to compile here. */
const ERROR_CODES: Record<ErrorCode, true> = {
  wrong_key: true,
  not_parc_database: true,
  newer_schema: true,
  corrupt: true,
  passphrase_required: true,
  weak_passphrase: true,
  keyring: true,
  not_found: true,
  already_exists: true,
  invalid: true,
  locked: true,
  io: true,
  internal: true,
};

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

/** Returns an `IpcError` as is, and wraps anything else as an `internal` one. */
export function toIpcError(error: unknown): IpcError {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message } = error;
    if (isErrorCode(code) && typeof message === 'string') return { code, message };
  }
  return { code: 'internal', message: String(error) };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toIpcError(error);
  }
}

export function getSessionState(): Promise<SessionState> {
  return call('session_state');
}

/** Creates the encrypted database; `null` keeps its key in the OS keyring only. */
export function createDatabase(passphrase: string | null): Promise<SessionState> {
  return call('create_database', { passphrase });
}

export function unlock(passphrase: string, remember: boolean): Promise<SessionState> {
  return call('unlock', { passphrase, remember });
}

/** Tells the Rust side the interface language, so its error messages match. */
export async function setLanguage(lang: Lang): Promise<void> {
  await call<null>('set_language', { lang });
}

export function getDashboard(): Promise<Dashboard> {
  return call('dashboard');
}

/** One page of the inventory (`query.offset`, `query.limit`), without the count. */
export function listAssets(query: AssetQuery): Promise<AssetRow[]> {
  return call('list_assets', { query });
}

/**
 * How many assets the query matches. A separate command, so that a screen can
 * show the rows of `listAssets` before the count (the slower query) answers.
 */
export function countAssets(query: AssetQuery): Promise<number> {
  return call('count_assets', { query });
}

export function getAssetDetail(id: string): Promise<AssetDetail> {
  return call('asset_detail', { id });
}

export function getAssetKinds(): Promise<AssetKind[]> {
  return call('asset_kinds');
}

/** Adds a kind of asset of the user's own; an empty code is derived from the French label. */
export function saveAssetKind(code: string, labelFr: string, labelEn: string): Promise<AssetKind> {
  return call('save_asset_kind', { code, labelFr, labelEn });
}

/** The pattern of new asset tags (`PARC-######`). */
export function getTagPattern(): Promise<string> {
  return call('tag_pattern');
}

/** Sets the pattern of new asset tags; answers the next tag it gives. */
export function setTagPattern(pattern: string): Promise<string> {
  return call('set_tag_pattern', { pattern });
}

/** The tag the next asset would get (`PARC-000124`), to prefill the form. */
export function getNextAssetTag(): Promise<string> {
  return call('next_asset_tag');
}

/** Creates an asset; an empty tag gets the next one. */
export function createAsset(input: AssetInput): Promise<Asset> {
  return call('create_asset', { input });
}

export function updateAsset(id: string, input: AssetInput): Promise<Asset> {
  return call('update_asset', { id, input });
}

/** The form of a twin of this asset: same model, order and dates, a new tag. */
export function duplicateAsset(id: string): Promise<AssetInput> {
  return call('duplicate_asset', { id });
}

/** Deletes an asset, or retires it when it has a history worth keeping. */
export function deleteAsset(id: string): Promise<DeleteOutcome> {
  return call('delete_asset', { id });
}

/** Applies one change to many assets; answers how many changed. */
export function bulkUpdateAssets(ids: string[], change: BulkChange): Promise<number> {
  return call('bulk_update_assets', { ids, change });
}

/** Writes every asset the query matches to a CSV file; answers its path. */
export function exportAssetsCsv(query: AssetQuery): Promise<string> {
  return call('export_assets_csv', { query });
}

/** Every location in display order, each with its depth and asset count. */
export function getLocationTree(): Promise<LocationNode[]> {
  return call('location_tree');
}

/** Creates (`id: null`) or updates a location. */
export function saveLocation(input: LocationInput): Promise<Location> {
  return call('save_location', { input });
}

export async function deleteLocation(id: string): Promise<void> {
  await call<null>('delete_location', { id });
}

/** The people whose names, email, account or department start with the words of `search`. */
export function getPeople(search: string | null): Promise<PersonRow[]> {
  return call('people', { search });
}

export function savePerson(input: PersonInput): Promise<Person> {
  return call('save_person', { input });
}

export async function deletePerson(id: string): Promise<void> {
  await call<null>('delete_person', { id });
}

export function getSuppliers(): Promise<Supplier[]> {
  return call('suppliers');
}

export function saveSupplier(input: SupplierInput): Promise<Supplier> {
  return call('save_supplier', { input });
}

export async function deleteSupplier(id: string): Promise<void> {
  await call<null>('delete_supplier', { id });
}

/** Assets, people, locations and suppliers matching `text`, a few of each kind. */
export function globalSearch(text: string): Promise<SearchHit[]> {
  return call('global_search', { text });
}

/** One page of the ticket queue (`query.offset`, `query.limit`), without the count. */
export function listTickets(query: TicketQuery): Promise<TicketRow[]> {
  return call('list_tickets', { query });
}

/** How many tickets the query matches, for the count and the tabs of the views. */
export function countTickets(query: TicketQuery): Promise<number> {
  return call('count_tickets', { query });
}

export function getTicketDetail(id: string): Promise<TicketDetail> {
  return call('ticket_detail', { id });
}

/** Opens a ticket; a template's checklist becomes its tasks. Answers its page. */
export function createTicket(input: TicketInput): Promise<TicketDetail> {
  return call('create_ticket', { input });
}

export function updateTicket(id: string, input: TicketInput): Promise<TicketDetail> {
  return call('update_ticket', { id, input });
}

/** A status action of the ticket page (take it, solve it, close it…); answers the page. */
export function actOnTicket(id: string, command: TicketCommand): Promise<TicketDetail> {
  return call('act_on_ticket', { id, command });
}

export function addFollowup(id: string, input: FollowupInput): Promise<TicketDetail> {
  return call('add_followup', { id, input });
}

export function addTask(id: string, input: TaskInput): Promise<TicketDetail> {
  return call('add_task', { id, input });
}

/** Ticks or unticks a task of ticket `id`; `minutes: null` keeps the time it had. */
export function setTaskDone(
  id: string,
  taskId: string,
  done: boolean,
  minutes: number | null,
): Promise<TicketDetail> {
  return call('set_task_done', { id, taskId, done, minutes });
}

export function getTicketCategories(): Promise<CategoryView[]> {
  return call('ticket_categories');
}

/** Adds a ticket category; answers its code. */
export function saveTicketCategory(labelFr: string, labelEn: string): Promise<string> {
  return call('save_ticket_category', { labelFr, labelEn });
}

export function getTicketTemplates(): Promise<TemplateView[]> {
  return call('ticket_templates');
}

/** The priority matrix, SLA targets, opening hours and time zone of the helpdesk. */
export function getHelpdeskSettings(): Promise<HelpdeskSettings> {
  return call('helpdesk_settings');
}

/** Saves the helpdesk settings; answers how many open tickets were recomputed. */
export function setHelpdeskSettings(settings: HelpdeskSettings): Promise<number> {
  return call('set_helpdesk_settings', { settings });
}

/** The helpdesk's figures between two ISO dates (`2026-09-01`), both included. */
export function getTicketStats(from: string, to: string): Promise<TicketStats> {
  return call('ticket_stats', { from, to });
}

/** The changes, all or those in one status. */
export function listChanges(status: ChangeStatus | null): Promise<ChangeRow[]> {
  return call('list_changes', { status });
}

export function getChangeDetail(id: string): Promise<ChangeDetail> {
  return call('change_detail', { id });
}

export function createChange(input: ChangeInput): Promise<ChangeDetail> {
  return call('create_change', { input });
}

export function updateChange(id: string, input: ChangeInput): Promise<ChangeDetail> {
  return call('update_change', { id, input });
}

/** Moves a change to its next status; refused (with the questions) while the 7 R are incomplete. */
export function advanceChange(id: string, to: ChangeStatus): Promise<ChangeDetail> {
  return call('advance_change', { id, to });
}

/** The on-site audit campaigns, open ones first, newest first. */
export function getCampaigns(): Promise<CampaignRow[]> {
  return call('campaigns');
}

/** Starts a campaign: the assets expected in its scope are noted now. Answers its page. */
export function startCampaign(input: CampaignInput): Promise<CampaignDetail> {
  return call('start_campaign', { input });
}

export function getCampaignDetail(id: string): Promise<CampaignDetail> {
  return call('campaign_detail', { id });
}

/** Records a scanned tag in a room; answers what it meant and the page as it now stands. */
export function scanTag(id: string, tag: string, roomId: string): Promise<ScanReply> {
  return call('scan_tag', { id, tag, roomId });
}

/** Applies a campaign's results to the inventory and closes it. */
export function applyCampaign(
  id: string,
  moveMoved: boolean,
  missing: MissingAction,
): Promise<AuditResult> {
  return call('apply_campaign', { id, moveMoved, missing });
}

/** Abandons an open campaign; the inventory is not touched. */
export async function cancelCampaign(id: string): Promise<void> {
  await call<null>('cancel_campaign', { id });
}

/** The company name printed on asset labels, if set. */
export function getCompanyName(): Promise<string | null> {
  return call('company_name');
}

export async function setCompanyName(name: string): Promise<void> {
  await call<null>('set_company_name', { name });
}

/** Writes a PDF of asset labels (to Downloads); answers its path. */
export function printLabels(request: LabelRequest): Promise<string> {
  return call('print_labels', { request });
}

/** The system's file chooser; `null` when it was closed without a choice. */
export function chooseImportFile(): Promise<string | null> {
  return call('choose_import_file');
}

/**
 * Files dropped on the window from the file explorer: `onHover(true)` while
 * they are held over it, `onHover(false)` when they leave or land, then
 * `onDrop` with their paths (Tauri gives paths, not contents: the importers
 * stream the file from disk). Answers how to stop listening; where there is
 * no Tauri window to drop on, stopping does nothing.
 */
export async function onFilesDropped(
  onDrop: (paths: string[]) => void,
  onHover: (over: boolean) => void,
): Promise<() => void> {
  try {
    return await getCurrentWebview().onDragDropEvent(({ payload }) => {
      if (payload.type === 'drop') {
        onHover(false);
        onDrop(payload.paths);
      } else {
        onHover(payload.type !== 'leave');
      }
    });
  } catch {
    return () => {};
  }
}

/** Looks at a file before importing it: its format, and an asset table's suggested mapping. */
export function inspectImport(path: string): Promise<ImportPreview> {
  return call('inspect_import', { path });
}

/**
 * Tries (`dryRun`: every line's fate, nothing kept) or imports a file in one
 * transaction; an asset table is read with `mapping`. Rejects with `invalid`
 * when cancelled, having written nothing.
 */
export function runImport(
  path: string,
  mapping: Mapping | null,
  dryRun: boolean,
): Promise<ImportOutcome> {
  return call('run_import', { path, mapping, dryRun });
}

/** How far the running import has gone. */
export function importProgress(): Promise<ImportProgress> {
  return call('import_progress');
}

/** Asks the running import to stop; it rolls back. */
export function cancelImport(): Promise<void> {
  return call('cancel_import');
}

/** Inventories the computer the app runs on and tells what saving it would do. */
export function planThisComputer(): Promise<ThisComputerPlan> {
  return call('plan_this_computer');
}

/** Saves the inventory `planThisComputer` made, as an agent's inventory. */
export function applyThisComputer(): Promise<ImportOutcome> {
  return call('apply_this_computer');
}
