import { z } from 'zod';

// Every catalog shape is a zod schema so the same definition drives runtime validation (tests, imports of
// customised catalogs) and the static types; the types below are always inferred, never hand-written.

const text = z.string().min(1);

/** The five trust services categories; security (the common criteria) is the mandatory one. */
export const CategoryIdSchema = z.enum([
  'security',
  'availability',
  'processing_integrity',
  'confidentiality',
  'privacy',
]);
/** Identifier of a trust services category. */
export type CategoryId = z.infer<typeof CategoryIdSchema>;

/** Short letter code the criteria identifiers use for each category. */
export const CategoryCodeSchema = z.enum(['CC', 'A', 'PI', 'C', 'P']);
/** Letter code of a trust services category. */
export type CategoryCode = z.infer<typeof CategoryCodeSchema>;

/** How often a control is expected to operate; drives scheduling and audit sample sizes. */
export const FrequencySchema = z.enum([
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annual',
  'per_event',
]);
/** How often a control operates. */
export type Frequency = z.infer<typeof FrequencySchema>;

/** Whether a control stops a problem, finds it, or fixes it afterwards. */
export const ControlKindSchema = z.enum(['preventive', 'detective', 'corrective']);
/** Nature of a control. */
export type ControlKind = z.infer<typeof ControlKindSchema>;

/** Default owning function for a control template; deliberately coarse so small teams can map it to people. */
export const OwnerRoleSchema = z.enum([
  'compliance_owner',
  'leadership',
  'security',
  'engineering',
  'it',
  'hr',
  'legal',
  'operations',
  'privacy_officer',
]);
/** Function that owns a control by default. */
export type OwnerRole = z.infer<typeof OwnerRoleSchema>;

/** Kinds of system component a DC 200 system description must cover. */
export const ComponentKindSchema = z.enum([
  'infrastructure',
  'software',
  'data',
  'people',
  'procedures',
  'vendors',
]);
/** Kind of system component. */
export type ComponentKind = z.infer<typeof ComponentKindSchema>;

/** Explanation of one system component kind, used to guide the system description. */
export const ComponentKindInfoSchema = z.object({
  id: ComponentKindSchema,
  name: text,
  description: text,
  examples: z.array(text).min(1),
});
/** Explanation of one system component kind. */
export type ComponentKindInfo = z.infer<typeof ComponentKindInfoSchema>;

/** Criterion identifier such as 'CC6.1', 'A1.2', 'PI1.5' or 'P6.7'. */
export const CriterionIdSchema = z.string().regex(/^(CC[1-9]|A1|C1|PI1|P[1-8])\.[1-9]$/);

/** Criterion group identifier such as 'CC6', 'PI1' or 'P4'. */
export const CriterionGroupIdSchema = z.string().regex(/^(CC[1-9]|A1|C1|PI1|P[1-8])$/);

/** A trust services category with plain-language scoping advice. */
export const CategorySchema = z.object({
  id: CategoryIdSchema,
  code: CategoryCodeSchema,
  name: text,
  alwaysInScope: z.boolean(),
  summary: text,
  whenToInclude: text,
});
/** A trust services category. */
export type Category = z.infer<typeof CategorySchema>;

/** A numbered group of criteria, e.g. CC6 logical and physical access controls. */
export const CriterionGroupSchema = z.object({
  id: CriterionGroupIdSchema,
  name: text,
  category: CategoryIdSchema,
});
/** A group of criteria. */
export type CriterionGroup = z.infer<typeof CriterionGroupSchema>;

/** One trust services criterion, described in Vigil's own words. */
export const CriterionSchema = z.object({
  id: CriterionIdSchema,
  groupId: CriterionGroupIdSchema,
  category: CategoryIdSchema,
  title: text,
  description: text,
  pointsOfFocus: z.array(text).min(3).max(8),
  // Only CC1-CC5 restate COSO 2013 principles, so the other criteria leave this out.
  cosoPrinciple: z.number().int().min(1).max(17).optional(),
});
/** One trust services criterion. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** Control template id: a domain prefix and a two-digit number, e.g. 'AC-01'. Ids are stable once shipped. */
export const ControlTemplateIdSchema = z.string().regex(/^[A-Z]{2,5}-\d{2}$/);

/** A suggested control an organisation can adopt, mapped to the criteria it helps meet. */
export const ControlTemplateSchema = z.object({
  id: ControlTemplateIdSchema,
  title: text,
  description: text,
  ownerRole: OwnerRoleSchema,
  frequency: FrequencySchema,
  kind: ControlKindSchema,
  automatable: z.boolean(),
  suggestedEvidence: z.array(text).min(1).max(4),
  criteria: z.array(CriterionIdSchema).min(1),
});
/** A suggested control. */
export type ControlTemplate = z.infer<typeof ControlTemplateSchema>;

/** The three SOC report families. */
export const ReportKindIdSchema = z.enum(['soc1', 'soc2', 'soc3']);
/** Identifier of a SOC report family. */
export type ReportKindId = z.infer<typeof ReportKindIdSchema>;

/** Plain-language comparison of a SOC report family. */
export const ReportKindSchema = z.object({
  id: ReportKindIdSchema,
  name: text,
  evaluates: text,
  audience: text,
  distribution: text,
  evidence: text,
  period: text,
  whenPossible: text,
});
/** A SOC report family. */
export type ReportKind = z.infer<typeof ReportKindSchema>;

/** The two report types: design at a date, or design and operation over a period. */
export const ReportTypeIdSchema = z.enum(['type1', 'type2']);
/** Identifier of a report type. */
export type ReportTypeId = z.infer<typeof ReportTypeIdSchema>;

/** Plain-language comparison of a report type. */
export const ReportTypeSchema = z.object({
  id: ReportTypeIdSchema,
  name: text,
  evaluates: text,
  period: text,
  evidence: text,
  whenToChoose: text,
});
/** A report type. */
export type ReportType = z.infer<typeof ReportTypeSchema>;
