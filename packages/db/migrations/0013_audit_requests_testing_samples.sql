CREATE TYPE "public"."audit_request_source" AS ENUM('imported', 'generated', 'sample');--> statement-breakpoint
CREATE TYPE "public"."audit_request_status" AS ENUM('open', 'submitted', 'flagged', 'accepted');--> statement-breakpoint
CREATE TYPE "public"."audit_exception_conclusion" AS ENUM('deviation', 'control_not_operating', 'isolated');--> statement-breakpoint
CREATE TYPE "public"."control_test_conclusion" AS ENUM('not_tested', 'no_exceptions', 'exceptions_noted');--> statement-breakpoint
CREATE TYPE "public"."audit_remediation_status" AS ENUM('open', 'in_progress', 'remediated');--> statement-breakpoint
CREATE TABLE "audit_request_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_request_evidence" (
	"request_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_request_evidence_request_id_evidence_id_pk" PRIMARY KEY("request_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "audit_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"description" text NOT NULL,
	"control_ids" uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
	"criteria" text[] DEFAULT ARRAY[]::text[] NOT NULL,
	"due_date" date,
	"assignee_id" uuid,
	"status" "audit_request_status" DEFAULT 'open' NOT NULL,
	"source" "audit_request_source" NOT NULL,
	"sample_id" uuid,
	"flag_reason" text,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"number" bigint NOT NULL,
	"control_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"sample_id" uuid,
	"item_key" text,
	"sample_label" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"cause" text DEFAULT '' NOT NULL,
	"conclusion" "audit_exception_conclusion" DEFAULT 'deviation' NOT NULL,
	"management_response" text DEFAULT '' NOT NULL,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"remediation_owner_id" uuid,
	"remediation_date" date,
	"remediation_status" "audit_remediation_status" DEFAULT 'open' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "control_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	"attributes" text[] DEFAULT ARRAY[]::text[] NOT NULL,
	"procedure" text DEFAULT '' NOT NULL,
	"conclusion" "control_test_conclusion" DEFAULT 'not_tested' NOT NULL,
	"tested_by" uuid,
	"tested_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_populations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"query" text NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"row_count" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_text" text NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "audit_sample_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"sample_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"result" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"population_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	"seed" text NOT NULL,
	"size" integer NOT NULL,
	"basis" text NOT NULL,
	"basis_detail" text NOT NULL,
	"override_reason" text,
	"item_ids" jsonb NOT NULL,
	"drawn_by" uuid,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_size_tables" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"table" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_request_comments" ADD CONSTRAINT "audit_request_comments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_request_comments" ADD CONSTRAINT "audit_request_comments_request_id_audit_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."audit_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_request_comments" ADD CONSTRAINT "audit_request_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_request_evidence" ADD CONSTRAINT "audit_request_evidence_request_id_audit_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."audit_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_request_evidence" ADD CONSTRAINT "audit_request_evidence_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_request_evidence" ADD CONSTRAINT "audit_request_evidence_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_request_evidence" ADD CONSTRAINT "audit_request_evidence_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_requests" ADD CONSTRAINT "audit_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_requests" ADD CONSTRAINT "audit_requests_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_requests" ADD CONSTRAINT "audit_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_exceptions" ADD CONSTRAINT "audit_exceptions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_exceptions" ADD CONSTRAINT "audit_exceptions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_exceptions" ADD CONSTRAINT "audit_exceptions_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_exceptions" ADD CONSTRAINT "audit_exceptions_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_exceptions" ADD CONSTRAINT "audit_exceptions_remediation_owner_id_users_id_fk" FOREIGN KEY ("remediation_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_exceptions" ADD CONSTRAINT "audit_exceptions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_tests" ADD CONSTRAINT "control_tests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_tests" ADD CONSTRAINT "control_tests_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_tests" ADD CONSTRAINT "control_tests_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_tests" ADD CONSTRAINT "control_tests_tested_by_users_id_fk" FOREIGN KEY ("tested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_populations" ADD CONSTRAINT "audit_populations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_populations" ADD CONSTRAINT "audit_populations_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_populations" ADD CONSTRAINT "audit_populations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_sample_results" ADD CONSTRAINT "audit_sample_results_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_sample_results" ADD CONSTRAINT "audit_sample_results_sample_id_audit_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."audit_samples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_sample_results" ADD CONSTRAINT "audit_sample_results_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_samples" ADD CONSTRAINT "audit_samples_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_samples" ADD CONSTRAINT "audit_samples_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_samples" ADD CONSTRAINT "audit_samples_population_id_audit_populations_id_fk" FOREIGN KEY ("population_id") REFERENCES "public"."audit_populations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_samples" ADD CONSTRAINT "audit_samples_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_samples" ADD CONSTRAINT "audit_samples_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_size_tables" ADD CONSTRAINT "sample_size_tables_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_size_tables" ADD CONSTRAINT "sample_size_tables_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_request_comments_request_idx" ON "audit_request_comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_requests_reference_unique" ON "audit_requests" USING btree ("engagement_id","reference");--> statement-breakpoint
CREATE INDEX "audit_requests_org_idx" ON "audit_requests" USING btree ("org_id","engagement_id","status");--> statement-breakpoint
CREATE INDEX "audit_exceptions_engagement_idx" ON "audit_exceptions" USING btree ("engagement_id","control_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_exceptions_number_idx" ON "audit_exceptions" USING btree ("engagement_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "control_tests_engagement_control_idx" ON "control_tests" USING btree ("engagement_id","control_id");--> statement-breakpoint
CREATE INDEX "audit_populations_engagement_idx" ON "audit_populations" USING btree ("org_id","engagement_id","ran_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_sample_results_item_idx" ON "audit_sample_results" USING btree ("sample_id","item_key");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_samples_once_idx" ON "audit_samples" USING btree ("population_id","control_id");--> statement-breakpoint
-- An exception found in an audit is kept for good: remediation is recorded beside it, never by
-- removing it, and this trigger makes an accidental DELETE fail loudly. A delete cascading from the
-- engagement or organization (a nested trigger, depth > 1) still goes through.
CREATE FUNCTION audit_exceptions_refuse_delete() RETURNS trigger AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'an audit exception is never deleted (DELETE refused); record its remediation instead';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_exceptions_keep
  BEFORE DELETE ON audit_exceptions
  FOR EACH ROW EXECUTE FUNCTION audit_exceptions_refuse_delete();
