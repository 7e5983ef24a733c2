// Finding what a spinner changed: a spun text aligned word by word with its
// original, and the substitutions that turned one into the other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tokenize/token.h"
#include "vocab/vocabulary.h"

namespace unspin {

// spun_tokens[spun_begin, spun_end) was written for
// original_tokens[original_begin, original_end). Both sides are non-empty.
struct Substitution {
  size_t spun_begin = 0, spun_end = 0;
  size_t original_begin = 0, original_end = 0;
};

// A spun text and its original, tokenized and aligned. Token spans point
// into `spun` and `original`.
struct AlignedPair {
  std::string spun;
  // The original with each {a|b} group resolved: to the option the spun
  // text uses where it uses one (no substitution there), else to the
  // first option (the original wording).
  std::string original;
  Tokens spun_tokens;
  Tokens original_tokens;
  std::vector<Substitution> substitutions;  // in spun order
};

struct ExtractOptions {
  // Longest phrase on either side, in tokens (punctuation marks count).
  size_t max_words = 4;
  // Used to decide which neighbouring word extra spun words belong to
  // ("satellite tv for pc" <- "satellite", "brand new" <- "new"); may be
  // null, and must outlive the call.
  const Vocabulary* vocabulary = nullptr;
};

// Aligns `spun` with `original` (which may hold {a|b} markup) on the
// tokens' keys and keeps each change hunk that
//   - replaces 1..max_words spun tokens by 1..max_words original tokens,
//   - does not cross a line break,
//   - changes a word, not only punctuation (the words of the two sides
//     differ, and each side has one).
// Original words the spinner dropped (pure insertions) are ignored. Spun
// words the spinner added (pure deletions) are joined to the unchanged
// word beside them on the same line, the spinner's expansion of that word:
// the one with the stronger association in `vocabulary` (pointwise mutual
// information of the two word pairs at the joins; the rarer neighbour where
// the vocabulary saw neither pair), or the word after them without a
// vocabulary.
AlignedPair AlignPair(std::string_view spun, std::string_view original,
                      const ExtractOptions& options = {});

// The tokens' keys joined by single spaces: a phrase as rules write it.
std::string PhraseKey(const Tokens& tokens, size_t begin, size_t end);

// The bytes of tokens [begin, end) of `text`, from the first token's start
// to the last one's end, with each run of spaces and tabs made one space.
std::string PhraseText(std::string_view text, const Tokens& tokens, size_t begin, size_t end);

// `bytes` with each run of spaces and tabs made one space.
std::string CollapseBlanks(std::string_view bytes);

}  // namespace unspin
