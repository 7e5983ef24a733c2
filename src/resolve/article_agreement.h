// "a" or "an" before a word.
#pragma once

#include <string_view>

namespace unspin {

// "an" when `word` starts with a vowel sound ("an hour", "an analysis"),
// "a" otherwise ("a high", "a union", "a one-off"), and "" when unsure
// (digits, symbols, acronyms), in which case the article is left alone.
std::string_view IndefiniteArticleFor(std::string_view word);

}  // namespace unspin
