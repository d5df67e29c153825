using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Platform.Gateway.GraphQL.Http;

// GET must not change anything (caches and prefetchers replay it), so a GET may only run a query.
public static class ReadOnlyOperation
{
    public static bool IsMutation(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false; // the executer reports the syntax error itself
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation is OperationType.Mutation or OperationType.Subscription;
    }
}
