#include "resolve/article_agreement.h"

#include <array>
#include <string>

#include "tokenize/annotations.h"
#include "tokenize/fold.h"

namespace unspin {
namespace {

bool StartsWithAny(std::string_view word, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (word.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace

std::string_view IndefiniteArticleFor(std::string_view word) {
  if (word.empty()) return "";
  const Capitalization caps = CapitalizationOf(word.substr(0, word.find_first_of(" -")));
  if (caps == Capitalization::kAll || caps == Capitalization::kSingle) return "";
  const std::string lower = FoldForMatching(word);
  const char first = lower[0];
  if (first < 'a' || first > 'z') return "";
  // Vowel letters that sound like "you" or "won", and silent h.
  if (StartsWithAny(lower, {"uni", "use", "usu", "uti", "ura", "uro", "eu", "ewe", "one",
                            "once", "ubiq", "uku"})) {
    return "a";
  }
  if (StartsWithAny(lower, {"hour", "honest", "honor", "honour", "heir"})) return "an";
  const bool vowel = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
  return vowel ? "an" : "a";
}

}  // namespace unspin
