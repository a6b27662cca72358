/**
 * Audit requests (the auditor's "provided by client" list): the life of one request between the
 * company and the auditor, and reading the auditor's request list from a spreadsheet with the
 * columns the person chose. Nothing is returned unless the whole file is good, so an import stores
 * all of it or nothing.
 */
import { z } from 'zod';
import { normaliseHeader as norm, resolveColumns } from './columns.ts';
import { invalid, type VigilError } from './errors.ts';
import { parseLmsDate } from './lms-import.ts';

/** Where a request stands: waiting on the company (open, flagged) or on the auditor (submitted), or done. */
export const AuditRequestStatusSchema = z.enum(['open', 'submitted', 'flagged', 'accepted']);
export type AuditRequestStatus = z.infer<typeof AuditRequestStatusSchema>;

/** Where a request came from: the auditor's imported list, one per control in scope, or a test sample. */
export const AuditRequestSourceSchema = z.enum(['imported', 'generated', 'sample']);
export type AuditRequestSource = z.infer<typeof AuditRequestSourceSchema>;

/** The steps of the loop: the company submits, the auditor accepts or flags (with a reason). */
export type AuditRequestStep = 'submit' | 'accept' | 'flag';

/** Who may take a step: the company answers, the auditor reviews. */
export const STEP_SIDE: Record<AuditRequestStep, 'company' | 'auditor'> = {
  submit: 'company',
  accept: 'auditor',
  flag: 'auditor',
};

/** Status words a customer reads. */
export const AUDIT_REQUEST_STATUS_WORDS: Record<AuditRequestStatus, string> = {
  open: 'open',
  submitted: 'submitted',
  flagged: 'flagged',
  accepted: 'accepted',
};

const STEP_WORDS: Record<AuditRequestStep, string> = {
  submit: 'submitted',
  accept: 'accepted',
  flag: 'flagged',
};

/**
 * The status after a step, or why it cannot be taken: only an open or flagged request can be
 * (re)submitted, and only a submitted one can be accepted or flagged.
 */
export function requestTransition(
  from: AuditRequestStatus,
  step: AuditRequestStep,
): { to: AuditRequestStatus } | { refused: string } {
  if (step === 'submit') {
    if (from === 'open' || from === 'flagged') return { to: 'submitted' };
    return {
      refused:
        from === 'accepted'
          ? 'the request is already accepted and cannot be submitted again'
          : 'the request is already submitted and waits for the auditor',
    };
  }
  if (from === 'submitted') return { to: step === 'accept' ? 'accepted' : 'flagged' };
  const why =
    from === 'accepted'
      ? 'it is already accepted'
      : from === 'flagged'
        ? 'it is flagged and waits for the company to answer'
        : 'the company has not submitted it yet';
  return { refused: `the request cannot be ${STEP_WORDS[step]}: ${why}` };
}

/** Whether a request is overdue on `today`: due before today and not yet accepted. */
export function requestOverdue(r: { dueDate: string | null; status: AuditRequestStatus }, today: string) {
  return r.dueDate !== null && r.dueDate < today && r.status !== 'accepted';
}

/** Who the request waits on. */
export function waitingOn(status: AuditRequestStatus): 'company' | 'auditor' | null {
  if (status === 'submitted') return 'auditor';
  if (status === 'accepted') return null;
  return 'company';
}

/** The fields of a request list; reference and description are required. */
export const REQUEST_LIST_FIELDS = [
  'reference',
  'description',
  'controls',
  'criteria',
  'due_date',
  'assignee',
] as const;
export type RequestListField = (typeof REQUEST_LIST_FIELDS)[number];

/** Each field in a customer's words, and the header names auditors' lists usually use. */
export const REQUEST_LIST_COLUMNS: readonly {
  field: RequestListField;
  label: string;
  required: boolean;
  headers: string[];
}[] = [
  {
    field: 'reference',
    label: 'reference',
    required: true,
    headers: ['Reference', 'Request ID', 'Ref', 'ID', 'PBC #', 'Request #'],
  },
  {
    field: 'description',
    label: 'description',
    required: true,
    headers: ['Description', 'Request', 'Request Description', 'Item Requested', 'Details'],
  },
  {
    field: 'controls',
    label: 'controls',
    required: false,
    headers: ['Controls', 'Control', 'Control ID', 'Control Reference'],
  },
  {
    field: 'criteria',
    label: 'criteria',
    required: false,
    headers: ['Criteria', 'Criterion', 'TSC', 'Trust Services Criteria'],
  },
  {
    field: 'due_date',
    label: 'due date',
    required: false,
    headers: ['Due Date', 'Due', 'Date Due', 'Requested By'],
  },
  {
    field: 'assignee',
    label: 'assignee email',
    required: false,
    headers: ['Assignee', 'Assignee Email', 'Owner', 'Owner Email', 'Client Contact'],
  },
];

/** One request as the list says it, before its controls and assignee are matched. */
export interface RequestListRow {
  line: number;
  reference: string;
  description: string;
  /** Control codes as written (e.g. "AC-01"). */
  controls: string[];
  criteria: string[];
  dueDate: string | null;
  assigneeEmail: string | null;
}

const list = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== '');

function fail(fileName: string, where: string, message: string): VigilError {
  return invalid('file', `${fileName}: ${where}: ${message}`);
}

/**
 * Reads an auditor's request list from its records (`parseCsv`, or a worksheet's rows), the first
 * being the header. `columns` names the file's own column for a field, over the usual names.
 * Throws naming the file and the column for a missing column, or the line and field for an empty
 * reference or description, a repeated reference or a date that is not one.
 */
export function readRequestList(
  fileName: string,
  records: readonly { line: number; cells: string[] }[],
  columns: Partial<Record<RequestListField, string>> = {},
): RequestListRow[] {
  const [header, ...body] = records;
  if (!header) throw fail(fileName, 'line 1', 'the file is empty (expected a header row and requests)');
  const at = resolveColumns(fileName, header.cells, REQUEST_LIST_COLUMNS, columns);
  const rows: RequestListRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of body) {
    if (rec.cells.every((c) => c.trim() === '')) continue;
    const get = (f: RequestListField) => {
      const c = at.get(f);
      return c ? (rec.cells[c.index] ?? '').trim() : '';
    };
    const where = (f: RequestListField) => `line ${rec.line}, column "${at.get(f)!.name}"`;
    const reference = get('reference');
    if (!reference) throw fail(fileName, where('reference'), 'is empty (expected the request reference)');
    if (reference.length > 100) throw fail(fileName, where('reference'), 'is longer than 100 characters');
    const description = get('description');
    if (!description) throw fail(fileName, where('description'), 'is empty (expected what is requested)');
    const first = seen.get(norm(reference));
    if (first !== undefined) {
      throw fail(fileName, `line ${rec.line}`, `repeats the reference "${reference}" of line ${first}`);
    }
    seen.set(norm(reference), rec.line);
    let dueDate: string | null = null;
    const rawDate = get('due_date');
    if (rawDate) {
      const d = parseLmsDate(rawDate, 'mdy');
      if (typeof d !== 'string') throw fail(fileName, where('due_date'), d.error);
      dueDate = d;
    }
    const email = get('assignee').toLowerCase();
    if (email && !/^[^@\s]+@[^@\s]+$/.test(email)) {
      throw fail(fileName, where('assignee'), `"${get('assignee')}" is not an email address`);
    }
    rows.push({
      line: rec.line,
      reference,
      description,
      controls: list(get('controls')),
      criteria: list(get('criteria')).map((c) => c.toUpperCase()),
      dueDate,
      assigneeEmail: email || null,
    });
  }
  if (rows.length === 0) throw fail(fileName, 'line 2', 'the file has a header but no requests');
  return rows;
}

/** A request ready to store: its controls and assignee matched to the organization's. */
export interface ResolvedRequestRow extends RequestListRow {
  controlIds: string[];
  assigneeId: string | null;
}

/**
 * Matches each row's control codes and assignee email to the organization's controls and members.
 * Throws naming the line and field for an unknown control, criterion or assignee.
 */
export function resolveRequestList(
  fileName: string,
  rows: readonly RequestListRow[],
  controlsByCode: ReadonlyMap<string, string>,
  membersByEmail: ReadonlyMap<string, string>,
  knownCriteria: ReadonlySet<string>,
): ResolvedRequestRow[] {
  return rows.map((r) => {
    const controlIds = r.controls.map((code) => {
      const id = controlsByCode.get(code.toUpperCase());
      if (!id)
        throw fail(fileName, `line ${r.line}, controls`, `"${code}" is not a control of this organization`);
      return id;
    });
    for (const c of r.criteria) {
      if (!knownCriteria.has(c))
        throw fail(fileName, `line ${r.line}, criteria`, `"${c}" is not a SOC 2 criterion`);
    }
    let assigneeId: string | null = null;
    if (r.assigneeEmail) {
      assigneeId = membersByEmail.get(r.assigneeEmail) ?? null;
      if (!assigneeId) {
        throw fail(
          fileName,
          `line ${r.line}, assignee`,
          `"${r.assigneeEmail}" is not a member of this organization`,
        );
      }
    }
    return { ...r, controlIds: [...new Set(controlIds)], assigneeId };
  });
}
