using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SagaInItsBookingRow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "hold_expiry_token_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "paid_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "payment_cancelled_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refund_failed_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refund_failure",
                table: "bookings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refund_reason",
                table: "bookings",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refunded_at",
                table: "bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "saga_version",
                table: "bookings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateIndex(
                name: "ix_bookings_refund_failed_at",
                table: "bookings",
                column: "refund_failed_at",
                filter: "refund_failed_at IS NOT NULL AND refunded_at IS NULL");

            // The saga's state moves into its booking's row; its state was already the booking's status.
            migrationBuilder.Sql("""
                UPDATE bookings b
                SET status = s.state, saga_version = s.version, hold_expiry_token_id = s.hold_expiry_token_id,
                    paid_at = s.paid_at, refund_reason = s.refund_reason, refunded_at = s.refunded_at,
                    refund_failed_at = s.refund_failed_at, refund_failure = s.refund_failure,
                    payment_cancelled_at = s.payment_cancelled_at, updated_at = greatest(b.updated_at, s.updated_at)
                FROM booking_sagas s
                WHERE s.booking_id = b.id;
                """);

            migrationBuilder.DropTable(
                name: "booking_sagas");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "booking_sagas",
                columns: table => new
                {
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hold_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    hold_expiry_token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    refund_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refund_failure = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    refund_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    refunded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booking_sagas", x => x.booking_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_booking_sagas_refund_failed_at",
                table: "booking_sagas",
                column: "refund_failed_at",
                filter: "refund_failed_at IS NOT NULL AND refunded_at IS NULL");

            migrationBuilder.Sql("""
                INSERT INTO booking_sagas (booking_id, created_at, state, hold_expires_at, hold_expiry_token_id, paid_at,
                    payment_cancelled_at, payment_id, refund_failed_at, refund_failure, refund_reason, refunded_at, updated_at, version)
                SELECT id, created_at, status, hold_expires_at, hold_expiry_token_id, paid_at,
                    payment_cancelled_at, payment_id, refund_failed_at, refund_failure, refund_reason, refunded_at, updated_at, saga_version
                FROM bookings;
                """);

            migrationBuilder.DropIndex(
                name: "ix_bookings_refund_failed_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "hold_expiry_token_id",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "paid_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "payment_cancelled_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_failed_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_failure",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refund_reason",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "refunded_at",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "saga_version",
                table: "bookings");
        }
    }
}
