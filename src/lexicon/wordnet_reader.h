// Reading WordNet 3.0's database files (Debian's wordnet-base installs them
// in /usr/share/wordnet; the format is `man 5 wndb`):
//   data.POS   one synset a line: "OFFSET LEXFILE TYPE W_CNT WORD LEX_ID ...
//              P_CNT POINTERS... | GLOSS" (W_CNT in hex; lines that start
//              with a space are the licence)
//   index.POS  one lemma a line: "LEMMA POS SYNSET_CNT P_CNT SYMBOLS...
//              SENSE_CNT TAGSENSE_CNT OFFSETS..." (most frequent sense first)
//   POS.exc    irregular forms: "INFLECTED BASE [BASE...]"
// Words keep WordNet's spelling and case; '_' becomes a space, and an
// adjective's syntactic marker ("ready_to_hand(p)") is dropped.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "lexicon/lexical_types.h"

namespace unspin {

struct WordNetSynset {
  uint32_t offset = 0;  // its byte offset in data.POS, as index.POS names it
  PartOfSpeech pos = PartOfSpeech::kNoun;
  std::vector<std::string> words;
};

struct WordNetException {
  std::string inflected;
  std::string base;
  PartOfSpeech pos = PartOfSpeech::kNoun;
};

struct WordNet {
  std::vector<WordNetSynset> synsets;
  // (lemma, pos) -> the offsets of its synsets, most frequent sense first.
  std::map<std::pair<std::string, PartOfSpeech>, std::vector<uint32_t>> senses;
  std::vector<WordNetException> exceptions;
};

// Each adds one file's contents to `wordnet`; `name` is used in error
// messages ("data.noun:12: ..."), which name the line and what is wrong.
Status AddWordNetData(std::string_view text, PartOfSpeech pos, const std::string& name,
                      WordNet& wordnet);
Status AddWordNetIndex(std::string_view text, PartOfSpeech pos, const std::string& name,
                       WordNet& wordnet);
Status AddWordNetExceptions(std::string_view text, PartOfSpeech pos, const std::string& name,
                            WordNet& wordnet);

// Reads data.*, index.* and *.exc of the four parts of speech from `dir`.
// Fails naming the first file that is missing or malformed.
StatusOr<WordNet> ReadWordNet(const std::string& dir);

}  // namespace unspin
