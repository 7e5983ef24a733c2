// Facts about each token that rules need: is it quoted, does it start a
// sentence, how is it capitalised.
#pragma once

#include <string_view>
#include <vector>

#include "tokenize/token.h"

namespace unspin {

enum class Capitalization : uint8_t {
  kNone,   // no upper-case letter: "said", "2024", ","
  kFirst,  // first letter upper case, some lower case: "Said", "McCain"
  kAll,    // two or more letters, all upper case: "SAID", "KCNA"
  kSingle, // a single upper-case letter: "A", "I"
};

struct TokenAnnotation {
  bool in_quotes = false;       // inside “…”, "…" or «…» on the same line
  bool sentence_start = false;  // first word of a line or a sentence
  Capitalization capitalization = Capitalization::kNone;
};

// One annotation per token of `tokens`, which were made from `text`.
std::vector<TokenAnnotation> Annotate(std::string_view text, const Tokens& tokens);

// How `word` (UTF-8) is capitalised.
Capitalization CapitalizationOf(std::string_view word);

}  // namespace unspin
