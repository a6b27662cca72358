CREATE TABLE "incident_risks" (
	"incident_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	CONSTRAINT "incident_risks_incident_id_risk_id_pk" PRIMARY KEY("incident_id","risk_id")
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
ALTER TABLE "readiness_snapshots" ADD CONSTRAINT "readiness_snapshots_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readiness_snapshots" ADD CONSTRAINT "readiness_snapshots_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_risks_risk_idx" ON "incident_risks" USING btree ("risk_id");--> statement-breakpoint
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
