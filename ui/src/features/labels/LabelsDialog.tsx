import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormDialog } from '../../app/FormDialog';
import type { LabelSheet } from '../../bindings';
import * as ipc from '../../ipc';
import { OffsetGrid } from './OffsetGrid';
import { cellsOf, SHEET_CODES } from './sheets';

/** Which assets get a label: these ones, else those of a place, else every one. */
export type LabelTarget = {
  assetIds: readonly string[];
  locationId: string | null;
  /** The place's name, to say what will be printed. */
  placeName: string | null;
};

/**
 * "Imprimer des étiquettes": the sheet, the labels already used on the first
 * one (a number, or a click on the first free cell), and the company name
 * printed on each label (saved when changed); then `print_labels` writes the
 * PDF and `onPrinted` says where.
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
  const max = cellsOf(sheet) - 1;
  const used = Number(offset);
  const valid = /^\d+$/.test(offset.trim()) && used <= max;

  const open = () => {
    setOffset('0');
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
    if (!valid) return intl.formatMessage({ id: 'labels.offsetError' }, { max });
    try {
      if (savedCompany !== null && company.trim() !== savedCompany) {
        await ipc.setCompanyName(company.trim());
      }
      const path = await ipc.printLabels({
        assetIds: [...target.assetIds],
        locationId: target.assetIds.length > 0 ? null : target.locationId,
        unlabelled: target.assetIds.length === 0 && unlabelled,
        sheet,
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
              if (valid && used > cellsOf(next) - 1) setOffset(String(cellsOf(next) - 1));
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
            max={max}
            data-testid="labels-offset"
            value={offset}
            onChange={(event) => setOffset(event.target.value)}
          />
        )}
      </Field>
      <OffsetGrid
        sheet={sheet}
        offset={valid ? used : 0}
        onChange={(cell) => setOffset(String(cell))}
      />
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
