CREATE TABLE "incident_risks" (
	"incident_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	CONSTRAINT "incident_risks_incident_id_risk_id_pk" PRIMARY KEY("incident_id","risk_id")
);
--> statement-breakpoint
ALTER TABLE "incident_risks" ADD CONSTRAINT "incident_risks_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_risks" ADD CONSTRAINT "incident_risks_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_risks_risk_idx" ON "incident_risks" USING btree ("risk_id");