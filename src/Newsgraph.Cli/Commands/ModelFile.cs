using Newsgraph.Ner;
using Newsgraph.Reading;

namespace Newsgraph.Cli.Commands;

/// <summary>Loads a model file given on the command line, with errors that name it.</summary>
internal static class ModelFile
{
    public static NerModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such model file");
        }

        using var stream = File.OpenRead(path);
        return NerModel.Load(stream, path, NerResources.Default);
    }
}
