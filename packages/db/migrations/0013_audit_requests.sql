CREATE TYPE "public"."audit_request_source" AS ENUM('imported', 'generated', 'sample');--> statement-breakpoint
CREATE TYPE "public"."audit_request_status" AS ENUM('open', 'submitted', 'flagged', 'accepted');--> statement-breakpoint
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
CREATE INDEX "audit_request_comments_request_idx" ON "audit_request_comments" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_requests_reference_unique" ON "audit_requests" USING btree ("engagement_id","reference");--> statement-breakpoint
CREATE INDEX "audit_requests_org_idx" ON "audit_requests" USING btree ("org_id","engagement_id","status");