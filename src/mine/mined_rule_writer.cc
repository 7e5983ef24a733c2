#include "mine/mined_rule_writer.h"

#include <cstdio>

#include "learn/rule_text.h"

namespace unspin {
namespace {

std::string Decimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// "Mined from 38 documents: 'mentioned' 52 times in 30 of them, 'said' 2
// times; the language models prefer 'said' by 1.8 on average and rank it
// first in 47 of 52 places scored."
std::string Note(const MinedPair& pair, size_t documents) {
  std::string note = "Mined from " + Plural(documents, "document", "documents") + ": '" +
                     pair.spun + "' " + Plural(pair.occurrences, "time", "times") + " in " +
                     std::to_string(pair.documents) + " of them, '" + pair.restore + "' " +
                     Plural(pair.restore_occurrences, "time", "times") +
                     "; the language models prefer '" + pair.restore + "' by " +
                     Decimal(pair.mean_gain) + " on average and rank it first in " +
                     std::to_string(pair.ranked_first) + " of " +
                     Plural(pair.scored, "place", "places") + " scored";
  std::string from;
  if (pair.sources != 0) from = "thesauri: " + SourceList(pair.sources);
  if (pair.proposed) from += (from.empty() ? "" : "; ") + std::string("proposed by the language model");
  if (!from.empty()) note += " (" + from + ")";
  return note + ".";
}

void WriteRule(const MinedPair& pair, size_t documents, std::string& out) {
  out += "\nrule " + pair.id + "\n";
  out += "  spun:          " + pair.spun + "\n";
  out += "  restore:       " + pair.restore + "\n";
  out += "  origin:        mined\n";
  out += "  confidence:    " + FormatConfidence(pair.confidence) + "\n";
  out += "  category:      mined\n";
  out += "  note:          " + Note(pair, documents) + "\n";
  for (const CandidateExample& example : pair.examples) {
    out += "  example:       " + example.spun + " => " + example.restored + "\n";
  }
}

}  // namespace

std::string WriteMinedRules(const MineReport& report,
                            const std::vector<std::string>& header_lines) {
  std::string out = HeaderComment(header_lines);
  for (const MinedPair& pair : report.rules) WriteRule(pair, report.documents, out);
  return out;
}

std::string WriteMineFeatures(const MineReport& report) {
  std::string out = "spun\trestore";
  for (const std::string_view name : kMineFeatureNames) {
    out += '\t';
    out += name;
  }
  out += "\tconfidence\n";
  char buffer[32];
  for (const MinedPair& pair : report.pairs) {
    out += pair.spun + "\t" + pair.restore;
    for (const double value : pair.features) {
      std::snprintf(buffer, sizeof buffer, "\t%.5g", value);
      out += buffer;
    }
    std::snprintf(buffer, sizeof buffer, "\t%.4f\n", pair.confidence);
    out += buffer;
  }
  return out;
}

}  // namespace unspin
