CREATE TYPE "public"."audit_control_result" AS ENUM('not_tested', 'effective', 'exception');--> statement-breakpoint
CREATE TYPE "public"."audit_finding_status" AS ENUM('open', 'remediated', 'closed');--> statement-breakpoint
CREATE TYPE "public"."internal_audit_status" AS ENUM('planned', 'in_progress', 'completed');--> statement-breakpoint
CREATE TABLE "incident_risks" (
	"incident_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	CONSTRAINT "incident_risks_incident_id_risk_id_pk" PRIMARY KEY("incident_id","risk_id")
);
--> statement-breakpoint
CREATE TABLE "internal_audit_controls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"control_id" uuid NOT NULL,
	"result" "audit_control_result" DEFAULT 'not_tested' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"evidence_ids" uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"control_id" uuid,
	"description" text NOT NULL,
	"owner_id" uuid,
	"due_date" date,
	"remediation" text DEFAULT '' NOT NULL,
	"status" "audit_finding_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"planned_date" date NOT NULL,
	"auditor_id" uuid,
	"status" "internal_audit_status" DEFAULT 'planned' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"previous_audit_id" uuid,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readiness_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"taken_on" date NOT NULL,
	"content" text NOT NULL,
	"content_sha256" text NOT NULL,
	"taken_by" uuid,
	"taken_by_label" text NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incident_risks" ADD CONSTRAINT "incident_risks_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_risks" ADD CONSTRAINT "incident_risks_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_controls" ADD CONSTRAINT "internal_audit_controls_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_controls" ADD CONSTRAINT "internal_audit_controls_audit_id_internal_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."internal_audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_controls" ADD CONSTRAINT "internal_audit_controls_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_findings" ADD CONSTRAINT "internal_audit_findings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_findings" ADD CONSTRAINT "internal_audit_findings_audit_id_internal_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."internal_audits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_findings" ADD CONSTRAINT "internal_audit_findings_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audit_findings" ADD CONSTRAINT "internal_audit_findings_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_auditor_id_users_id_fk" FOREIGN KEY ("auditor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_audits" ADD CONSTRAINT "internal_audits_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_snapshots" ADD CONSTRAINT "readiness_snapshots_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_snapshots" ADD CONSTRAINT "readiness_snapshots_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_risks_risk_idx" ON "incident_risks" USING btree ("risk_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_controls_unique" ON "internal_audit_controls" USING btree ("audit_id","control_id");--> statement-breakpoint
CREATE INDEX "internal_audit_findings_org_idx" ON "internal_audit_findings" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "internal_audits_org_idx" ON "internal_audits" USING btree ("org_id","planned_date");--> statement-breakpoint
CREATE INDEX "readiness_snapshots_org_idx" ON "readiness_snapshots" USING btree ("org_id","taken_at");--> statement-breakpoint
-- A readiness snapshot is evidence of a date: the application never updates one and this trigger
-- makes an accidental UPDATE fail loudly. Deleting the user who took it may still clear taken_by.
CREATE FUNCTION readiness_snapshots_refuse_update() RETURNS trigger AS $$
BEGIN
  IF NEW.taken_by IS NULL AND (to_jsonb(NEW) - 'taken_by') = (to_jsonb(OLD) - 'taken_by') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a readiness snapshot is immutable (UPDATE refused); take a new assessment';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER readiness_snapshots_immutable
  BEFORE UPDATE ON readiness_snapshots
  FOR EACH ROW EXECUTE FUNCTION readiness_snapshots_refuse_update();
