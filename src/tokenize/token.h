// A token: a word, number, punctuation mark or line break of a document.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/edit.h"

namespace unspin {

enum class TokenKind : uint8_t {
  kWord,       // letters (possibly with inner apostrophes or dots: "didn't", "U.S")
  kNumber,     // digits, possibly with inner separators: "2,024", "3.5"
  kPunct,      // one non-space, non-word character (or one invalid byte)
  kLineBreak,  // LF, CR, CRLF, U+2028 or U+2029
};

struct Token {
  ByteSpan span;  // into the document's bytes
  TokenKind kind = TokenKind::kPunct;
  // FoldForMatching of the token's bytes; empty for line breaks and
  // invalid bytes.
  std::string key;
};

using Tokens = std::vector<Token>;

// True when no whitespace separates token `a` from token `b` that follows it.
inline bool Glued(const Token& a, const Token& b) {
  return a.span.end == b.span.begin;
}

}  // namespace unspin
