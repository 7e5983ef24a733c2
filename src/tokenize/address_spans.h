// Where a text holds addresses rather than prose: URLs, bare domains with a
// path, file paths (Unix and Windows), e-mail addresses, @handles and
// #hashtags. Their words are neither restored (an edit would break the link
// or the path) nor spell-checked.
#pragma once

#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

// The RE2 pattern of one address. Deliberately broad: a false address only
// leaves a word alone. No match holds a space.
extern const char kAddressPattern[];

// Byte ranges of the addresses in `text`, in order, not overlapping: the
// same as searching all of `text` with kAddressPattern, left to right.
// Linear time (RE2), and only runs of non-space bytes holding one of the
// marks an address needs are searched.
std::vector<ByteSpan> FindAddressSpans(std::string_view text);

}  // namespace unspin
