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
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reports" ADD CONSTRAINT "vendor_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reviews" ADD CONSTRAINT "vendor_reviews_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reviews" ADD CONSTRAINT "vendor_reviews_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_reviews" ADD CONSTRAINT "vendor_reviews_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vendor_reports_vendor_idx" ON "vendor_reports" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_reviews_vendor_idx" ON "vendor_reviews" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_reviews_org_idx" ON "vendor_reviews" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "vendors_org_idx" ON "vendors" USING btree ("org_id","name");