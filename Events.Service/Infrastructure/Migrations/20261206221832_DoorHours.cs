using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DoorHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "check_in_opens_minutes_before",
                table: "events",
                type: "integer",
                nullable: false,
                // Events created before door hours existed get the platform's default of six hours.
                defaultValue: 360);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "check_in_opens_minutes_before",
                table: "events");
        }
    }
}
