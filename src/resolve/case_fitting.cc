#include "resolve/case_fitting.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "tokenize/annotations.h"

namespace unspin {
namespace {

std::string ToUpper(std::string_view text) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  unicode.toUpper(icu::Locale::getRoot());
  std::string out;
  unicode.toUTF8String(out);
  return out;
}

std::string UpperFirst(std::string_view text) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t end = 0;
  UChar32 c;
  U8_NEXT(data, end, length, c);
  if (c < 0 || !u_islower(c)) return std::string(text);
  return ToUpper(text.substr(0, end)) + std::string(text.substr(end));
}

// The case of the first word of `spun` decides, except that all-capitals
// must hold for every word ("SATELLITE TV FOR PC").
Capitalization SpunCase(std::string_view spun) {
  const size_t space = spun.find(' ');
  const Capitalization first = CapitalizationOf(spun.substr(0, space));
  if (first == Capitalization::kAll && CapitalizationOf(spun) != Capitalization::kAll) {
    return Capitalization::kFirst;
  }
  return first;
}

// "Hearth Division": two or more words, each capitalised.
bool IsTitleCase(std::string_view spun) {
  size_t words = 0;
  size_t start = 0;
  while (start < spun.size()) {
    const size_t end = std::min(spun.find(' ', start), spun.size());
    if (end > start) {
      if (CapitalizationOf(spun.substr(start, end - start)) != Capitalization::kFirst) return false;
      ++words;
    }
    start = end + 1;
  }
  return words >= 2;
}

// Capitalises each word of `text` except short function words after the
// first: "fire department of the city" -> "Fire Department of the City".
std::string TitleCase(std::string_view text) {
  static const std::set<std::string_view> kSmall = {"a",  "an", "and", "at", "for", "in",
                                                    "of", "on", "or",  "the", "to"};
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    out += (first || !kSmall.contains(word)) ? UpperFirst(word) : std::string(word);
    first = false;
    if (end == text.size()) break;
    out += ' ';
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string FitCase(std::string_view restoration, std::string_view spun) {
  if (IsTitleCase(spun)) return TitleCase(restoration);
  switch (SpunCase(spun)) {
    case Capitalization::kAll:
      return ToUpper(restoration);
    case Capitalization::kFirst:
    case Capitalization::kSingle:
      return UpperFirst(restoration);
    case Capitalization::kNone:
      break;
  }
  return std::string(restoration);
}

}  // namespace unspin
