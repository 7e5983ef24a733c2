#include "resolve/case_fitting.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>

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

}  // namespace

std::string FitCase(std::string_view restoration, std::string_view spun) {
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
