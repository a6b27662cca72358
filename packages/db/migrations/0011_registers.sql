CREATE TYPE "public"."continuity_test_kind" AS ENUM('backup_restore', 'dr_failover');--> statement-breakpoint
CREATE TYPE "public"."exercise_action_status" AS ENUM('open', 'done');--> statement-breakpoint
CREATE TYPE "public"."tabletop_scenario" AS ENUM('breach', 'ransomware', 'insider', 'phishing', 'outage', 'vendor_failure', 'custom');--> statement-breakpoint
CREATE TYPE "public"."incident_source" AS ENUM('internal', 'external', 'monitoring_alert');--> statement-breakpoint
CREATE TYPE "public"."incident_status" AS ENUM('new', 'triaged', 'contained', 'resolved', 'closed', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."risk_assessment_status" AS ENUM('pending', 'approved');--> statement-breakpoint
CREATE TYPE "public"."risk_category" AS ENUM('security', 'availability', 'confidentiality', 'privacy', 'processing_integrity', 'fraud', 'vendor', 'change', 'compliance', 'operational', 'people');--> statement-breakpoint
CREATE TYPE "public"."risk_status" AS ENUM('open', 'treating', 'accepted', 'closed');--> statement-breakpoint
CREATE TYPE "public"."risk_treatment" AS ENUM('mitigate', 'accept', 'transfer', 'avoid');--> statement-breakpoint
CREATE TYPE "public"."subservice_method" AS ENUM('carve_out', 'inclusive');--> statement-breakpoint
CREATE TYPE "public"."vendor_data_access" AS ENUM('none', 'low', 'moderate', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."vendor_impact" AS ENUM('low', 'moderate', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."vendor_report_kind" AS ENUM('soc2_type1', 'soc2_type2', 'soc1', 'iso27001', 'pentest');--> statement-breakpoint
CREATE TYPE "public"."vendor_report_opinion" AS ENUM('unqualified', 'qualified', 'adverse', 'disclaimer', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."vendor_residual_risk" AS ENUM('low', 'moderate', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."vendor_review_conclusion" AS ENUM('approve', 'conditional', 'reject');--> statement-breakpoint
CREATE TYPE "public"."vendor_review_status" AS ENUM('open', 'completed');--> statement-breakpoint
CREATE TYPE "public"."vendor_status" AS ENUM('prospective', 'active', 'offboarding', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."vendor_tier" AS ENUM('low', 'moderate', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."pen_test_retest_result" AS ENUM('fixed', 'not_fixed');--> statement-breakpoint
CREATE TYPE "public"."vuln_sla_severity" AS ENUM('critical', 'high', 'medium', 'low');--> statement-breakpoint
CREATE TABLE "change_justifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"repository" text NOT NULL,
	"number" integer NOT NULL,
	"reason" text NOT NULL,
	"approver" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "continuity_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "continuity_test_kind" NOT NULL,
	"performed_on" date NOT NULL,
	"subject" text NOT NULL,
	"target_rto_minutes" integer,
	"achieved_rto_minutes" integer,
	"target_rpo_minutes" integer,
	"achieved_rpo_minutes" integer,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"evidence_ids" uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"tabletop_id" uuid,
	"continuity_test_id" uuid,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_date" date,
	"status" "exercise_action_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tabletop_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"scenario" "tabletop_scenario" NOT NULL,
	"scenario_description" text DEFAULT '' NOT NULL,
	"held_on" date NOT NULL,
	"facilitator_id" uuid,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_empty_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"from" date NOT NULL,
	"to" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"attested_by" uuid,
	"attested_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_timeline" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"severity" text NOT NULL,
	"source" "incident_source" NOT NULL,
	"status" "incident_status" DEFAULT 'new' NOT NULL,
	"occurred_at" timestamp with time zone,
	"detected_at" timestamp with time zone NOT NULL,
	"reported_at" timestamp with time zone,
	"affected_system_ids" uuid[] DEFAULT '{}' NOT NULL,
	"affected_data" text DEFAULT '' NOT NULL,
	"customers_must_be_notified" boolean DEFAULT false NOT NULL,
	"customers_notify_by" timestamp with time zone,
	"customers_notified_at" timestamp with time zone,
	"authorities_must_be_notified" boolean DEFAULT false NOT NULL,
	"authorities_notify_by" timestamp with time zone,
	"authorities_notified_at" timestamp with time zone,
	"root_cause" text,
	"lessons_learned" text,
	"dismissal_reason" text,
	"significant" boolean DEFAULT false NOT NULL,
	"control_ids" uuid[] DEFAULT '{}' NOT NULL,
	"evidence_ids" uuid[] DEFAULT '{}' NOT NULL,
	"promoted_from" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"content" text NOT NULL,
	"content_sha256" text NOT NULL,
	"status" "risk_assessment_status" DEFAULT 'pending' NOT NULL,
	"taken_by" uuid,
	"taken_by_label" text NOT NULL,
	"approved_by" uuid,
	"approved_by_label" text,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_controls" (
	"risk_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	CONSTRAINT "risk_controls_risk_id_control_id_pk" PRIMARY KEY("risk_id","control_id")
);
--> statement-breakpoint
CREATE TABLE "risk_evidence" (
	"risk_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	CONSTRAINT "risk_evidence_risk_id_evidence_id_pk" PRIMARY KEY("risk_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "risk_matrices" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"likelihood" jsonb NOT NULL,
	"impact" jsonb NOT NULL,
	"levels" jsonb NOT NULL,
	"grid" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_reassessment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_assessment_id" uuid
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" "risk_category" NOT NULL,
	"template_id" text,
	"components" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_id" uuid,
	"inherent_likelihood" integer NOT NULL,
	"inherent_impact" integer NOT NULL,
	"current_likelihood" integer NOT NULL,
	"current_impact" integer NOT NULL,
	"target_likelihood" integer NOT NULL,
	"target_impact" integer NOT NULL,
	"treatment" "risk_treatment" DEFAULT 'mitigate' NOT NULL,
	"status" "risk_status" DEFAULT 'open' NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"acceptance_justification" text,
	"acceptance_expires_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"kind" "vendor_report_kind" NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"issued_on" date,
	"auditor" text DEFAULT '' NOT NULL,
	"opinion" "vendor_report_opinion" NOT NULL,
	"exceptions" text DEFAULT '' NOT NULL,
	"assessment" text DEFAULT '' NOT NULL,
	"evidence_id" uuid,
	"file_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"reviewer_user_id" uuid,
	"status" "vendor_review_status" DEFAULT 'open' NOT NULL,
	"conclusion" "vendor_review_conclusion",
	"residual_risk" "vendor_residual_risk",
	"notes" text DEFAULT '' NOT NULL,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"services" text DEFAULT '' NOT NULL,
	"data_access" "vendor_data_access" NOT NULL,
	"business_impact" "vendor_impact" NOT NULL,
	"part_of_system" boolean DEFAULT false NOT NULL,
	"sub_processor" boolean DEFAULT false NOT NULL,
	"computed_tier" "vendor_tier" NOT NULL,
	"tier_override" "vendor_tier",
	"tier_override_reason" text,
	"owner_user_id" uuid,
	"status" "vendor_status" DEFAULT 'prospective' NOT NULL,
	"contract_start" date,
	"contract_end" date,
	"dpa_signed_on" date,
	"parent_id" uuid,
	"subservice_method" "subservice_method",
	"csocs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cuecs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pen_test_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"pen_test_id" uuid NOT NULL,
	"identifier" text,
	"title" text NOT NULL,
	"severity" "vuln_sla_severity" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"vendor_status" text,
	"detected_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"remediated_on" date,
	"retest_on" date,
	"retest_result" "pen_test_retest_result",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pen_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"vendor" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"report_evidence_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vuln_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"requester_id" uuid,
	"approver_id" uuid,
	"approved_at" timestamp with time zone,
	"justification" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vuln_sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"critical_days" integer NOT NULL,
	"high_days" integer NOT NULL,
	"medium_days" integer NOT NULL,
	"low_days" integer NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_justifications" ADD CONSTRAINT "change_justifications_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_justifications" ADD CONSTRAINT "change_justifications_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuity_tests" ADD CONSTRAINT "continuity_tests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_actions" ADD CONSTRAINT "exercise_actions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_actions" ADD CONSTRAINT "exercise_actions_tabletop_id_tabletop_exercises_id_fk" FOREIGN KEY ("tabletop_id") REFERENCES "public"."tabletop_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_actions" ADD CONSTRAINT "exercise_actions_continuity_test_id_continuity_tests_id_fk" FOREIGN KEY ("continuity_test_id") REFERENCES "public"."continuity_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_actions" ADD CONSTRAINT "exercise_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tabletop_exercises" ADD CONSTRAINT "tabletop_exercises_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tabletop_exercises" ADD CONSTRAINT "tabletop_exercises_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_empty_periods" ADD CONSTRAINT "incident_empty_periods_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_empty_periods" ADD CONSTRAINT "incident_empty_periods_attested_by_users_id_fk" FOREIGN KEY ("attested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_follow_ups" ADD CONSTRAINT "incident_follow_ups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_follow_ups" ADD CONSTRAINT "incident_follow_ups_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_follow_ups" ADD CONSTRAINT "incident_follow_ups_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_timeline" ADD CONSTRAINT "incident_timeline_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_timeline" ADD CONSTRAINT "incident_timeline_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_controls" ADD CONSTRAINT "risk_controls_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_controls" ADD CONSTRAINT "risk_controls_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_evidence" ADD CONSTRAINT "risk_evidence_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_evidence" ADD CONSTRAINT "risk_evidence_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_matrices" ADD CONSTRAINT "risk_matrices_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reassessment_requests" ADD CONSTRAINT "risk_reassessment_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reassessment_requests" ADD CONSTRAINT "risk_reassessment_requests_closed_by_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("closed_by_assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reviews" ADD CONSTRAINT "vendor_reviews_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reviews" ADD CONSTRAINT "vendor_reviews_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reviews" ADD CONSTRAINT "vendor_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pen_test_findings" ADD CONSTRAINT "pen_test_findings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pen_test_findings" ADD CONSTRAINT "pen_test_findings_pen_test_id_pen_tests_id_fk" FOREIGN KEY ("pen_test_id") REFERENCES "public"."pen_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pen_tests" ADD CONSTRAINT "pen_tests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pen_tests" ADD CONSTRAINT "pen_tests_report_evidence_id_evidence_id_fk" FOREIGN KEY ("report_evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vuln_exceptions" ADD CONSTRAINT "vuln_exceptions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vuln_exceptions" ADD CONSTRAINT "vuln_exceptions_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vuln_exceptions" ADD CONSTRAINT "vuln_exceptions_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vuln_exceptions" ADD CONSTRAINT "vuln_exceptions_approver_id_users_id_fk" FOREIGN KEY ("approver_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vuln_sla_policies" ADD CONSTRAINT "vuln_sla_policies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vuln_sla_policies" ADD CONSTRAINT "vuln_sla_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "change_justifications_change_idx" ON "change_justifications" USING btree ("org_id","repository","number");--> statement-breakpoint
CREATE INDEX "change_justifications_org_idx" ON "change_justifications" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "continuity_tests_org_idx" ON "continuity_tests" USING btree ("org_id","performed_on");--> statement-breakpoint
CREATE INDEX "exercise_actions_org_idx" ON "exercise_actions" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "tabletop_exercises_org_idx" ON "tabletop_exercises" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "incident_follow_ups_owner_idx" ON "incident_follow_ups" USING btree ("org_id","owner_id","due_date");--> statement-breakpoint
CREATE INDEX "incident_timeline_incident_idx" ON "incident_timeline" USING btree ("incident_id","at");--> statement-breakpoint
CREATE INDEX "incidents_org_detected_idx" ON "incidents" USING btree ("org_id","detected_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_org_idx" ON "risk_assessments" USING btree ("org_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_reassessment_open_idx" ON "risk_reassessment_requests" USING btree ("org_id","reason") WHERE closed_at is null;--> statement-breakpoint
CREATE INDEX "risks_org_idx" ON "risks" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "risks_acceptance_idx" ON "risks" USING btree ("status","acceptance_expires_on");--> statement-breakpoint
CREATE INDEX "vendor_reports_vendor_idx" ON "vendor_reports" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_reviews_vendor_idx" ON "vendor_reviews" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_reviews_org_idx" ON "vendor_reviews" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "vendors_org_idx" ON "vendors" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "pen_test_findings_test_idx" ON "pen_test_findings" USING btree ("org_id","pen_test_id");--> statement-breakpoint
CREATE INDEX "pen_tests_org_idx" ON "pen_tests" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "vuln_exceptions_org_idx" ON "vuln_exceptions" USING btree ("org_id","resource_id");--> statement-breakpoint
CREATE INDEX "vuln_sla_policies_org_idx" ON "vuln_sla_policies" USING btree ("org_id","effective_at");