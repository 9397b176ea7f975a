ALTER TABLE "agencies" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "buildings" ADD COLUMN "manager_person_id" uuid;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_agency_id_manager_person_id_staff_members_agency_id_person_id_fk" FOREIGN KEY ("agency_id","manager_person_id") REFERENCES "public"."staff_members"("agency_id","person_id") ON DELETE no action ON UPDATE no action;