CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"spec" jsonb NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "quiet_hours" jsonb;--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "timezone" text;--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "reminder_times" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "reminders_sent" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "schedules_state_idx" ON "schedules" USING btree ("state");--> statement-breakpoint
CREATE INDEX "checkins_schedule_due_idx" ON "checkins" USING btree ("schedule_id","due_at");