// Public entry point of @vigil/catalog: static SOC 2 reference data (categories, criteria, report kinds, system
// component kinds and a control library) plus pure lookup helpers. All text is Vigil's own wording.
export * from './activity-templates.ts';
export { CATEGORIES, CRITERION_GROUPS } from './categories.ts';
export { CONTROL_TEMPLATES } from './control-library.ts';
export { CRITERIA } from './criteria.ts';
export {
  categoryOfCriterion,
  criteriaForCategories,
  criterionById,
  templatesForCategories,
} from './lookups.ts';
export * from './policy-templates/index.ts';
export { REPORT_KINDS, REPORT_TYPES } from './reports.ts';
export * from './risk-library.ts';
export {
  type Category,
  type CategoryCode,
  CategoryCodeSchema,
  type CategoryId,
  CategoryIdSchema,
  CategorySchema,
  type ComponentKind,
  type ComponentKindInfo,
  ComponentKindInfoSchema,
  ComponentKindSchema,
  type ControlKind,
  ControlKindSchema,
  type ControlTemplate,
  ControlTemplateIdSchema,
  ControlTemplateSchema,
  type Criterion,
  type CriterionGroup,
  CriterionGroupIdSchema,
  CriterionGroupSchema,
  CriterionIdSchema,
  CriterionSchema,
  type Frequency,
  FrequencySchema,
  type OwnerRole,
  OwnerRoleSchema,
  type ReportKind,
  type ReportKindId,
  ReportKindIdSchema,
  ReportKindSchema,
  type ReportType,
  type ReportTypeId,
  ReportTypeIdSchema,
  ReportTypeSchema,
} from './schemas.ts';
export { COMPONENT_KINDS } from './system-components.ts';
