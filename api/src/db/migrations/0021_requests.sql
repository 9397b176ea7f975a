CREATE TABLE "client_requests" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"lot_id" uuid,
	"building_id" uuid,
	"assignee_person_id" uuid,
	"opened_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "client_requests_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "client_requests_category_valid" CHECK (category IN ('INTERVENTION', 'OTHER')),
	CONSTRAINT "client_requests_status_valid" CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CLIENT', 'CLOSED'))
);
--> statement-breakpoint
CREATE TABLE "request_attachments" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	CONSTRAINT "request_attachments_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "request_messages" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_person_id" uuid,
	"text" text NOT NULL,
	"is_internal" boolean DEFAULT false NOT NULL,
	"posted_at" timestamp with time zone DEFAULT date_trunc('milliseconds', now()) NOT NULL,
	CONSTRAINT "request_messages_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "request_upload_names" (
	"agency_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	CONSTRAINT "request_upload_names_agency_id_upload_id_pk" PRIMARY KEY("agency_id","upload_id")
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"trade" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"address_line" text DEFAULT '' NOT NULL,
	"website" text,
	"is_partner" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppliers_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "ticket_documents" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"amount" numeric(14, 2),
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_documents_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "ticket_documents_kind_valid" CHECK (kind IN ('QUOTE', 'INVOICE'))
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"agency_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"status" text DEFAULT 'REQUESTED' NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tickets_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "tickets_status_valid" CHECK (status IN ('REQUESTED', 'QUOTED', 'ORDERED', 'DONE', 'INVOICED'))
);
--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_agency_id_author_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","author_person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_agency_id_assignee_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","assignee_person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_agency_id_lot_id_lots_agency_id_id_fk" FOREIGN KEY ("agency_id","lot_id") REFERENCES "public"."lots"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_agency_id_building_id_buildings_agency_id_id_fk" FOREIGN KEY ("agency_id","building_id") REFERENCES "public"."buildings"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_agency_id_message_id_request_messages_agency_id_id_fk" FOREIGN KEY ("agency_id","message_id") REFERENCES "public"."request_messages"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachments" ADD CONSTRAINT "request_attachments_agency_id_request_id_client_requests_agency_id_id_fk" FOREIGN KEY ("agency_id","request_id") REFERENCES "public"."client_requests"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_messages" ADD CONSTRAINT "request_messages_agency_id_request_id_client_requests_agency_id_id_fk" FOREIGN KEY ("agency_id","request_id") REFERENCES "public"."client_requests"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_messages" ADD CONSTRAINT "request_messages_agency_id_author_person_id_persons_agency_id_id_fk" FOREIGN KEY ("agency_id","author_person_id") REFERENCES "public"."persons"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_upload_names" ADD CONSTRAINT "request_upload_names_agency_id_upload_id_uploads_agency_id_id_fk" FOREIGN KEY ("agency_id","upload_id") REFERENCES "public"."uploads"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_documents" ADD CONSTRAINT "ticket_documents_agency_id_ticket_id_tickets_agency_id_id_fk" FOREIGN KEY ("agency_id","ticket_id") REFERENCES "public"."tickets"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_agency_id_request_id_client_requests_agency_id_id_fk" FOREIGN KEY ("agency_id","request_id") REFERENCES "public"."client_requests"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_agency_id_supplier_id_suppliers_agency_id_id_fk" FOREIGN KEY ("agency_id","supplier_id") REFERENCES "public"."suppliers"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_requests_inbox" ON "client_requests" USING btree ("agency_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "client_requests_status" ON "client_requests" USING btree ("agency_id","status","opened_at","id");--> statement-breakpoint
CREATE INDEX "client_requests_building" ON "client_requests" USING btree ("agency_id","building_id","status","opened_at","id");--> statement-breakpoint
CREATE INDEX "client_requests_assignee" ON "client_requests" USING btree ("agency_id","assignee_person_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "client_requests_author" ON "client_requests" USING btree ("agency_id","author_person_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "request_attachments_message" ON "request_attachments" USING btree ("agency_id","message_id","id");--> statement-breakpoint
CREATE INDEX "request_attachments_storage" ON "request_attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "request_messages_thread" ON "request_messages" USING btree ("agency_id","request_id","posted_at","id");--> statement-breakpoint
CREATE INDEX "suppliers_name" ON "suppliers" USING btree ("agency_id","name","id");--> statement-breakpoint
CREATE INDEX "ticket_documents_ticket" ON "ticket_documents" USING btree ("agency_id","ticket_id","added_at","id");--> statement-breakpoint
CREATE INDEX "ticket_documents_storage" ON "ticket_documents" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_request" ON "tickets" USING btree ("agency_id","request_id");--> statement-breakpoint
CREATE INDEX "tickets_supplier" ON "tickets" USING btree ("agency_id","supplier_id","created_at","id");
