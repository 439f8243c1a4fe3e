namespace Newsgraph.Reading;

/// <summary>An input that cannot be read as an article; the message names the input and what is wrong with it.</summary>
public sealed class InputException : Exception
{
    public InputException(string origin, string problem)
        : base($"{origin}: {problem}")
    {
        Origin = origin;
        Problem = problem;
    }

    public InputException()
    {
        Origin = "";
        Problem = "";
    }

    public InputException(string message)
        : base(message)
    {
        Origin = "";
        Problem = message;
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Origin = "";
        Problem = message;
    }

    public string Origin { get; }

    public string Problem { get; }
}
