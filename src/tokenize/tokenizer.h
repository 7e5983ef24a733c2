// Splitting UTF-8 text into tokens with ICU's word-break rules (UAX #29).
#pragma once

#include <unicode/brkiter.h>
#include <unicode/localpointer.h>

#include <string_view>

#include "tokenize/token.h"

namespace unspin {

// Not thread-safe (it owns an ICU break iterator): use one per thread.
class Tokenizer {
 public:
  Tokenizer();

  // Tokens of `text` in order, with byte spans into `text`. Whitespace other
  // than line breaks is skipped. Invalid UTF-8 bytes become kPunct tokens
  // with an empty key, so they never match a rule. A trailing possessive
  // ('s, ’s) is split into a token of its own: "party’s" -> "party", "’s".
  //
  // Runs of ASCII without spaces take a fast path that implements the
  // UAX #29 rules for ASCII; everything else goes through ICU. The two
  // agree exactly (tests compare them on random text).
  Tokens Tokenize(std::string_view text);
  // The same into `out`, which is cleared first and keeps its storage.
  // With KeyStorage::kMayViewText, a key that is its token's bytes
  // unchanged (key_is_text: most words, which are lower case) views `text`
  // instead of a copy in `out`: copying them was a fifth of tokenizing.
  // `text` must then outlive every use of the keys.
  enum class KeyStorage { kCopied, kMayViewText };
  void TokenizeInto(std::string_view text, Tokens& out, KeyStorage keys = KeyStorage::kCopied);

  // The same, with ICU for everything: the reference the fast path is
  // tested against.
  Tokens TokenizeWithIcu(std::string_view text);

 private:
  void TokenizeRunWithIcu(std::string_view text, size_t begin, size_t end, Tokens& out);
  // `folds`: the run has bytes that folding changes.
  void TokenizeAsciiRun(std::string_view text, size_t begin, size_t end, bool folds,
                        KeyStorage keys, Tokens& out) const;
  void AddWord(std::string_view text, size_t begin, size_t end, TokenKind kind,
               Tokens& out) const;
  void AddNonWord(std::string_view text, size_t begin, size_t end,
                  Tokens& out) const;

  icu::LocalPointer<icu::BreakIterator> words_;
};

}  // namespace unspin
