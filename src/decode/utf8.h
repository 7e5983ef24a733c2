// UTF-8 validation.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace unspin {

// Returns the byte offset of the first byte that does not start a well-formed
// UTF-8 sequence (overlong forms, surrogates, code points above U+10FFFF and
// truncated sequences are all ill-formed), or nullopt when `bytes` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view bytes);

// Length of the UTF-8 byte order mark at the start of `bytes` (3 or 0).
size_t Utf8BomLength(std::string_view bytes);

// Number of code points in `bytes`; each ill-formed byte counts as one.
size_t CountCodePoints(std::string_view bytes);

}  // namespace unspin
