using System.CommandLine;
using Newsgraph.Quotes;
using Newsgraph.Reading;

namespace Newsgraph.Cli.Commands;

/// <summary><c>newsgraph train quotes --train DIR --dev DIR</c> (a subcommand of <c>train</c>): retrains the quote cue model from PolNeAR-style folders.</summary>
internal static class TrainQuotesCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training folder with text/*.txt and attributions/*.ann (PolNeAR train).", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development folder of the same layout, for the score written to the manifest.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write quote-cues.tsv.gz and its manifest.", DefaultValueFactory = _ => Path.Combine("src", "Newsgraph", "Models") };
        var quotes = new Command("quotes", "Train the attribution cue model the quote finder uses beside its reporting-verb list.") { train, dev, output };
        quotes.SetAction(parse =>
        {
            try
            {
                var (model, _) = CueModelTrainer.Train(parse.GetValue(train)!, parse.GetValue(dev)!, Console.Error);
                var directory = parse.GetValue(output)!;
                model.Save(directory);
                Console.Error.WriteLine($"wrote {model.Manifest.Features} weights to {Path.Combine(directory, CueModel.WeightsResource)}");
                return ExitCodes.Success;
            }
            catch (InputException e)
            {
                Console.Error.WriteLine("newsgraph train quotes: " + e.Message);
                return ExitCodes.BadInput;
            }
        });
        return quotes;
    }
}
