ALTER TABLE "runs" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "runs_running_idx" ON "runs" USING btree ("started_at") WHERE "runs"."status" = 'running';