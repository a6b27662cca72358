CREATE TYPE "public"."person_source" AS ENUM('roster', 'manual');--> statement-breakpoint
CREATE TYPE "public"."person_status" AS ENUM('active', 'on_leave', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."worker_type" AS ENUM('employee', 'contractor');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'employee';--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT ARRAY[]::text[] NOT NULL,
	"worker_type" "worker_type" DEFAULT 'employee' NOT NULL,
	"department" text,
	"title" text,
	"manager_id" uuid,
	"start_date" date,
	"end_date" date,
	"status" "person_status" DEFAULT 'active' NOT NULL,
	"in_scope" boolean DEFAULT true NOT NULL,
	"scope_justification" text,
	"source" "person_source" NOT NULL,
	"source_connector_id" uuid,
	"employee_id" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_source_connector_id_connectors_id_fk" FOREIGN KEY ("source_connector_id") REFERENCES "public"."connectors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "people_org_email_idx" ON "people" USING btree ("org_id",lower("email"));--> statement-breakpoint
CREATE INDEX "people_org_status_idx" ON "people" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "people_user_idx" ON "people" USING btree ("user_id");