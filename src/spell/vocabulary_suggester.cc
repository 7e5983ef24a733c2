#include "spell/vocabulary_suggester.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/strings.h"
#include "tokenize/annotations.h"
#include "vocab/ngram_hash.h"

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

  // Every candidate goes into one buffer first; then all are hashed and
  // prefetched, and only then counted, so that their cache misses (one a
  // lookup, some 600 lookups a word) overlap. A candidate made twice (a
  // doubled letter deleted either way) is found twice with the same count:
  // the duplicates are dropped after sorting, where they sit together.
  std::string buffer;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // into buffer
  auto add = [&](const std::string& candidate) {
    if (candidate.empty() || candidate == lower) return;
    spans.emplace_back(static_cast<uint32_t>(buffer.size()), static_cast<uint32_t>(candidate.size()));
    buffer += candidate;
  };
  std::string candidate;
  for (size_t i = 0; i < lower.size(); ++i) {  // deletions
    candidate = lower;
    candidate.erase(i, 1);
    add(candidate);
  }
  for (size_t i = 0; i + 1 < lower.size(); ++i) {  // transpositions
    candidate = lower;
    std::swap(candidate[i], candidate[i + 1]);
    add(candidate);
  }
  for (size_t i = 0; i < lower.size(); ++i) {  // replacements
    for (char c : kAlphabet) {
      if (c == lower[i]) continue;
      candidate = lower;
      candidate[i] = c;
      add(candidate);
    }
  }
  for (size_t i = 0; i <= lower.size(); ++i) {  // insertions
    for (char c : kAlphabet) {
      candidate = lower;
      candidate.insert(candidate.begin() + static_cast<std::ptrdiff_t>(i), c);
      add(candidate);
    }
  }
  std::vector<uint64_t> hashes(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    const std::string_view key = std::string_view(buffer).substr(spans[i].first, spans[i].second);
    hashes[i] = HashNgram(std::span<const std::string_view>(&key, 1));
    vocabulary.Prefetch(1, hashes[i]);
  }
  std::vector<Scored> found;
  for (size_t i = 0; i < spans.size(); ++i) {
    const uint64_t count = vocabulary.CountOfHash(1, hashes[i]);
    if (count > 0) found.push_back({buffer.substr(spans[i].first, spans[i].second), count});
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
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Scored& a, const Scored& b) { return a.words == b.words; }),
              found.end());
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
