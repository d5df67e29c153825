using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bookings.Service.Inventory;

internal sealed class CustomerAdmissionsConfiguration : IEntityTypeConfiguration<CustomerAdmissions>
{
    public void Configure(EntityTypeBuilder<CustomerAdmissions> admissions)
    {
        admissions.ToTable("customer_admissions", table =>
            table.HasCheckConstraint("ck_customer_admissions_admissions", "admissions >= 0"));
        admissions.HasKey(a => new { a.CustomerId, a.OccurrenceId, a.TicketTypeId });
    }
}
