using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Payments.Service.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StripeWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
