using System.Net;
using System.Net.Http.Json;
using Payments.Service.Apis;
using Platform.Foundation.Tests.Accounts;
using Xunit;

namespace Platform.Foundation.Tests.PaymentsService;

public sealed class PaymentAccessTests : IAsyncLifetime
{
    PaymentsUnderTest service = null!;

    public async Task InitializeAsync() => service = await PaymentsUnderTest.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    [Fact]
    public async Task Customer_reads_the_payment_with_instructions_and_test_card_tokens()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer, amount: 19.99m);
        using var client = service.ClientFor(customer);

        var payment = (await client.GetFromJsonAsync<PaymentResponse>($"/api/payments/{request.PaymentId}"))!;

        Assert.Equal(request.BookingId, payment.BookingId);
        Assert.Equal("RequiresConfirmation", payment.Status);
        Assert.Equal(19.99m, payment.Amount);
        Assert.Equal("Simulated", payment.Provider);
        Assert.NotNull(payment.Instructions);
        Assert.Equal($"/api/payments/{request.PaymentId}/confirm", payment.Instructions.ConfirmUrl);
        Assert.Contains("tok_success", payment.Instructions.TestCardTokens);
        Assert.Contains("tok_decline", payment.Instructions.TestCardTokens);
        Assert.Empty(payment.Refunds);
    }

    [Fact]
    public async Task Customer_finds_the_payment_by_booking_id()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        var found = (await client.GetFromJsonAsync<List<PaymentResponse>>($"/api/payments?bookingId={request.BookingId}"))!;
        var all = (await client.GetFromJsonAsync<List<PaymentResponse>>("/api/payments"))!;

        Assert.Equal(request.PaymentId, Assert.Single(found).Id);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task Another_customers_payment_is_404_to_read_and_to_confirm_and_absent_from_lists()
    {
        var owner = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(owner);
        using var stranger = service.ClientFor(Guid.CreateVersion7());

        using var read = await stranger.GetAsync($"/api/payments/{request.PaymentId}");
        using var confirm = await PaymentsUnderTest.ConfirmAsync(stranger, request.PaymentId, "tok_success");
        var listed = (await stranger.GetFromJsonAsync<List<PaymentResponse>>($"/api/payments?bookingId={request.BookingId}"))!;

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Empty(listed);
        Assert.Equal(0, await service.Ledger.ProviderChargesAsync(request.PaymentId));
        await service.WaitForPaymentAsync(request.PaymentId, owner, "RequiresConfirmation");
    }

    [Fact]
    public async Task Unknown_payment_is_404_also_before_its_request_arrives()
    {
        var customer = Guid.CreateVersion7();
        using var client = service.ClientFor(customer);

        using var read = await client.GetAsync($"/api/payments/{Guid.CreateVersion7()}");
        using var confirm = await PaymentsUnderTest.ConfirmAsync(client, Guid.CreateVersion7(), "tok_success");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_is_401()
    {
        using var client = service.AnonymousClient();
        var id = Guid.CreateVersion7();

        using var read = await client.GetAsync($"/api/payments/{id}");
        using var list = await client.GetAsync("/api/payments");
        using var confirm = await PaymentsUnderTest.ConfirmAsync(client, id, "tok_success");

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, confirm.StatusCode);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"cardToken": ""}""")]
    [InlineData("""{"cardToken": "4242424242424242"}""")]
    [InlineData("""{"cardToken": "tok_visa"}""")]
    public async Task Missing_or_unknown_card_token_is_400_naming_cardToken_and_charges_nothing(string body)
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        using var response = await client.PostAsync($"/api/payments/{request.PaymentId}/confirm",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertFieldsAsync(response, "cardToken");
        await service.WaitForPaymentAsync(request.PaymentId, customer, "RequiresConfirmation");
    }

    [Fact]
    public async Task Malformed_confirm_body_is_400_naming_the_field()
    {
        var customer = Guid.CreateVersion7();
        var request = await service.RequestPaymentAsync(customer);
        using var client = service.ClientFor(customer);

        using var response = await client.PostAsync($"/api/payments/{request.PaymentId}/confirm",
            new StringContent("""{"cardToken": 42}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cardToken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_booking_id_filter_is_400_naming_bookingId()
    {
        using var client = service.ClientFor(Guid.CreateVersion7());

        using var response = await client.GetAsync("/api/payments?bookingId=not-a-guid");

        await Problems.AssertFieldsAsync(response, "bookingId");
    }
}
