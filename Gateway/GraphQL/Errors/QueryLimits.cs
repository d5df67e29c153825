using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Platform.Gateway.GraphQL.Errors;

// A document over the depth or complexity limit, said with a code and the numbers, before anything runs.
public static class QueryLimits
{
    public static ValidationError Refusal(int depth, double complexity, GraphQLOptions limits)
    {
        var tooDeep = depth > limits.MaxDepth;
        var code = tooDeep ? ErrorCodes.TooDeep : ErrorCodes.TooComplex;
        var message = tooDeep
            ? $"The query is nested {depth} levels deep; at most {limits.MaxDepth} are allowed."
            : $"The query's complexity is {complexity:0}; at most {limits.MaxComplexity} is allowed. Ask for fewer items (first) or fewer fields.";
        return new ComplexityError(message)
        {
            Code = code,
            Extensions = new()
            {
                ["code"] = code,
                ["depth"] = depth,
                ["maxDepth"] = limits.MaxDepth,
                ["complexity"] = complexity,
                ["maxComplexity"] = limits.MaxComplexity,
            },
        };
    }
}
