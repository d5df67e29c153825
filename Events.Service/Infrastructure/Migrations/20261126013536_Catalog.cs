using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Events.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    venue_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venue_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    venue_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    venue_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    venue_time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    city_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    cover_image_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    hold_minutes = table.Column<int>(type: "integer", nullable: false),
                    cancellation_deadline_hours = table.Column<int>(type: "integer", nullable: false),
                    no_overlapping_bookings = table.Column<bool>(type: "boolean", nullable: false),
                    one_booking_per_occurrence = table.Column<bool>(type: "boolean", nullable: false),
                    starts_at_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ends_at_local = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    recurrence_rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recurrence_exceptions = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    expanded_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    min_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    min_price_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    seats_left = table.Column<int>(type: "integer", nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                        .Annotation("Npgsql:TsVectorConfig", "english")
                        .Annotation("Npgsql:TsVectorProperties", new[] { "title", "description" })
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "seat_counters",
                columns: table => new
                {
                    occurrence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    held = table.Column<int>(type: "integer", nullable: false),
                    sold = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seat_counters", x => new { x.occurrence_id, x.ticket_type_id });
                });

            migrationBuilder.CreateTable(
                name: "occurrences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    original_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    moved = table.Column<bool>(type: "boolean", nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occurrences", x => x.id);
                    table.ForeignKey(
                        name: "fk_occurrences_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    sales_start_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sales_end_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    min_per_order = table.Column<int>(type: "integer", nullable: false),
                    max_per_order = table.Column<int>(type: "integer", nullable: false),
                    max_per_customer = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_types", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_types_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "occurrence_capacities",
                columns: table => new
                {
                    ticket_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurrence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occurrence_capacities", x => new { x.ticket_type_id, x.occurrence_id });
                    table.ForeignKey(
                        name: "fk_occurrence_capacities_occurrence_occurrence_id",
                        column: x => x.occurrence_id,
                        principalTable: "occurrences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_occurrence_capacities_ticket_type_ticket_type_id",
                        column: x => x.ticket_type_id,
                        principalTable: "ticket_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_category",
                table: "events",
                column: "category",
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_city_key",
                table: "events",
                column: "city_key",
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_expanded_until",
                table: "events",
                column: "expanded_until",
                filter: "recurrence_rule IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_min_price_id",
                table: "events",
                columns: new[] { "min_price", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_organization_id_status_starts_at",
                table: "events",
                columns: new[] { "organization_id", "status", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_events_search_vector",
                table: "events",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_events_seats_left_id",
                table: "events",
                columns: new[] { "seats_left", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_at_id",
                table: "events",
                columns: new[] { "starts_at", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_title_id",
                table: "events",
                columns: new[] { "title", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_venue_country",
                table: "events",
                column: "venue_country",
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_occurrence_capacities_occurrence_id",
                table: "occurrence_capacities",
                column: "occurrence_id");

            migrationBuilder.CreateIndex(
                name: "ix_occurrences_event_id_original_starts_at",
                table: "occurrences",
                columns: new[] { "event_id", "original_starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_occurrences_starts_at_event_id",
                table: "occurrences",
                columns: new[] { "starts_at", "event_id" },
                filter: "status = 'Scheduled'");

            migrationBuilder.CreateIndex(
                name: "ix_seat_counters_event_id",
                table: "seat_counters",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_types_event_id",
                table: "ticket_types",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_types_price_event_id",
                table: "ticket_types",
                columns: new[] { "price", "event_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "occurrence_capacities");

            migrationBuilder.DropTable(
                name: "seat_counters");

            migrationBuilder.DropTable(
                name: "occurrences");

            migrationBuilder.DropTable(
                name: "ticket_types");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
