#include "eval/score_text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace unspin {
namespace {

char32_t Fold(char32_t c) {
  switch (c) {
    case U'\u2019':
    case U'\u2018':
      return U'\'';
    case U'\u201c':
    case U'\u201d':
      return U'"';
    case U'\u2013':
    case U'\u2014':
      return U'-';
    default:
      return c;
  }
}

// Python's str.isalnum() or '_': what \w matches in a str pattern.
bool IsWordChar(char32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  const UChar32 u = static_cast<UChar32>(c);
  return u_isalpha(u) || u_getIntPropertyValue(u, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

// Python's str.isspace(): what \s matches in a str pattern.
bool IsSpaceChar(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  const UChar32 u = static_cast<UChar32>(c);
  if (u_charType(u) == U_SPACE_SEPARATOR) return true;
  const UCharDirection direction = u_charDirection(u);
  return direction == U_WHITE_SPACE_NEUTRAL || direction == U_BLOCK_SEPARATOR ||
         direction == U_SEGMENT_SEPARATOR;
}

bool IsJoiner(char32_t c) { return c == U'\'' || c == U'-' || c == U'.'; }

std::string Lower(std::u32string_view word) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF32(
      reinterpret_cast<const UChar32*>(word.data()), static_cast<int32_t>(word.size()));
  text.toLower(icu::Locale::getRoot());
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::u32string DecodeForScoring(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT_OR_FFFD(bytes, i, length, c);
    if (c == '\r') {
      if (i < length && bytes[i] == '\n') ++i;
      c = '\n';
    }
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char32_t c : text) {
    // Every code point here came from DecodeForScoring: a scalar value.
    uint8_t buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
  }
  return out;
}

std::vector<std::string> ScoreTokens(std::u32string_view raw) {
  std::u32string text(raw);
  for (char32_t& c : text) c = Fold(c);
  std::vector<std::string> tokens;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const size_t start = i;
    if (IsWordChar(text[i])) {
      while (i < n && IsWordChar(text[i])) ++i;
      // (?:['\-.]\w+)*: a joiner counts only when a word character follows.
      while (i + 1 < n && IsJoiner(text[i]) && IsWordChar(text[i + 1])) {
        i += 2;
        while (i < n && IsWordChar(text[i])) ++i;
      }
    } else if (!IsSpaceChar(text[i])) {
      ++i;
    } else {
      ++i;
      continue;
    }
    tokens.push_back(Lower(std::u32string_view(text).substr(start, i - start)));
  }
  return tokens;
}

std::vector<std::string> ScoreTokens(std::string_view utf8) {
  return ScoreTokens(DecodeForScoring(utf8));
}

}  // namespace unspin
