// Which words the spell stage checks. Names, acronyms, numbers, addresses
// (URLs, paths, e-mail addresses, handles, hashtags: TokenAnnotation's
// in_address) and quoted words are not misspellings worth reporting in
// scraped news.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenize/tokenized_text.h"

namespace unspin {

// One flag per token: true for the words to check. A capitalised word is
// checked only at the start of a sentence, and not even there when the same
// capitalised form appears mid-sentence elsewhere in the document (a name
// used again: "Yoon said ... said Yoon"). Hyphenated compounds are checked
// part by part (the tokenizer splits them).
std::vector<uint8_t> WordsToCheck(const TokenizedText& document);

}  // namespace unspin
