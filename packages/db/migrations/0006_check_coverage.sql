CREATE TABLE "check_coverage" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "check_coverage_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"org_id" uuid NOT NULL,
	"check_id" text NOT NULL,
	"from" timestamp with time zone NOT NULL,
	"to" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "check_coverage" ADD CONSTRAINT "check_coverage_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_coverage_check_idx" ON "check_coverage" USING btree ("org_id","check_id","from");--> statement-breakpoint
CREATE UNIQUE INDEX "check_coverage_open_idx" ON "check_coverage" USING btree ("org_id","check_id") WHERE "check_coverage"."to" is null;--> statement-breakpoint
CREATE INDEX "check_intervals_fail_idx" ON "check_intervals" USING btree ("org_id","check_id","from") WHERE "check_intervals"."status" = 'fail';--> statement-breakpoint
-- Backfill (hand-written): each check's passing and failing intervals merged into continuous spans
-- (touching ones join); a span starts where an interval begins after every earlier one has ended.
INSERT INTO "check_coverage" ("org_id", "check_id", "from", "to")
SELECT "org_id", "check_id", min("from"), CASE WHEN bool_or("to" IS NULL) THEN NULL ELSE max("to") END
FROM (
	SELECT *, sum(CASE WHEN "starts" THEN 1 ELSE 0 END) OVER (
		PARTITION BY "org_id", "check_id" ORDER BY "from", "to" NULLS LAST ROWS UNBOUNDED PRECEDING
	) AS "span"
	FROM (
		SELECT "org_id", "check_id", "from", "to",
			coalesce("from" > max(coalesce("to", 'infinity')) OVER (
				PARTITION BY "org_id", "check_id" ORDER BY "from", "to" NULLS LAST
				ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
			), true) AS "starts"
		FROM "check_intervals"
		WHERE "status" IN ('pass', 'fail') AND ("to" IS NULL OR "to" > "from")
	) AS "marked"
) AS "spans"
GROUP BY "org_id", "check_id", "span";
