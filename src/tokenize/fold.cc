#include "tokenize/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "base/strings.h"

namespace unspin {
namespace {

bool IsApostrophe(UChar32 c) {
  return c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x0060 ||
         c == 0x00B4 || c == 0x2032;
}

bool IsDash(UChar32 c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }


}  // namespace

std::string FoldPunctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    if (data[i] < 0x80) {
      out.push_back(static_cast<char>(data[i++]));
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (IsApostrophe(c)) {
      out.push_back('\'');
    } else if (IsDash(c)) {
      out.push_back('-');
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

std::string FoldForMatching(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '`') c = '\'';
    }
    return out;
  }
  const std::string punctuation_folded = FoldPunctuation(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* casefold =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return punctuation_folded;
  const icu::UnicodeString folded = casefold->normalize(
      icu::UnicodeString::fromUTF8(punctuation_folded), status);
  if (U_FAILURE(status)) return punctuation_folded;
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace unspin
