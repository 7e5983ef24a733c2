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
  // Part of a URL, file path, e-mail address, @handle or #hashtag
  // (address_spans.h): never restored, never spell-checked.
  bool in_address = false;
  bool sentence_start = false;  // first word of a line or a sentence
  Capitalization capitalization = Capitalization::kNone;
};

// What annotating has learnt of a line so far: whether a quotation is
// open, and whether the next word starts a sentence. A line break resets it.
struct AnnotationState {
  bool in_straight_quotes = false;
  int curly_depth = 0;
  bool at_sentence_start = true;
};

// One annotation per token of `tokens`, which were made from `text`.
std::vector<TokenAnnotation> Annotate(std::string_view text, const Tokens& tokens);
// The same for `text` that continues a line whose earlier part left
// `state` (text cut at a space from a longer line, which is then read as
// if whole); `state` is left as the end of `text` leaves it.
std::vector<TokenAnnotation> Annotate(std::string_view text, const Tokens& tokens,
                                      AnnotationState& state);

// How `word` (UTF-8) is capitalised.
Capitalization CapitalizationOf(std::string_view word);

}  // namespace unspin
