// English inflection for rules marked "inflect: verb" or "inflect: noun".
//
// Hunspell cannot generate forms with Debian's stock en_US dictionary, so
// unspin ships its own: regular English spelling rules plus a table of
// irregular forms (dictionaries/english-inflections.tsv).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace unspin {

// Forms of a verb, in this order: base, third person singular, past, past
// participle, present participle. Of a noun: singular, plural.
using VerbForms = std::array<std::string, 5>;
using NounForms = std::array<std::string, 2>;

// Immutable after loading; const methods are thread-safe.
class Inflector {
 public:
  // An inflector with only the regular rules.
  Inflector() = default;

  // Loads a table of irregular forms. Each non-comment line is
  //   verb BASE THIRD-PERSON PAST PARTICIPLE GERUND
  //   noun SINGULAR PLURAL
  // separated by tabs or spaces. `name` is used in error messages.
  static StatusOr<Inflector> FromTable(std::string_view table, const std::string& name);
  static StatusOr<Inflector> FromFile(const std::string& path);

  // `word` must be lower case; unknown words are inflected regularly.
  VerbForms Verb(std::string_view word) const;
  NounForms Noun(std::string_view word) const;

 private:
  std::unordered_map<std::string, VerbForms> verbs_;
  std::unordered_map<std::string, NounForms> nouns_;
};

// Inflects a phrase: for verbs the first word, for nouns the last word; the
// other words are kept. Returns one phrase per form, in the order above.
std::vector<std::string> InflectPhrase(const Inflector& inflector, std::string_view phrase,
                                       bool as_verb);

}  // namespace unspin
