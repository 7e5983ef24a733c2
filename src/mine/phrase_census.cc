#include "mine/phrase_census.h"

#include <algorithm>
#include <cmath>

#include "learn/substitutions.h"

namespace unspin {
namespace {

bool JoinsCompound(const Token& token) {
  return token.kind == TokenKind::kPunct &&
         (token.key == "-" || token.key == "/" || token.key == "'" || token.key == "’" ||
          token.key == "_" || token.key == "@");
}

std::vector<bool> Countable(const Tokens& tokens, const std::vector<TokenAnnotation>& annotations) {
  std::vector<bool> countable(tokens.size(), false);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber) continue;
    // A possessive ("'s", split from its word) is no word a spinner swaps.
    if (token.key.starts_with('\'') || token.key.starts_with("\u2019")) continue;
    const TokenAnnotation& annotation = annotations[i];
    if (annotation.in_quotes || annotation.in_address) continue;
    const bool lower = annotation.capitalization == Capitalization::kNone;
    const bool starts = annotation.capitalization == Capitalization::kFirst &&
                        annotation.sentence_start;
    if (!lower && !starts) continue;
    if (i > 0 && Glued(tokens[i - 1], token) && JoinsCompound(tokens[i - 1])) continue;
    if (i + 1 < tokens.size() && Glued(token, tokens[i + 1]) && JoinsCompound(tokens[i + 1])) {
      continue;
    }
    countable[i] = true;
  }
  return countable;
}

}  // namespace

void PhraseCensus::Add(std::string name, std::string text) {
  CensusDocument document;
  document.name = std::move(name);
  document.text = std::move(text);
  document.tokens = tokenizer_.Tokenize(document.text);
  document.annotations = Annotate(document.text, document.tokens);
  document.countable = Countable(document.tokens, document.annotations);
  documents_.push_back(std::move(document));
  Count(static_cast<uint32_t>(documents_.size() - 1));
}

void PhraseCensus::Count(uint32_t index) {
  const CensusDocument& document = documents_[index];
  const Tokens& tokens = document.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!document.countable[i]) continue;
    ++positions_;
    bool has_word = false;
    for (size_t end = i + 1; end <= tokens.size() && end - i <= kMaxWords; ++end) {
      const size_t last = end - 1;
      if (!document.countable[last]) break;
      if (last > i && document.annotations[last].capitalization != Capitalization::kNone) break;
      has_word = has_word || tokens[last].kind == TokenKind::kWord;
      if (!has_word) continue;
      PhraseCount& count = counts_[PhraseKey(tokens, i, end)];
      ++count.occurrences;
      if (count.documents.empty() || count.documents.back() != index) {
        count.documents.push_back(index);
      }
    }
  }
}

const PhraseCount* PhraseCensus::Find(std::string_view key) const {
  const auto found = counts_.find(key);
  return found == counts_.end() ? nullptr : &found->second;
}

double PhraseCensus::LogFrequency(std::string_view key) const {
  const PhraseCount* count = Find(key);
  const double occurrences = (count == nullptr ? 0.0 : count->occurrences) + 0.5;
  return std::log10(occurrences / std::max<double>(1.0, static_cast<double>(positions_)));
}

std::vector<std::string> PhraseCensus::Types(size_t min_occurrences, size_t min_documents) const {
  std::vector<std::string> types;
  for (const auto& [key, count] : counts_) {
    if (count.occurrences >= min_occurrences && count.documents.size() >= min_documents) {
      types.push_back(key);
    }
  }
  std::sort(types.begin(), types.end());
  return types;
}

std::vector<PhraseOccurrence> PhraseCensus::Occurrences(std::string_view key, size_t limit) const {
  std::vector<PhraseOccurrence> all;
  const PhraseCount* count = Find(key);
  if (count == nullptr || limit == 0) return all;
  size_t words = 1;
  for (const char c : key) words += c == ' ';
  for (const uint32_t d : count->documents) {
    const CensusDocument& document = documents_[d];
    const Tokens& tokens = document.tokens;
    for (size_t i = 0; i + words <= tokens.size(); ++i) {
      if (tokens[i].key.size() > key.size() || key.compare(0, tokens[i].key.size(), tokens[i].key) != 0) {
        continue;
      }
      bool fits = true;
      for (size_t j = i; j < i + words && fits; ++j) {
        fits = document.countable[j] &&
               (j == i || document.annotations[j].capitalization == Capitalization::kNone);
      }
      if (fits && PhraseKey(tokens, i, i + words) == key) {
        all.push_back({d, static_cast<uint32_t>(i), static_cast<uint32_t>(i + words)});
      }
    }
  }
  if (all.size() <= limit) return all;
  std::vector<PhraseOccurrence> spread;
  for (size_t k = 0; k < limit; ++k) spread.push_back(all[k * all.size() / limit]);
  return spread;
}

}  // namespace unspin
