using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TicketTransfer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "holder_email",
                table: "tickets",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "transferred_at",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "transferred_from_ticket_id",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transferred_to_email",
                table: "tickets",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "transferred_to_ticket_id",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ticket_transfers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    old_ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    new_ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    recipient_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    transferred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_transfers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_transferred_from_ticket_id",
                table: "tickets",
                column: "transferred_from_ticket_id",
                unique: true,
                filter: "transferred_from_ticket_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_transfers_booking_id",
                table: "ticket_transfers",
                column: "booking_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_transfers_customer_id_idempotency_key",
                table: "ticket_transfers",
                columns: new[] { "customer_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_transfers_old_ticket_id",
                table: "ticket_transfers",
                column: "old_ticket_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_transfers");

            migrationBuilder.DropIndex(
                name: "ix_tickets_transferred_from_ticket_id",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "holder_email",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "transferred_at",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "transferred_from_ticket_id",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "transferred_to_email",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "transferred_to_ticket_id",
                table: "tickets");
        }
    }
}
