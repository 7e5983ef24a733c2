// Folding text into the keys that rules and documents are matched on.
#pragma once

#include <string>
#include <string_view>

namespace unspin {

// Replaces every apostrophe-like character (’ ‘ ʼ ` ´ ′) by ' and every
// dash-like character (‐ ‑ ‒ – — ― −) by -. Other bytes, including invalid
// UTF-8, are copied unchanged.
std::string FoldPunctuation(std::string_view text);

// The matching key of a token: FoldPunctuation, then Unicode case folding and
// NFKC (ICU's NFKC_Casefold). ASCII input takes a fast path.
std::string FoldForMatching(std::string_view text);

}  // namespace unspin
