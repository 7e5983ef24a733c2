// `unspin eval --spun PATH --original PATH`: restore each spun text and score it against
// its original with the metric of shared/eval/score.py.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/defaults.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/pairing.h"
#include "eval/score.h"

namespace unspin {
namespace {

// What the project's scripts put between stories when they score them
// together (bench/quality.sh).
constexpr std::string_view kStorySeparator = "\n\n";

std::string ScoreLine(const std::string& name, const Score& score) {
  char line[512];
  std::snprintf(line, sizeof line,
                "%s: precision %.3f recall %.3f (fixed %zu, partial %zu, wrong %zu, missed %zu "
                "of %zu) wer %.3f -> %.3f error_reduction %.3f\n",
                name.c_str(), score.precision, score.recall, score.fixed, score.partial,
                score.wrong, score.missed, score.needed, score.wer_in, score.wer_out,
                score.error_reduction);
  return line;
}

nlohmann::ordered_json ScoreJson(const Score& score) {
  nlohmann::ordered_json json;
  json["words"] = score.words;
  json["needed"] = score.needed;
  json["fixed"] = score.fixed;
  json["partial"] = score.partial;
  json["wrong"] = score.wrong;
  json["missed"] = score.missed;
  json["precision"] = score.precision;
  json["recall"] = score.recall;
  json["wer_in"] = score.wer_in;
  json["wer_out"] = score.wer_out;
  json["error_reduction"] = score.error_reduction;
  json["examples"] = {{"wrong", score.wrong_examples},
                      {"partial", score.partial_examples},
                      {"missed", score.missed_examples}};
  return json;
}

}  // namespace

int RunEval(const EvalOptions& options) {
  if (options.spun.empty() || options.expected.empty()) {
    return ReportError("eval needs --spun PATH and --original PATH");
  }
  if (options.positional) {
    std::fprintf(stderr,
                 "unspin: note: 'eval SPUN EXPECTED' is deprecated (learn takes its texts the "
                 "other way round): use 'eval --spun %s --original %s'\n",
                 options.spun.c_str(), options.expected.c_str());
  }
  StatusOr<std::vector<FilePair>> pairs =
      PairInputsForCommand(options.spun, options.expected, ".spun.txt", ".original.txt", "spun/expected");
  if (!pairs.ok()) return ReportError(pairs.status().message());
  StatusOr<std::unique_ptr<Restorer>> created = CreateRestorer(options.common);
  if (!created.ok()) return ReportError(created.status().message());
  const Restorer& restorer = *created.value();

  std::string all_spun, all_expected, all_output, text;
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const FilePair& pair : pairs.value()) {
    const size_t limit = options.common.max_doc_bytes;
    StatusOr<std::string> spun = ReadInput(pair.first, limit, "--max-doc-bytes");
    if (!spun.ok()) return ReportError(spun.status().message());
    StatusOr<std::string> expected = ReadInput(pair.second, limit, "--max-doc-bytes");
    if (!expected.ok()) return ReportError(expected.status().message());
    // Each document is restored on its own: document-level evidence is per
    // story, as when the main command is run on each file.
    const std::string output = restorer.Restore(spun.value()).text;
    const Score score = ScoreRestoration(spun.value(), expected.value(), output);
    if (options.json) {
      nlohmann::ordered_json document;
      document["name"] = pair.name;
      document["spun"] = pair.first;
      document["expected"] = pair.second;
      document.update(ScoreJson(score));
      documents.push_back(std::move(document));
    } else {
      text += ScoreLine(pair.name, score);
    }
    all_spun.append(spun.value()).append(kStorySeparator);
    all_expected.append(expected.value()).append(kStorySeparator);
    all_output.append(output).append(kStorySeparator);
  }
  // The totals score all documents as one text, as the project's quality
  // script does, rather than summing per-document figures.
  const Score total = ScoreRestoration(all_spun, all_expected, all_output);
  if (options.json) {
    nlohmann::ordered_json json;
    json["schema"] = "unspin-eval/1";
    json["documents"] = std::move(documents);
    json["total"] = ScoreJson(total);
    json["total"]["documents"] = pairs.value().size();
    text = json.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  } else {
    text += ScoreLine("total (" + std::to_string(pairs.value().size()) + " documents)", total);
  }
  if (Status written = WriteAll(stdout, text); !written.ok()) return ReportError(written.message());
  if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  return 0;
}

}  // namespace unspin
