-- Engagement stages are now planning, observation, reporting, completed: the two renamed values keep
-- every stored row (fieldwork reads observation, closed reads completed), in the same enum order.
ALTER TYPE "public"."engagement_status" RENAME VALUE 'fieldwork' TO 'observation';--> statement-breakpoint
ALTER TYPE "public"."engagement_status" RENAME VALUE 'closed' TO 'completed';
