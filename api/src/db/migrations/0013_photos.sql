CREATE TABLE "photos" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"caption" text NOT NULL,
	"taken_on" date,
	"published_on" date NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"thumbnail_width" integer NOT NULL,
	"thumbnail_height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "photos_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
ALTER TABLE "photos" ADD CONSTRAINT "photos_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "photos_building_published" ON "photos" USING btree ("agency_id","building_id","published_on","id");--> statement-breakpoint
CREATE INDEX "photos_published" ON "photos" USING btree ("agency_id","published_on","id");--> statement-breakpoint
CREATE INDEX "photos_storage" ON "photos" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "photos_thumbnail" ON "photos" USING btree ("thumbnail_key");