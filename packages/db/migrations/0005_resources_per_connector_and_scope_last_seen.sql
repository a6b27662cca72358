CREATE TABLE "resource_scopes" (
	"org_id" uuid NOT NULL,
	"source" text NOT NULL,
	"connector_id" uuid,
	"type" text NOT NULL,
	"last_swept_at" timestamp with time zone NOT NULL,
	"run_id" uuid,
	CONSTRAINT "resource_scopes_identity" UNIQUE NULLS NOT DISTINCT("org_id","source","connector_id","type")
);
--> statement-breakpoint
DROP INDEX "resources_identity_idx";--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "connector_id" uuid;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "states_hash" text;--> statement-breakpoint
ALTER TABLE "resource_scopes" ADD CONSTRAINT "resource_scopes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_identity" UNIQUE NULLS NOT DISTINCT("org_id","source","connector_id","type","external_id");--> statement-breakpoint
-- Backfill (hand-written): a resource belongs to the connector of the run that last opened one of its intervals.
UPDATE "resources" r SET "connector_id" = x."connector_id"
FROM (
	SELECT DISTINCT ON (ci."resource_id") ci."resource_id", ru."connector_id"
	FROM "check_intervals" ci JOIN "runs" ru ON ru."id" = ci."run_id"
	ORDER BY ci."resource_id", ci."from" DESC, ci."id" DESC
) x
WHERE x."resource_id" = r."id" AND x."connector_id" IS NOT NULL;--> statement-breakpoint
-- Until now every sweep rewrote last_seen of every present resource: the latest one is the scope's last sweep.
INSERT INTO "resource_scopes" ("org_id", "source", "connector_id", "type", "last_swept_at")
SELECT "org_id", "source", "connector_id", "type", max("last_seen") FROM "resources"
GROUP BY "org_id", "source", "connector_id", "type";
