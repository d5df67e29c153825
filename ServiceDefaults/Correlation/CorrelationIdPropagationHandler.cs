namespace Platform.ServiceDefaults.Correlation;

// Passes the current correlation id on to the next service unless the caller set one itself.
public sealed class CorrelationIdPropagationHandler(CorrelationContext correlation) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var id = correlation.CorrelationId;
        if (id is not null && !request.Headers.Contains(CorrelationId.HeaderName))
        {
            request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, id);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
