import { fromLocalInput, toLocalInput } from '../../app/dates';
import type { ChangeDetail, ChangeInput, Reference, RelationView } from '../../bindings';
import type { MessageId } from '../../i18n/fr';

/*
 * The change form's values, grouped by the seven R, turned into a
 * `ChangeInput` on save. The window is held as `datetime-local` values.
 */

export type ChangeValues = {
  title: string;
  requestedBy: string;
  requester: Reference | null;
  reason: string;
  expectedReturn: string;
  risks: string;
  resources: string;
  responsibleBuild: string;
  responsibleTest: string;
  responsibleDeploy: string;
  /** R7: the assets it relates to, chosen in the form. */
  relatedAssets: Reference[];
  /** R7: the tickets and changes it relates to, kept as they were. */
  otherRelations: RelationView[];
  relationshipsNote: string;
  windowStart: string;
  windowEnd: string;
  rollbackPlan: string;
  affected: Reference[];
};

export type ChangeErrors = Partial<Record<keyof ChangeValues, MessageId>>;

export const EMPTY_CHANGE: ChangeValues = {
  title: '',
  requestedBy: '',
  requester: null,
  reason: '',
  expectedReturn: '',
  risks: '',
  resources: '',
  responsibleBuild: '',
  responsibleTest: '',
  responsibleDeploy: '',
  relatedAssets: [],
  otherRelations: [],
  relationshipsNote: '',
  windowStart: '',
  windowEnd: '',
  rollbackPlan: '',
  affected: [],
};

export function valuesOfChange(detail: ChangeDetail): ChangeValues {
  const { change } = detail;
  return {
    title: change.title,
    requestedBy: change.requestedBy,
    requester: detail.requester,
    reason: change.reason,
    expectedReturn: change.expectedReturn,
    risks: change.risks,
    resources: change.resources,
    responsibleBuild: change.responsibleBuild,
    responsibleTest: change.responsibleTest,
    responsibleDeploy: change.responsibleDeploy,
    relatedAssets: detail.relations
      .filter((r) => r.relation.kind === 'asset')
      .map((r) => ({ id: r.relation.id, name: r.label })),
    otherRelations: detail.relations.filter((r) => r.relation.kind !== 'asset'),
    relationshipsNote: change.relationshipsNote,
    windowStart: toLocalInput(change.windowStart),
    windowEnd: toLocalInput(change.windowEnd),
    rollbackPlan: change.rollbackPlan,
    affected: detail.affected,
  };
}

export function validateChange(values: ChangeValues): ChangeErrors {
  const errors: ChangeErrors = {};
  if (values.title.trim() === '') errors.title = 'form.error.required';
  const start = fromLocalInput(values.windowStart);
  const end = fromLocalInput(values.windowEnd);
  if (values.windowStart !== '' && !start) errors.windowStart = 'form.error.date';
  if (values.windowEnd !== '' && !end) errors.windowEnd = 'form.error.date';
  if (start && end && end < start) errors.windowEnd = 'change.error.window';
  return errors;
}

export function toChangeInput(values: ChangeValues): ChangeInput {
  const t = (s: string) => s.trim();
  return {
    title: t(values.title),
    requestedBy: t(values.requestedBy),
    requesterId: values.requester?.id ?? null,
    reason: t(values.reason),
    expectedReturn: t(values.expectedReturn),
    risks: t(values.risks),
    resources: t(values.resources),
    responsibleBuild: t(values.responsibleBuild),
    responsibleTest: t(values.responsibleTest),
    responsibleDeploy: t(values.responsibleDeploy),
    relations: [
      ...values.relatedAssets.map((asset) => ({ kind: 'asset' as const, id: asset.id })),
      ...values.otherRelations.map((r) => r.relation),
    ],
    relationshipsNote: t(values.relationshipsNote),
    windowStart: fromLocalInput(values.windowStart),
    windowEnd: fromLocalInput(values.windowEnd),
    rollbackPlan: t(values.rollbackPlan),
    affectedAssets: values.affected.map((asset) => asset.id),
  };
}
