#include "rules/thesaurus_import.h"

#include <map>
#include <cstdint>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/strings.h"
#include "tokenize/fold.h"

namespace unspin {
namespace {

// A spun wording and the originals it may stand for, in first-seen order,
// as ids into a table of wordings (a set of n items adds n * (n - 1) of
// them: four bytes each). Repeats are dropped when the rule is written.
struct Mapping {
  std::vector<uint32_t> originals;
  int first_line = 0;
};

class Wordings {
 public:
  uint32_t Id(const std::string& wording) {
    const auto [it, added] = ids_.try_emplace(wording, static_cast<uint32_t>(words_.size()));
    if (added) words_.push_back(wording);
    return it->second;
  }
  const std::string& operator[](uint32_t id) const { return words_[id]; }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> words_;
};

std::string RuleId(const std::string& spun) {
  std::string id = "imported.";
  for (char c : spun) id += (c == ' ' || c == '|') ? '-' : c;
  return id;
}

// The items of one set, lower-cased and trimmed.
std::vector<std::string> SplitItems(std::string_view body) {
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

// The sets of one line: a spintax line may hold several ("{said|mentioned}
// the {party|celebration}"; the text between them is not a set), a pipe
// line is one. Empty with a `warning` for a line that cannot be read as
// sets; an error for an unbalanced brace.
struct LineSets {
  std::vector<std::vector<std::string>> sets;
  std::string warning;
};

// A MyThes entry's header ("ad-lib|4": the word and its count of meaning
// lines): the word, else empty.
std::string MyThesEntry(std::string_view line) {
  const size_t bar = line.rfind('|');
  if (bar == std::string_view::npos || bar == 0 || bar + 1 == line.size()) return "";
  for (char c : line.substr(bar + 1)) {
    if (c < '0' || c > '9') return "";
  }
  return FoldForMatching(Trim(line.substr(0, bar)));
}

// A MyThes meaning line ("(noun)|The Hague|city (generic term)") as a pipe
// set: the entry's word first, then its synonyms. Terms marked "(generic
// term)", "(similar term)" and so on are related words, not synonyms.
std::vector<std::string> MyThesSet(std::string_view line, const std::string& entry) {
  std::vector<std::string> set = {entry};
  std::vector<std::string> items = SplitItems(line);
  for (size_t i = 1; i < items.size(); ++i) {
    if (items[i].find('(') == std::string::npos) set.push_back(std::move(items[i]));
  }
  return set;
}

StatusOr<LineSets> ParseLine(std::string_view line, bool spintax, const std::string& where) {
  LineSets out;
  if (!spintax) {
    out.sets.push_back(SplitItems(line));
  } else {
    size_t from = 0;
    while (true) {
      const size_t open = line.find_first_of("{}", from);
      if (open == std::string_view::npos) break;
      const size_t close = line.find_first_of("{}", open + 1);
      if (line[open] == '}' || close == std::string_view::npos) {
        return Status::Error(where + ": expected a spintax set '{a|b|c}'");
      }
      if (line[close] == '{') {
        out.sets.clear();
        out.warning = where + ": nested spintax is not supported; line skipped";
        return out;
      }
      out.sets.push_back(SplitItems(line.substr(open + 1, close - open - 1)));
      from = close + 1;
    }
    if (out.sets.empty()) return Status::Error(where + ": expected a spintax set '{a|b|c}'");
  }
  for (const std::vector<std::string>& set : out.sets) {
    if (spintax && set.size() > kMaxThesaurusSetItems) {
      // Each item becomes a rule restoring to all the others: the output
      // grows with the square of a set's size.
      out.warning = where + ": a set of " + std::to_string(set.size()) + " items (more than " +
                    std::to_string(kMaxThesaurusSetItems) + "); line skipped";
      out.sets.clear();
      return out;
    }
  }
  return out;
}

// `RuleId(spun)`, or with "-2", "-3", ... when another wording gave the same
// id ("ad-lib" and "ad lib").
std::string UniqueRuleId(const std::string& spun, std::unordered_set<std::string>& used) {
  const std::string base = RuleId(spun);
  std::string id = base;
  for (int n = 2; !used.insert(id).second; ++n) id = base + "-" + std::to_string(n);
  return id;
}

}  // namespace

StatusOr<ImportResult> ImportThesaurus(std::string_view text, ThesaurusFormat format,
                                       const std::string& source_name) {
  ImportResult result;
  std::map<std::string, Mapping> by_spun;  // sorted: stable output
  Wordings wordings;
  std::istringstream lines{std::string(text)};
  std::string line;
  int line_number = 0;
  constexpr size_t npos = std::string_view::npos;
  std::string mythes_entry;  // the word of the MyThes entry being read
  while (std::getline(lines, line)) {
    ++line_number;
    ++result.lines_read;
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') {
      ++result.lines_skipped;
      continue;
    }
    const std::string where = source_name + ":" + std::to_string(line_number);
    const bool spintax = format == ThesaurusFormat::kSpintax ||
                         (format == ThesaurusFormat::kAuto && trimmed.find('{') != npos);
    if (!spintax) {
      if (std::string entry = MyThesEntry(trimmed); !entry.empty()) {
        mythes_entry = std::move(entry);
        ++result.lines_skipped;
        continue;
      }
    }
    StatusOr<LineSets> parsed = ParseLine(trimmed, spintax, where);
    if (!parsed.ok()) return parsed.status();
    if (!spintax && !mythes_entry.empty() && trimmed.starts_with('(')) {
      parsed->sets = {MyThesSet(trimmed, mythes_entry)};
    }
    if (!parsed->warning.empty()) result.warnings.push_back(parsed->warning);
    bool used = false;
    for (const std::vector<std::string>& set : parsed->sets) {
      if (set.size() < 2) continue;
      used = true;
      for (size_t s = spintax ? 0 : 1; s < set.size(); ++s) {
        Mapping& mapping = by_spun[set[s]];
        if (mapping.first_line == 0) mapping.first_line = line_number;
        if (spintax) {
          for (size_t o = 0; o < set.size(); ++o) {
            if (o != s) mapping.originals.push_back(wordings.Id(set[o]));
          }
        } else if (set[0] != set[s]) {
          mapping.originals.push_back(wordings.Id(set[0]));
        }
      }
    }
    if (!used) ++result.lines_skipped;
  }
  std::ostringstream out;
  out << "# Imported by 'unspin rules import' from " << source_name << ".\n"
      << "# Every rule needs context: it is applied only where the original reads\n"
      << "# clearly better than the spun wording (see rules/README.md).\n";
  std::unordered_set<std::string> ids;
  std::unordered_set<uint32_t> seen;
  for (const auto& [spun, mapping] : by_spun) {
    if (mapping.originals.empty()) continue;
    std::string restorations;
    seen.clear();
    for (uint32_t original : mapping.originals) {
      if (!seen.insert(original).second) continue;
      restorations += (restorations.empty() ? "" : " | ") + wordings[original];
    }
    out << "\nrule " << UniqueRuleId(spun, ids) << "\n"
        << "  spun:       " << spun << "\n"
        << "  restore:    " << restorations << "\n"
        << "  confidence: 0.3\n"
        << "  category:   imported\n"
        << "  note:       From " << source_name << ":" << mapping.first_line
        << "; needs context to be applied.\n"
        << "  example:    " << spun << " => " << wordings[mapping.originals.front()] << "\n";
    ++result.rules_written;
  }
  result.rules_text = out.str();
  return result;
}

}  // namespace unspin
