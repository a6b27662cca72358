CREATE TABLE "access_review_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"system_key" text NOT NULL,
	"system_name" text NOT NULL,
	"resource_id" uuid,
	"account_key" text NOT NULL,
	"account" text NOT NULL,
	"display_name" text,
	"email" text,
	"roles" text[] NOT NULL,
	"privileged" boolean NOT NULL,
	"mfa" boolean,
	"last_login_at" timestamp with time zone,
	"never_logged_in" boolean DEFAULT false NOT NULL,
	"enabled" boolean,
	"person_id" uuid,
	"person_name" text,
	"owner_user_id" uuid,
	"flags" text[] NOT NULL,
	"reviewer_user_id" uuid,
	"decision" text,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"verified_note" text,
	"overdue_alerted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "access_review_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"reviewer_mode" text NOT NULL,
	"systems" jsonb NOT NULL,
	"due_date" date NOT NULL,
	"recurrence" text NOT NULL,
	"remediation_days" integer NOT NULL,
	"snapshot_hash" text,
	"account_count" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone,
	"started_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"report_csv_evidence_id" uuid,
	"report_pdf_evidence_id" uuid,
	"previous_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_review_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"system_name" text NOT NULL,
	"system_key" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"accounts" jsonb NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_review_accounts" ADD CONSTRAINT "access_review_accounts_campaign_id_access_review_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."access_review_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_review_campaigns" ADD CONSTRAINT "access_review_campaigns_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_review_campaigns" ADD CONSTRAINT "access_review_campaigns_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_review_campaigns" ADD CONSTRAINT "access_review_campaigns_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_review_campaigns" ADD CONSTRAINT "access_review_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_review_uploads" ADD CONSTRAINT "access_review_uploads_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_review_uploads" ADD CONSTRAINT "access_review_uploads_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_review_accounts_campaign_idx" ON "access_review_accounts" USING btree ("campaign_id","system_key");--> statement-breakpoint
CREATE INDEX "access_review_accounts_reviewer_idx" ON "access_review_accounts" USING btree ("org_id","reviewer_user_id") WHERE "access_review_accounts"."decision" is null;--> statement-breakpoint
CREATE INDEX "access_review_accounts_open_remediation_idx" ON "access_review_accounts" USING btree ("org_id") WHERE "access_review_accounts"."decision" in ('revoke', 'modify') and "access_review_accounts"."verified_at" is null;--> statement-breakpoint
CREATE INDEX "access_review_campaigns_org_idx" ON "access_review_campaigns" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "access_review_uploads_system_idx" ON "access_review_uploads" USING btree ("org_id","system_key","created_at");