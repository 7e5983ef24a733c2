// The small vocabulary the lexicon stage speaks in: parts of speech, the
// inflections of a word, and the thesauri a synonym pair comes from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace unspin {

// WordNet's four parts of speech, and kUnknown for words that only a
// thesaurus without parts of speech (Moby) knows.
enum class PartOfSpeech : uint8_t { kNoun, kVerb, kAdjective, kAdverb, kUnknown };

// "noun", "verb", "adj", "adv" or "?".
std::string_view PartOfSpeechName(PartOfSpeech pos);

// How a surface form inflects its lemma. The slots of a lemma's forms
// (WordForms::Forms, word_forms.h) are numbered by these, per part of speech:
//   verb: base, third person, past, participle, gerund
//   noun: base (singular), plural
//   adjective: base, comparative, superlative
//   adverb, unknown: base
enum class InflectionSlot : uint8_t {
  kBase = 0,
  kThirdPerson = 1,
  kPast = 2,
  kParticiple = 3,
  kGerund = 4,
  kPlural = 1,
  kComparative = 1,
  kSuperlative = 2,
};
// A set of inflection slots, bit i for slot i: a regular past ("mentioned")
// is both the past and the participle.
using InflectionSet = uint8_t;
inline constexpr InflectionSet InflectionBit(InflectionSlot slot) {
  return static_cast<InflectionSet>(1u << static_cast<unsigned>(slot));
}
// The number of forms a lemma of `pos` has (5 for verbs, 2 for nouns...).
int FormCount(PartOfSpeech pos);
// The name of slot `slot` of `pos`: "past", "plural", "comparative"...
std::string_view InflectionName(PartOfSpeech pos, int slot);

// The better of two sense ranks (1 is a word's most frequent sense), where
// 0 means none.
inline uint8_t BestRank(uint8_t a, uint8_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  return a < b ? a : b;
}

// The thesauri the lexicon is compiled from, one bit each.
enum LexiconSource : uint8_t {
  kSourceWordNet = 1,  // WordNet 3.0: same synset
  kSourceMythes = 2,   // LibreOffice's thesaurus (mythes): one entry lists the other
  kSourceMoby = 4,     // Moby, as Aiksaurus ships it: same meaning group
};
using SourceMask = uint8_t;
inline constexpr SourceMask kAllSources = kSourceWordNet | kSourceMythes | kSourceMoby;

// "wordnet", "mythes" or "moby" (the lowest bit set in `source`).
std::string_view SourceName(SourceMask source);
// The sources named in a comma-separated list ("moby,wordnet"); an empty
// list is no source. Fails naming the unknown name.
StatusOr<SourceMask> ParseSourceList(std::string_view list);
// The names of the sources in `mask`, joined by '+' ("wordnet+moby"), or "-".
std::string SourceList(SourceMask mask);

}  // namespace unspin
