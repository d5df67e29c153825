using GraphQL;
using GraphQL.Types;
using Platform.Gateway.GraphQL.Downstream;
using Platform.Gateway.GraphQL.Errors;
using Platform.Gateway.GraphQL.Model;

namespace Platform.Gateway.GraphQL.Types;

// Where a booking is paid; `details` reads the payment itself, which Payments creates a moment after the booking.
public sealed class BookingPaymentGraphType : AutoRegisteringObjectGraphType<BookingPayment>
{
    public BookingPaymentGraphType()
    {
        Field<AutoRegisteringObjectGraphType<Payment>, Payment>("details")
            .Description("The payment with its status and test card tokens; null until Payments has created it.")
            .ResolveAsync(async context =>
            {
                try
                {
                    return await context.GetAsync<Payment>(ServiceNames.Payments, $"/api/payments/{context.Source.PaymentId}");
                }
                catch (ServiceRefusal refusal) when (refusal.Code == ErrorCodes.NotFound)
                {
                    return null;
                }
            });
    }
}
