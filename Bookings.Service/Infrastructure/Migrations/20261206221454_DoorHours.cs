using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bookings.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DoorHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "check_in_opens_minutes_before",
                table: "catalog_events",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "check_in_opens_minutes_before",
                table: "catalog_events");
        }
    }
}
