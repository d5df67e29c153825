using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class WaitingList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "waiting_list_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurrence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ticket_type_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    offered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    offer_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_waiting_list_entries", x => x.id);
                    table.CheckConstraint("ck_waiting_list_entries_quantity", "quantity > 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_entries_customer_id_idempotency_key",
                table: "waiting_list_entries",
                columns: new[] { "customer_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_entries_customer_id_joined_at",
                table: "waiting_list_entries",
                columns: new[] { "customer_id", "joined_at" });

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_entries_occurrence_id_ticket_type_id_joined_at",
                table: "waiting_list_entries",
                columns: new[] { "occurrence_id", "ticket_type_id", "joined_at" },
                filter: "status IN ('Waiting', 'Offered')");

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_entries_offer_expires_at",
                table: "waiting_list_entries",
                column: "offer_expires_at",
                filter: "status = 'Offered'");

            migrationBuilder.CreateIndex(
                name: "ix_waiting_list_entries_one_active_per_customer",
                table: "waiting_list_entries",
                columns: new[] { "customer_id", "occurrence_id", "ticket_type_id" },
                unique: true,
                filter: "status IN ('Waiting', 'Offered')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "waiting_list_entries");
        }
    }
}
