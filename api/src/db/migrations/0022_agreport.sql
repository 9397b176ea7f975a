ALTER TABLE "assembly_participants" ADD COLUMN "remote_access_code" text;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD COLUMN "minutes_document_id" uuid;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD COLUMN "attendance_sheet_document_id" uuid;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD COLUMN "convocations_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD COLUMN "provider_token_id" uuid;--> statement-breakpoint
ALTER TABLE "general_assemblies" ADD COLUMN "handed_to_provider_at" timestamp with time zone;