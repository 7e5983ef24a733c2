#include "lexicon/mythes_reader.h"

#include <charconv>

#include "base/strings.h"
#include "lexicon/source_text.h"

namespace unspin {
namespace {

PartOfSpeech PosOfTag(std::string_view tag) {
  if (tag == "(noun)") return PartOfSpeech::kNoun;
  if (tag == "(verb)") return PartOfSpeech::kVerb;
  if (tag == "(adj)") return PartOfSpeech::kAdjective;
  if (tag == "(adv)") return PartOfSpeech::kAdverb;
  return PartOfSpeech::kUnknown;
}

MythesTerm TermOf(std::string_view field) {
  static constexpr std::pair<std::string_view, MythesRelation> kNotes[] = {
      {" (generic term)", MythesRelation::kGeneric},
      {" (similar term)", MythesRelation::kSimilar},
      {" (related term)", MythesRelation::kRelated},
      {" (antonym)", MythesRelation::kAntonym}};
  for (const auto& [note, relation] : kNotes) {
    if (field.ends_with(note)) {
      return {std::string(Trim(field.substr(0, field.size() - note.size()))), relation};
    }
  }
  return {std::string(Trim(field)), MythesRelation::kSynonym};
}

std::vector<std::string_view> SplitBars(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t at = 0;
  while (true) {
    const size_t bar = line.find('|', at);
    fields.push_back(line.substr(at, bar == std::string_view::npos ? bar : bar - at));
    if (bar == std::string_view::npos) return fields;
    at = bar + 1;
  }
}

}  // namespace

StatusOr<std::vector<MythesEntry>> ParseMythes(std::string_view text, const std::string& name) {
  std::vector<MythesEntry> entries;
  size_t senses_left = 0;
  size_t header_line = 0;
  auto where = [&](size_t line) { return name + ":" + std::to_string(line) + ": "; };
  const Status read = ForEachLine(text, [&](std::string_view line, size_t line_number) -> Status {
    if (line_number == 1) return Status::Ok();  // the encoding
    if (senses_left > 0) {
      const std::vector<std::string_view> fields = SplitBars(line);
      if (fields.empty() || !fields[0].starts_with('(')) {
        return Status::Error(where(line_number) + "expected a sense line '(POS)|TERM|...' of '" +
                             entries.back().word + "' (line " + std::to_string(header_line) +
                             " promised " +
                             std::to_string(entries.back().senses.size() + senses_left) + ")");
      }
      MythesSense sense;
      sense.pos = PosOfTag(fields[0]);
      for (size_t i = 1; i < fields.size(); ++i) {
        if (!Trim(fields[i]).empty()) sense.terms.push_back(TermOf(fields[i]));
      }
      entries.back().senses.push_back(std::move(sense));
      --senses_left;
      return Status::Ok();
    }
    if (Trim(line).empty()) return Status::Ok();
    const size_t bar = line.rfind('|');
    size_t count = 0;
    const std::string_view digits = bar == std::string_view::npos ? "" : line.substr(bar + 1);
    const auto [stop, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (bar == std::string_view::npos || error != std::errc() ||
        stop != digits.data() + digits.size()) {
      return Status::Error(where(line_number) + "expected an entry 'WORD|COUNT', got '" +
                           std::string(line) + "'");
    }
    entries.push_back({std::string(line.substr(0, bar)), {}});
    senses_left = count;
    header_line = line_number;
    return Status::Ok();
  });
  if (!read.ok()) return read;
  if (senses_left > 0) {
    return Status::Error(where(header_line) + "entry '" + entries.back().word + "' promises " +
                         std::to_string(entries.back().senses.size() + senses_left) +
                         " sense lines but the file ends after " +
                         std::to_string(entries.back().senses.size()));
  }
  return entries;
}

}  // namespace unspin
