using System.Text.Encodings.Web;
using Fluid;
using Notifications.Service.Model;

namespace Notifications.Service.Templates;

// The subject, HTML and plain-text templates of every kind, parsed once from the embedded resources;
// a missing or broken template stops the service at start.
public sealed class EmailTemplates
{
    const string ResourcePrefix = "Notifications.Templates.";

    readonly TemplateOptions options;
    readonly Dictionary<NotificationKind, KindTemplates> byKind;

    EmailTemplates(TemplateOptions options, Dictionary<NotificationKind, KindTemplates> byKind)
    {
        this.options = options;
        this.byKind = byKind;
    }

    // Model types must be registered: Fluid exposes no member of a type it was not told about.
    public static EmailTemplates LoadEmbedded(params Type[] modelTypes)
    {
        var options = new TemplateOptions();
        options.TimeZone = TimeZoneInfo.Utc;
        foreach (var type in modelTypes)
            options.MemberAccessStrategy.Register(type);

        var parser = new FluidParser();
        var byKind = Enum.GetValues<NotificationKind>().ToDictionary(
            kind => kind,
            kind => new KindTemplates(
                Parse(parser, kind, "subject"),
                Parse(parser, kind, "html"),
                Parse(parser, kind, "txt")));
        return new EmailTemplates(options, byKind);
    }

    public async Task<RenderedEmail> RenderAsync(NotificationKind kind, object model)
    {
        var templates = byKind[kind];
        var context = new TemplateContext(model, options);
        var subject = await templates.Subject.RenderAsync(context, NullEncoder.Default);
        var html = await templates.Html.RenderAsync(context, HtmlEncoder.Default);
        var text = await templates.Text.RenderAsync(context, NullEncoder.Default);
        return new RenderedEmail(OneLine(subject), html, text);
    }

    // A subject is one header line: values from a message must not add lines to it.
    static string OneLine(string subject)
    {
        var line = string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= Notification.MaxSubjectLength ? line : line[..Notification.MaxSubjectLength];
    }

    static IFluidTemplate Parse(FluidParser parser, NotificationKind kind, string part)
    {
        var name = $"{ResourcePrefix}{kind}.{part}.liquid";
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The email template {name} is not embedded in the service.");
        using var reader = new StreamReader(stream);
        if (!parser.TryParse(reader.ReadToEnd(), out var template, out var error))
            throw new InvalidOperationException($"The email template {name} does not parse: {error}");
        return template;
    }

    sealed record KindTemplates(IFluidTemplate Subject, IFluidTemplate Html, IFluidTemplate Text);
}
