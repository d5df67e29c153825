using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PlacementMemory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "counts_toward_customer_limit",
                table: "booking_lines",
                type: "boolean",
                nullable: false,
                defaultValue: true); // every booking made before this column was counted

            // Seats that come back (a hold released, a sale returned, capacity raised) reopen sales on every
            // instance at once, whichever code path gave them back.
            migrationBuilder.Sql("""
                CREATE FUNCTION signal_seats_reopened() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('bookings_seats', 'reopened ' || NEW.occurrence_id || ' ' || NEW.ticket_type_id);
                    RETURN NULL;
                END $$;
                CREATE TRIGGER inventory_counters_seats_reopened
                    AFTER UPDATE ON inventory_counters FOR EACH ROW
                    WHEN (NEW.held + NEW.sold < OLD.held + OLD.sold OR NEW.capacity > OLD.capacity)
                    EXECUTE FUNCTION signal_seats_reopened();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER inventory_counters_seats_reopened ON inventory_counters; DROP FUNCTION signal_seats_reopened();");

            migrationBuilder.DropColumn(
                name: "counts_toward_customer_limit",
                table: "booking_lines");
        }
    }
}
