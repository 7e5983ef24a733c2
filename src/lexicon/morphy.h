// Lemmatisation as WordNet's morphy does it (morph.c of WordNet 3.0): a
// word's base forms are the word itself where it is a lemma, the bases the
// exception lists (POS.exc) give it, and, where those give none, the
// lemmas that a detachment rule makes of it:
//   noun: -s, -ses>s, -xes>x, -zes>z, -ches>ch, -shes>sh, -men>man, -ies>y
//   verb: -s, -ies>y, -es>e, -es, -ed>e, -ed, -ing>e, -ing
//   adj:  -er, -est, -er>e, -est>e
// One addition: a doubled final consonant is undone ("stopped" -> "stop"),
// which morphy leaves to the exception lists, where many are missing.
// A phrase is lemmatised as rules/README.md's `inflect:` inflects one: a
// verb phrase by its first word ("took part" -> "take part"), a noun phrase
// by its last ("prime ministers" -> "prime minister").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexical_types.h"

namespace unspin {

// What morphy needs to know of a dictionary. Implementations are const and
// thread-safe when the dictionary is.
class MorphyDictionary {
 public:
  virtual ~MorphyDictionary() = default;
  // Whether `phrase` (words separated by single spaces) is a lemma of `pos`.
  virtual bool IsLemma(std::string_view phrase, PartOfSpeech pos) const = 0;
  // Appends to `bases` the base forms that the exception list of `pos`
  // gives the single word `word`.
  virtual void Exceptions(std::string_view word, PartOfSpeech pos,
                          std::vector<std::string>& bases) const = 0;
};

struct BaseForm {
  std::string lemma;
  PartOfSpeech pos = PartOfSpeech::kNoun;
  // The slots `lemma` may fill to read as the surface: a detachment rule
  // tells it ("-ed": past or participle); an exception's is guessed from
  // its ending, and callers that know the lemma's forms refine it.
  InflectionSet inflections = 0;
};

// The base forms of `phrase` (folded words separated by single spaces) in
// the four parts of speech of WordNet, each lemma and part of speech once.
// Empty when none is a lemma of `dictionary`.
std::vector<BaseForm> FindBaseForms(std::string_view phrase, const MorphyDictionary& dictionary);

}  // namespace unspin
