// Spelling suggestions from the reference vocabulary: the dictionary words one
// edit away from a misspelling, most frequent first.
//
// Hunspell's own suggestion search costs 5 to 30 ms a word (measured on the
// benchmark corpus: 31 ms with en_US), which caps a spell stage in report
// mode at a few MB/s on text with many unknown words. Most real misspellings
// are one edit from the intended word (Damerau 1964), and the vocabulary
// knows how common each candidate is, which is a better ranking than
// Hunspell's: this search costs about 0.1 ms a word.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vocab/vocabulary.h"

namespace unspin {

// True when `word` is something this search handles: ASCII letters, with
// apostrophes or hyphens inside, 2 to 40 bytes.
bool SuggestibleFromVocabulary(std::string_view word);

// Up to `max` suggestions for `word` (SuggestibleFromVocabulary): the words
// at edit distance 1 (a letter deleted, inserted or replaced, or two
// neighbours swapped) and splits into two words ("alltime" -> "all time")
// that the vocabulary has seen and `accepts` (the spelling dictionary)
// takes, most frequent first, in the case of `word` ("Intrusted" ->
// "Entrusted").
std::vector<std::string> SuggestFromVocabulary(std::string_view word, const Vocabulary& vocabulary,
                                               const std::function<bool(std::string_view)>& accepts,
                                               size_t max);

}  // namespace unspin
