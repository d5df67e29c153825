using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using Platform.Gateway.GraphQL.Errors;

namespace Platform.Gateway.GraphQL.Paging;

// Arguments checked while the document is validated, so a bad one is refused before any service is called.
public static class FieldArguments
{
    public const int DefaultPageSize = 20;

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int maxPageSize) =>
        field
            .Argument<IntGraphType>("first", $"How many items, 1 to {maxPageSize}; {Math.Min(DefaultPageSize, maxPageSize)} when omitted.", argument =>
            {
                argument.DefaultValue = Math.Min(DefaultPageSize, maxPageSize);
                argument.Validate(value =>
                {
                    if (value is int first && (first < 1 || first > maxPageSize))
                        throw Refused(ErrorCodes.PageTooLarge, "first", $"first must be between 1 and {maxPageSize}; page through the rest with after.",
                            new() { ["maxPageSize"] = maxPageSize });
                });
            })
            .Argument<StringGraphType>("after", "The cursor of the item to continue after (pageInfo.endCursor).",
                argument => argument.Validate(value => Cursor.OffsetAfter((string)value)));

    public static FieldBuilder<TSource, TReturn> IdArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string name, string? description = null) =>
        field.Argument<NonNullGraphType<IdGraphType>>(name, description, argument => argument.ParseValue(value =>
            Guid.TryParse(value.ToString(), out var id) ? id : throw Refused(ErrorCodes.Validation, name, $"{name} must be a GUID.")));

    public static int First(this IResolveFieldContext context) => context.GetArgument("first", DefaultPageSize);

    public static string? After(this IResolveFieldContext context) => context.GetArgument<string?>("after");

    public static Guid Id(this IResolveFieldContext context, string name) => context.GetArgument<Guid>(name);

    public static ValidationError Refused(string code, string field, string message, Dictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code, ["field"] = field };
        foreach (var (key, value) in more ?? [])
            extensions[key] = value;
        return new ValidationError(message) { Code = code, Extensions = extensions };
    }
}
