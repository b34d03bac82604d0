import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormDialog } from '../../app/FormDialog';
import type { CustomSheet, LabelSheet } from '../../bindings';
import * as ipc from '../../ipc';
import { CustomSheetFields } from './CustomSheetFields';
import {
  type CustomDraft,
  type CustomProblem,
  customGrid,
  loadDraft,
  parseCustom,
  saveDraft,
} from './customSheet';
import { OffsetGrid } from './OffsetGrid';
import { AVERY, cellsOf, type Grid, gridOf, SHEET_CODES } from './sheets';

/** Which assets get a label: these ones, else those of a place, else every one. */
export type LabelTarget = {
  assetIds: readonly string[];
  locationId: string | null;
  /** The place's name, to say what will be printed. */
  placeName: string | null;
};

/**
 * "Imprimer des étiquettes": the sheet (an Avery one, or one measured by hand,
 * whose last measurements this computer remembers), the labels already used
 * on the first one (a number, or a click on the first free cell), and the
 * company name printed on each label (saved when changed); then
 * `print_labels` writes the PDF and `onPrinted` says where.
 */
export function LabelsDialog({
  target,
  onPrinted,
}: {
  target: LabelTarget;
  onPrinted: (path: string) => void;
}) {
  const intl = useIntl();
  const [sheet, setSheet] = useState<LabelSheet>('l7651');
  const [offset, setOffset] = useState('0');
  const [company, setCompany] = useState('');
  const [unlabelled, setUnlabelled] = useState(false);
  const [savedCompany, setSavedCompany] = useState<string | null>(null);
  const [custom, setCustom] = useState<CustomDraft>(loadDraft);
  // Null for a custom sheet while its measurements are incomplete (or hold
  // more labels than A4 can): no grid, and no bound on the offset until
  // confirm has parsed them.
  const grid = gridOf(sheet, customGrid(custom));
  const max = grid ? cellsOf(grid) - 1 : null;
  const used = Number(offset);
  const valid = /^\d+$/.test(offset.trim()) && (max === null || used <= max);

  const open = () => {
    setOffset('0');
    setCustom(loadDraft());
    setUnlabelled(false);
    setSavedCompany(null);
    ipc.getCompanyName().then(
      (name) => {
        setCompany(name ?? '');
        setSavedCompany(name ?? '');
      },
      () => setSavedCompany(null),
    );
  };

  const print = async (): Promise<string | null> => {
    const measured = measure(sheet, custom);
    if ('problem' in measured) {
      const { field, kind } = measured.problem;
      const name = intl.formatMessage({ id: `labels.custom.${field}` });
      return intl.formatMessage({ id: `labels.custom.error.${kind}` }, { field: name });
    }
    // Kept even if Rust then finds that the labels do not fit the page: they
    // are what to correct next time.
    if (measured.custom) saveDraft(custom);
    const last = cellsOf(measured.grid) - 1;
    if (!/^\d+$/.test(offset.trim()) || used > last) {
      return intl.formatMessage({ id: 'labels.offsetError' }, { max: last });
    }
    try {
      if (savedCompany !== null && company.trim() !== savedCompany) {
        await ipc.setCompanyName(company.trim());
      }
      const path = await ipc.printLabels({
        assetIds: [...target.assetIds],
        locationId: target.assetIds.length > 0 ? null : target.locationId,
        unlabelled: target.assetIds.length === 0 && unlabelled,
        sheet,
        ...(measured.custom ? { custom: measured.custom } : {}),
        offset: used,
      });
      onPrinted(path);
      return null;
    } catch (error) {
      return ipc.toIpcError(error).message;
    }
  };

  return (
    <FormDialog
      label={intl.formatMessage({ id: 'labels.print' })}
      title={intl.formatMessage({ id: 'labels.title' })}
      description={describe(target, intl.formatMessage)}
      confirm={intl.formatMessage({ id: 'labels.confirm' })}
      onConfirm={print}
      onOpen={open}
      testId="labels"
    >
      <Field label={intl.formatMessage({ id: 'labels.sheet' })} name="labels-sheet">
        {(control) => (
          <select
            {...control}
            data-testid="labels-sheet"
            value={sheet}
            onChange={(event) => {
              const next = SHEET_CODES.find((code) => code === event.target.value) ?? 'l7651';
              setSheet(next);
              const nextGrid = gridOf(next, customGrid(custom));
              if (valid && nextGrid && used > cellsOf(nextGrid) - 1) {
                setOffset(String(cellsOf(nextGrid) - 1));
              }
            }}
          >
            {SHEET_CODES.map((code) => (
              <option key={code} value={code}>
                {intl.formatMessage({ id: `labels.sheet.${code}` })}
              </option>
            ))}
          </select>
        )}
      </Field>
      {sheet === 'custom' && (
        <CustomSheetFields
          draft={custom}
          onChange={(field, text) => setCustom((draft) => ({ ...draft, [field]: text }))}
        />
      )}
      <Field
        label={intl.formatMessage({ id: 'labels.offset' })}
        name="labels-offset"
        hint={intl.formatMessage({ id: 'labels.offsetHint' })}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            max={max ?? undefined}
            data-testid="labels-offset"
            value={offset}
            onChange={(event) => setOffset(event.target.value)}
          />
        )}
      </Field>
      {grid && (
        <OffsetGrid
          sheet={sheet}
          grid={grid}
          offset={valid ? used : 0}
          onChange={(cell) => setOffset(String(cell))}
        />
      )}
      {target.assetIds.length === 0 && (
        <label className="check">
          <input
            type="checkbox"
            data-testid="labels-unlabelled"
            checked={unlabelled}
            onChange={(event) => setUnlabelled(event.target.checked)}
          />{' '}
          <FormattedMessage id="labels.unlabelled" />
        </label>
      )}
      <Field
        label={intl.formatMessage({ id: 'labels.company' })}
        name="labels-company"
        hint={intl.formatMessage({ id: 'labels.companyHint' })}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            data-testid="labels-company"
            value={company}
            onChange={(event) => setCompany(event.target.value)}
          />
        )}
      </Field>
      <p className="muted">
        <FormattedMessage id="labels.where" />
      </p>
    </FormDialog>
  );
}

/**
 * The grid of the chosen sheet and, for a custom one, the measurements to
 * send; or the first custom field that is not a measurement.
 */
function measure(
  sheet: LabelSheet,
  draft: CustomDraft,
): { grid: Grid; custom?: CustomSheet } | { problem: CustomProblem } {
  if (sheet !== 'custom') return { grid: AVERY[sheet] };
  const parsed = parseCustom(draft);
  return 'problem' in parsed ? parsed : { grid: parsed.sheet, custom: parsed.sheet };
}

/** "3 matériels sélectionnés", "Les matériels de « Accueil »…", or every asset. */
function describe(
  target: LabelTarget,
  format: ReturnType<typeof useIntl>['formatMessage'],
): string {
  if (target.assetIds.length > 0) {
    return format({ id: 'labels.what.selection' }, { count: target.assetIds.length });
  }
  if (target.locationId) {
    return format({ id: 'labels.what.location' }, { place: target.placeName ?? '' });
  }
  return format({ id: 'labels.what.all' });
}
