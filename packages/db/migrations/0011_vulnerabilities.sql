CREATE TYPE "public"."pen_test_retest_result" AS ENUM('fixed', 'not_fixed');--> statement-breakpoint
CREATE TYPE "public"."vuln_sla_severity" AS ENUM('critical', 'high', 'medium', 'low');--> statement-breakpoint
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
CREATE INDEX "pen_test_findings_test_idx" ON "pen_test_findings" USING btree ("org_id","pen_test_id");--> statement-breakpoint
CREATE INDEX "pen_tests_org_idx" ON "pen_tests" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "vuln_exceptions_org_idx" ON "vuln_exceptions" USING btree ("org_id","resource_id");--> statement-breakpoint
CREATE INDEX "vuln_sla_policies_org_idx" ON "vuln_sla_policies" USING btree ("org_id","effective_at");