#include "rules/thesaurus_import.h"

#include <map>
#include <sstream>
#include <vector>

#include "base/strings.h"
#include "tokenize/fold.h"

namespace unspin {
namespace {

// A spun wording and the originals it may stand for, in first-seen order.
struct Mapping {
  std::vector<std::string> originals;
  int first_line = 0;
};

std::string RuleId(const std::string& spun) {
  std::string id = "imported.";
  for (char c : spun) id += (c == ' ' || c == '|') ? '-' : c;
  return id;
}

void AddOriginal(Mapping& mapping, const std::string& original) {
  for (const std::string& existing : mapping.originals) {
    if (existing == original) return;
  }
  mapping.originals.push_back(original);
}

// Items of one line, lower-cased and trimmed, or an error message.
StatusOr<std::vector<std::string>> ParseItems(std::string_view line, ThesaurusFormat format,
                                              const std::string& where) {
  std::string_view body = line;
  const bool spintax =
      format == ThesaurusFormat::kSpintax || (format == ThesaurusFormat::kAuto && line.starts_with('{'));
  if (spintax) {
    if (!line.starts_with('{') || !line.ends_with('}')) {
      return Status::Error(where + ": expected a spintax set '{a|b|c}'");
    }
    body = line.substr(1, line.size() - 2);
    if (body.find_first_of("{}") != std::string_view::npos) {
      return Status::Error(where + ": nested spintax is not supported");
    }
  }
  std::vector<std::string> items;
  for (std::string& item : SplitAndTrim(body, "|")) {
    if (item.empty()) continue;
    // Rule files treat '|' and '=>' as syntax, and a value cannot hold a
    // newline; such items cannot be written as phrases.
    if (item.find("=>") != std::string::npos) continue;
    items.push_back(FoldForMatching(item));
  }
  return items;
}

}  // namespace

StatusOr<ImportResult> ImportThesaurus(std::string_view text, ThesaurusFormat format,
                                       const std::string& source_name) {
  ImportResult result;
  std::map<std::string, Mapping> by_spun;  // sorted: stable output
  std::istringstream lines{std::string(text)};
  std::string line;
  int line_number = 0;
  while (std::getline(lines, line)) {
    ++line_number;
    ++result.lines_read;
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') {
      ++result.lines_skipped;
      continue;
    }
    const std::string where = source_name + ":" + std::to_string(line_number);
    StatusOr<std::vector<std::string>> items = ParseItems(trimmed, format, where);
    if (!items.ok()) return items.status();
    if (items->size() < 2) {
      ++result.lines_skipped;
      continue;
    }
    const bool spintax = format == ThesaurusFormat::kSpintax ||
                         (format == ThesaurusFormat::kAuto && trimmed.starts_with('{'));
    const std::vector<std::string>& set = items.value();
    for (size_t s = spintax ? 0 : 1; s < set.size(); ++s) {
      Mapping& mapping = by_spun[set[s]];
      if (mapping.first_line == 0) mapping.first_line = line_number;
      if (spintax) {
        for (size_t o = 0; o < set.size(); ++o) {
          if (o != s) AddOriginal(mapping, set[o]);
        }
      } else if (set[0] != set[s]) {
        AddOriginal(mapping, set[0]);
      }
    }
  }
  std::ostringstream out;
  out << "# Imported by 'unspin rules import' from " << source_name << ".\n"
      << "# Every rule needs context: it is applied only where the original reads\n"
      << "# clearly better than the spun wording (see rules/README.md).\n";
  for (const auto& [spun, mapping] : by_spun) {
    if (mapping.originals.empty()) continue;
    std::string restorations;
    for (const std::string& original : mapping.originals) {
      restorations += (restorations.empty() ? "" : " | ") + original;
    }
    out << "\nrule " << RuleId(spun) << "\n"
        << "  spun:       " << spun << "\n"
        << "  restore:    " << restorations << "\n"
        << "  confidence: 0.3\n"
        << "  category:   imported\n"
        << "  note:       From " << source_name << ":" << mapping.first_line
        << "; needs context to be applied.\n"
        << "  example:    " << spun << " => " << mapping.originals.front() << "\n";
    ++result.rules_written;
  }
  result.rules_text = out.str();
  return result;
}

}  // namespace unspin
