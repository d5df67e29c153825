using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SagaScheduleAndRefundOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_booking_sagas_state_hold_expires_at",
                table: "booking_sagas");

            migrationBuilder.AddColumn<Guid>(
                name: "hold_expiry_token_id",
                table: "booking_sagas",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "payment_cancelled_at",
                table: "booking_sagas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refund_failed_at",
                table: "booking_sagas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refund_failure",
                table: "booking_sagas",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "due_messages",
                columns: table => new
                {
                    token_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    message_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_due_messages", x => x.token_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_booking_sagas_refund_failed_at",
                table: "booking_sagas",
                column: "refund_failed_at",
                filter: "refund_failed_at IS NOT NULL AND refunded_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_due_messages_due_at",
                table: "due_messages",
                column: "due_at");

            // Holds awaiting payment when this release arrives keep their expiry: one due message each, at the
            // hold's end plus the default payment grace, as the machine would have scheduled it.
            migrationBuilder.Sql("""
                UPDATE booking_sagas SET hold_expiry_token_id = gen_random_uuid() WHERE state = 'AwaitingPayment';
                INSERT INTO due_messages (token_id, due_at, message_type, body, created_at, attempts)
                SELECT hold_expiry_token_id, hold_expires_at + interval '5 seconds',
                       'Bookings.Service.Saga.Messages.BookingHoldExpired, Bookings.Service',
                       json_build_object('bookingId', booking_id, 'occurredAt', hold_expires_at)::text, now(), 0
                FROM booking_sagas WHERE state = 'AwaitingPayment';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "due_messages");

            migrationBuilder.DropIndex(
                name: "ix_booking_sagas_refund_failed_at",
                table: "booking_sagas");

            migrationBuilder.DropColumn(
                name: "hold_expiry_token_id",
                table: "booking_sagas");

            migrationBuilder.DropColumn(
                name: "payment_cancelled_at",
                table: "booking_sagas");

            migrationBuilder.DropColumn(
                name: "refund_failed_at",
                table: "booking_sagas");

            migrationBuilder.DropColumn(
                name: "refund_failure",
                table: "booking_sagas");

            migrationBuilder.CreateIndex(
                name: "ix_booking_sagas_state_hold_expires_at",
                table: "booking_sagas",
                columns: new[] { "state", "hold_expires_at" });
        }
    }
}
