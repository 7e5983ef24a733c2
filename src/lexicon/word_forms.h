// Re-inflection: the forms of a lemma in each slot of its part of speech
// (see InflectionSlot), so that a candidate original can be put in the form of
// the word it would replace ("mentioned" -> "say" -> "said").
//
// Verbs and nouns are inflected by the project's Inflector (its regular
// rules and dictionaries/english-inflections.tsv). Where the table does not
// list a word, WordNet's exception lists read in reverse supply irregular
// forms the regular rules would get wrong ("bite" -> "bit", "bitten";
// "aardwolf" -> "aardwolves"). Adjectives compare with -er/-est when short
// ("big" -> "bigger", "happy" -> "happiest"), with "more"/"most" otherwise,
// and irregularly from adj.exc ("good" -> "better", "best").
// A phrase inflects as rules' `inflect:` does: a verb its first word, a
// noun its last; an adjective phrase takes "more"/"most".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/lexical_types.h"
#include "lexicon/wordnet_reader.h"
#include "rules/inflector.h"

namespace unspin {

// Immutable after construction; const methods are thread-safe.
class WordForms {
 public:
  // `exceptions` are WordNet's (inflected, base, pos) triples; may be empty.
  WordForms(Inflector inflector, const std::vector<WordNetException>& exceptions);

  // FormCount(pos) forms of `lemma` (lower case, words separated by single
  // spaces), slot 0 being `lemma` itself.
  std::vector<std::string> Forms(std::string_view lemma, PartOfSpeech pos) const;

 private:
  std::vector<std::string> WordFormsOf(std::string_view word, PartOfSpeech pos) const;
  std::vector<std::string> VerbForms(std::string_view word) const;
  std::vector<std::string> NounForms(std::string_view word) const;
  std::vector<std::string> AdjectiveForms(std::string_view word) const;

  Inflector inflector_;
  Inflector regular_;
  // base -> its irregular forms, per part of speech (index: PartOfSpeech).
  std::unordered_map<std::string, std::vector<std::string>> irregular_[4];
};

}  // namespace unspin
