/**
 * Column presets for HRIS roster exports. Each lists the default field labels the vendor's people
 * report uses, with common variants; a report with other labels is imported with an explicit mapping.
 */
import type { DateOrder } from '../io/values.ts';

/** The roster fields Vigil reads. */
export type HrField =
  | 'email'
  | 'employee_id'
  | 'name'
  | 'first_name'
  | 'last_name'
  | 'status'
  | 'worker_type'
  | 'start_date'
  | 'termination_date'
  | 'manager'
  | 'department';

/** Fields every roster must have: the join key and the dates that make offboarding testable. */
export const REQUIRED_HR_FIELDS: readonly HrField[] = ['email', 'status', 'start_date', 'termination_date'];

/** A vendor layout: header names per field and the date order of its exports. */
export interface HrPreset {
  id: string;
  title: string;
  dateOrder: DateOrder;
  columns: Partial<Record<HrField, readonly string[]>>;
}

/** The built-in presets, in detection order. */
export const HR_PRESETS: readonly HrPreset[] = [
  {
    id: 'bamboohr',
    title: 'BambooHR (custom report)',
    dateOrder: 'mdy',
    columns: {
      email: ['Work Email'],
      employee_id: ['Employee #', 'Employee Number', 'EEID'],
      name: ['Name', 'Full Name', 'Employee Name'],
      first_name: ['First Name'],
      last_name: ['Last Name'],
      status: ['Status'],
      worker_type: ['Employment Status'],
      start_date: ['Hire Date', 'Original Hire Date'],
      termination_date: ['Termination Date'],
      manager: ['Reporting to', 'Supervisor', 'Supervisor Email'],
      department: ['Department'],
    },
  },
  {
    id: 'gusto',
    title: 'Gusto (people report)',
    dateOrder: 'mdy',
    columns: {
      email: ['Work Email', 'Work email', 'Email'],
      employee_id: ['Employee ID'],
      first_name: ['First Name', 'Legal first name'],
      last_name: ['Last Name', 'Legal last name'],
      status: ['Employment Status', 'Status'],
      worker_type: ['Employment Type', 'Employee Type'],
      start_date: ['Start Date', 'Hire Date'],
      termination_date: ['Termination Date', 'Dismissal Date'],
      manager: ['Manager', 'Manager Name'],
      department: ['Department'],
    },
  },
  {
    id: 'rippling',
    title: 'Rippling (employee report)',
    dateOrder: 'mdy',
    columns: {
      email: ['Work Email', 'Work email'],
      employee_id: ['Employee ID', 'Employee Number'],
      name: ['Name', 'Full Name', 'Legal Name'],
      status: ['Employment Status', 'Role State', 'Status'],
      worker_type: ['Employment Type', 'Worker Type'],
      start_date: ['Start Date', 'Start date'],
      termination_date: ['End Date', 'Termination Date'],
      manager: ['Manager', 'Manager Email', 'Manager Work Email'],
      department: ['Department'],
    },
  },
  {
    id: 'workday',
    title: 'Workday (worker report)',
    dateOrder: 'mdy',
    columns: {
      email: ['Email - Primary Work', 'Primary Work Email', 'Work Email'],
      employee_id: ['Employee ID', 'Worker ID'],
      name: ['Worker', 'Legal Name', 'Preferred Name'],
      status: ['Worker Status', 'Active Status', 'Status'],
      worker_type: ['Worker Type', 'Employee Type'],
      start_date: ['Hire Date', 'Original Hire Date'],
      termination_date: ['Termination Date'],
      manager: ['Manager', "Worker's Manager"],
      department: ['Supervisory Organization', 'Department', 'Cost Center'],
    },
  },
  {
    id: 'personio',
    title: 'Personio (employee export)',
    dateOrder: 'dmy',
    columns: {
      email: ['Email', 'E-Mail'],
      employee_id: ['ID', 'Employee ID'],
      first_name: ['First name', 'Vorname'],
      last_name: ['Last name', 'Nachname'],
      status: ['Status'],
      worker_type: ['Employment type', 'Beschäftigungsart'],
      start_date: ['Hire date', 'Eintrittsdatum'],
      termination_date: ['Termination date', 'Austrittsdatum'],
      manager: ['Supervisor', 'Vorgesetzte:r'],
      department: ['Department', 'Abteilung'],
    },
  },
  {
    id: 'vigil',
    title: 'any HR system (Vigil template: email, employment_status, start_date …)',
    dateOrder: 'mdy',
    columns: {
      email: ['email'],
      employee_id: ['employee_id'],
      name: ['name'],
      status: ['employment_status', 'status'],
      worker_type: ['worker_type'],
      start_date: ['start_date'],
      termination_date: ['termination_date'],
      manager: ['manager_email', 'manager'],
      department: ['department'],
    },
  },
];

const ACTIVE = ['active', 'employed', 'current', 'working', 'aktiv', 'full-time', 'part-time'];
const LEAVE = ['leave', 'on leave', 'leave of absence', 'loa', 'parental leave', 'beurlaubt'];
const TERMINATED = [
  'terminated',
  'inactive',
  'former',
  'separated',
  'dismissed',
  'offboarded',
  'ended',
  'terminated employee',
  'inaktiv',
  'ausgeschieden',
];

/** Maps an HRIS status word to active / leave / terminated; anything else (onboarding, custom) is `other`. */
export function normalizeHrStatus(
  raw: string,
  extra?: Partial<Record<'active' | 'leave' | 'terminated', string[]>>,
) {
  const s = raw.trim().toLowerCase();
  const has = (list: string[], more?: string[]) =>
    list.includes(s) || (more ?? []).some((m) => m.trim().toLowerCase() === s);
  if (has(ACTIVE, extra?.active)) return 'active' as const;
  if (has(LEAVE, extra?.leave)) return 'leave' as const;
  if (has(TERMINATED, extra?.terminated)) return 'terminated' as const;
  return 'other' as const;
}
