// Whether an input is text at all, decided from its first block as grep and
// git decide: unspin restores text, and a file that is not text must come
// out exactly as it went in (random bytes hold "YR" and "chief" too).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace unspin {

// Bytes of an input's start that decide (git looks at 8,000, grep at a
// buffer of about this size).
inline constexpr size_t kBinaryCheckBytes = 8192;

// Why the first block of an input is not text: a NUL byte (as git and grep
// decide), or more than one byte in ten that is not well-formed UTF-8
// (text in another encoding than UTF-8, compressed or random data), the
// share counted over at least 256 bytes. Text with a few bad bytes (Latin-1
// accents in English, a truncated character, a short line with two) is
// text. `head` is the input's first bytes; only kBinaryCheckBytes of
// them are looked at.
struct BinaryEvidence {
  enum Kind { kNulByte, kInvalidUtf8 } kind;
  size_t offset;  // the NUL byte, or the first invalid byte
};

// Nullopt when `head` reads as text.
std::optional<BinaryEvidence> FindBinaryEvidence(std::string_view head);

}  // namespace unspin
