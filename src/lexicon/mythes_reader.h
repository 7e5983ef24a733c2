// Reading LibreOffice's thesaurus in MyThes format (Debian's mythes-en-us:
// /usr/share/mythes/th_en_US_v2.dat). The first line names the encoding;
// then each entry is a line "WORD|N" followed by N sense lines
//   (POS)|TERM|TERM (generic term)|TERM (antonym)|...
// most frequent sense first. A term's parenthesised note says how it relates
// to the entry word; a term without one is a synonym.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/lexical_types.h"

namespace unspin {

enum class MythesRelation : uint8_t { kSynonym, kGeneric, kSimilar, kRelated, kAntonym, kOther };

struct MythesTerm {
  std::string text;
  MythesRelation relation = MythesRelation::kSynonym;
};

struct MythesSense {
  PartOfSpeech pos = PartOfSpeech::kUnknown;  // "(noun)", "(verb)", "(adj)", "(adv)"
  std::vector<MythesTerm> terms;
};

struct MythesEntry {
  std::string word;
  std::vector<MythesSense> senses;  // most frequent first
};

// Parses a whole .dat file. `name` is used in error messages, which give the
// line: an entry header without a count, or fewer sense lines than it says.
StatusOr<std::vector<MythesEntry>> ParseMythes(std::string_view text, const std::string& name);

}  // namespace unspin
