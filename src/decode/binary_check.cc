#include "decode/binary_check.h"

#include <algorithm>

#include "decode/utf8.h"

namespace unspin {
namespace {

constexpr size_t kMinShareBytes = 256;

}  // namespace

std::optional<BinaryEvidence> FindBinaryEvidence(std::string_view head) {
  head = head.substr(0, kBinaryCheckBytes);
  if (const size_t nul = head.find('\0'); nul != std::string_view::npos) {
    return BinaryEvidence{BinaryEvidence::kNulByte, nul};
  }
  // Each ill-formed byte counts once; a sequence cut by the end of the
  // block counts too, which at most three bytes of 8 KiB cannot tip.
  std::optional<size_t> first;
  size_t invalid = 0;
  for (size_t from = 0; from < head.size();) {
    const std::optional<size_t> bad = FindInvalidUtf8(head.substr(from));
    if (!bad) break;
    if (!first) first = from + *bad;
    ++invalid;
    from += *bad + 1;
  }
  // Counted over at least kMinShareBytes: in a short text, a few bad bytes
  // (an accent or two in Latin-1) are a high share of few bytes.
  if (invalid * 10 > std::max(head.size(), kMinShareBytes)) {
    return BinaryEvidence{BinaryEvidence::kInvalidUtf8, *first};
  }
  return std::nullopt;
}

}  // namespace unspin
