#include "decode/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace unspin {

std::optional<size_t> FindInvalidUtf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    // ASCII fast path: eight bytes at a time while none has the high bit.
    while (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, data + i, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= length) break;
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);  // rejects overlongs, surrogates, > U+10FFFF
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

size_t Utf8BomLength(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

size_t CountCodePoints(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(bytes.size());
  size_t count = 0;
  for (int32_t i = 0; i < length; ++count) {
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, length, c);
  }
  return count;
}

}  // namespace unspin
