ALTER TABLE "alert_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "alert_outbox" ADD COLUMN "delivered_channel_ids" uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_supersedes_idx" ON "evidence" USING btree ("supersedes_id");