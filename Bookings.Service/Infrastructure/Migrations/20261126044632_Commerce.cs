using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Commerce : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "coupon_code",
                table: "bookings",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "coupon_id",
                table: "bookings",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "coupons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    minimum_order = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    max_redemptions = table.Column<int>(type: "integer", nullable: true),
                    max_per_customer = table.Column<int>(type: "integer", nullable: true),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    valid_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ticket_type_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    redeemed = table.Column<int>(type: "integer", nullable: false),
                    disabled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coupons", x => x.id);
                    table.CheckConstraint("ck_coupons_amount", "amount > 0");
                    table.CheckConstraint("ck_coupons_redeemed", "redeemed >= 0 AND (max_redemptions IS NULL OR redeemed <= max_redemptions)");
                });

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

            migrationBuilder.CreateTable(
                name: "coupon_customer_redemptions",
                columns: table => new
                {
                    coupon_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    redemptions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coupon_customer_redemptions", x => new { x.coupon_id, x.customer_id });
                    table.CheckConstraint("ck_coupon_customer_redemptions_redemptions", "redemptions >= 0");
                    table.ForeignKey(
                        name: "fk_coupon_customer_redemptions_coupons_coupon_id",
                        column: x => x.coupon_id,
                        principalTable: "coupons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coupon_redemptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    coupon_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    discount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    redeemed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    given_back_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coupon_redemptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_coupon_redemptions_coupons_coupon_id",
                        column: x => x.coupon_id,
                        principalTable: "coupons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_transferred_from_ticket_id",
                table: "tickets",
                column: "transferred_from_ticket_id",
                unique: true,
                filter: "transferred_from_ticket_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_catalog_events_overlap_rule",
                table: "catalog_events",
                column: "organization_id",
                filter: "no_overlapping_bookings");

            migrationBuilder.CreateIndex(
                name: "ix_coupon_redemptions_booking_id",
                table: "coupon_redemptions",
                column: "booking_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_coupon_redemptions_coupon_id_redeemed_at",
                table: "coupon_redemptions",
                columns: new[] { "coupon_id", "redeemed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_coupons_organization_id_code",
                table: "coupons",
                columns: new[] { "organization_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_coupons_organization_id_idempotency_key",
                table: "coupons",
                columns: new[] { "organization_id", "idempotency_key" },
                unique: true);

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
                name: "coupon_customer_redemptions");

            migrationBuilder.DropTable(
                name: "coupon_redemptions");

            migrationBuilder.DropTable(
                name: "ticket_transfers");

            migrationBuilder.DropTable(
                name: "waiting_list_entries");

            migrationBuilder.DropTable(
                name: "coupons");

            migrationBuilder.DropIndex(
                name: "ix_tickets_transferred_from_ticket_id",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_catalog_events_overlap_rule",
                table: "catalog_events");

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

            migrationBuilder.DropColumn(
                name: "coupon_code",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "coupon_id",
                table: "bookings");
        }
    }
}
