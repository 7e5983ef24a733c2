#include "spell/vocabulary_suggester.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "base/strings.h"
#include "tokenize/annotations.h"

namespace unspin {
namespace {

constexpr size_t kMinWordBytes = 2;
constexpr size_t kMaxWordBytes = 40;
// Letters tried for insertions and replacements, plus the apostrophe and
// hyphen that English words carry inside.
constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz'-";

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// The case of `word` put on `suggestion`: "Intrusted" -> "Entrusted",
// "RECIEVE" -> "RECEIVE", lower case otherwise.
std::string InCaseOf(std::string_view word, std::string suggestion) {
  const Capitalization capitalization = CapitalizationOf(word);
  if (capitalization == Capitalization::kAll) {
    for (char& c : suggestion) c = Upper(c);
  } else if (capitalization == Capitalization::kFirst && !suggestion.empty()) {
    suggestion[0] = Upper(suggestion[0]);
  }
  return suggestion;
}

struct Scored {
  std::string words;  // lower case, one or two words
  uint64_t count = 0;
};

}  // namespace

bool SuggestibleFromVocabulary(std::string_view word) {
  if (word.size() < kMinWordBytes || word.size() > kMaxWordBytes) return false;
  if (!IsAsciiLetter(word.front()) || !IsAsciiLetter(word.back())) return false;
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return IsAsciiLetter(c) || c == '\'' || c == '-'; });
}

std::vector<std::string> SuggestFromVocabulary(std::string_view word, const Vocabulary& vocabulary,
                                               const std::function<bool(std::string_view)>& accepts,
                                               size_t max) {
  std::string lower(word);
  for (char& c : lower) c = Lower(c);

  std::unordered_set<std::string> tried;
  std::vector<Scored> found;
  auto consider = [&](const std::string& candidate) {
    if (candidate.empty() || candidate == lower || !tried.insert(candidate).second) return;
    const std::string_view key = candidate;
    const uint64_t count = vocabulary.Count(std::span<const std::string_view>(&key, 1));
    if (count > 0) found.push_back({candidate, count});
  };

  std::string candidate;
  for (size_t i = 0; i < lower.size(); ++i) {  // deletions
    candidate = lower;
    candidate.erase(i, 1);
    consider(candidate);
  }
  for (size_t i = 0; i + 1 < lower.size(); ++i) {  // transpositions
    candidate = lower;
    std::swap(candidate[i], candidate[i + 1]);
    consider(candidate);
  }
  for (size_t i = 0; i < lower.size(); ++i) {  // replacements
    for (char c : kAlphabet) {
      if (c == lower[i]) continue;
      candidate = lower;
      candidate[i] = c;
      consider(candidate);
    }
  }
  for (size_t i = 0; i <= lower.size(); ++i) {  // insertions
    for (char c : kAlphabet) {
      candidate = lower;
      candidate.insert(candidate.begin() + static_cast<std::ptrdiff_t>(i), c);
      consider(candidate);
    }
  }
  // Two words run together: both seen, and seen together.
  for (size_t i = 1; i < lower.size(); ++i) {
    const std::array<std::string_view, 2> pair = {std::string_view(lower).substr(0, i),
                                                  std::string_view(lower).substr(i)};
    const uint64_t together = vocabulary.Count(pair);
    if (together > 0) found.push_back({std::string(pair[0]) + " " + std::string(pair[1]), together});
  }

  std::stable_sort(found.begin(), found.end(), [](const Scored& a, const Scored& b) {
    return a.count != b.count ? a.count > b.count : a.words < b.words;
  });
  std::vector<std::string> suggestions;
  for (const Scored& scored : found) {
    if (suggestions.size() >= max) break;
    std::string suggestion = InCaseOf(word, scored.words);
    // Candidates the vocabulary has seen may still be misspellings (its
    // sources are not proofread) or words the dictionary does not take:
    // only what the spell stage itself would accept is suggested.
    bool accepted = true;
    for (const std::string& part : SplitAndTrim(suggestion, " ")) {
      if (part.front() == '-' || part.back() == '-' || !accepts(part)) accepted = false;
    }
    if (accepted) suggestions.push_back(std::move(suggestion));
  }
  return suggestions;
}

}  // namespace unspin
