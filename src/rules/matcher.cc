#include "rules/matcher.h"

#include <optional>
#include <unordered_map>

#include "base/strings.h"
#include "tokenize/fold.h"

namespace unspin {
namespace {

constexpr int kContextTokens = 3;

std::string_view TextOf(const TokenizedText& document, const Token& token) {
  return document.text.substr(token.span.begin, token.span.size());
}

bool IsHyphen(const Token& token) {
  return token.kind == TokenKind::kPunct && token.key == "-";
}

bool IsWordLike(const Token& token) {
  return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber;
}

void AppendContextToken(const TokenizedText& document, const Token& token, std::string& out) {
  const std::string_view text = TextOf(document, token);
  if (token.key.empty()) {
    out += "\uFFFD";  // an invalid byte: keep RE2 on valid UTF-8
  } else if (IsAscii(text)) {
    out += text;  // folding punctuation changes only non-ASCII marks
  } else {
    out += FoldPunctuation(text);
  }
}

}  // namespace

// "semi-final", "army-backed": a phrase must not start right after, or end
// right before, a hyphen that glues it to another word.
bool InsideCompound(const TokenizedText& document, uint32_t first, uint32_t end) {
  const Tokens& tokens = document.tokens;
  if (first >= 2 && IsHyphen(tokens[first - 1]) &&
      Glued(tokens[first - 1], tokens[first]) && Glued(tokens[first - 2], tokens[first - 1]) &&
      IsWordLike(tokens[first - 2])) {
    return true;
  }
  if (end + 1 < tokens.size() && IsHyphen(tokens[end]) &&
      Glued(tokens[end - 1], tokens[end]) && Glued(tokens[end], tokens[end + 1]) &&
      IsWordLike(tokens[end + 1])) {
    return true;
  }
  return false;
}

// Quoted speech and addresses are never edited; capitalised words (names, titles) only by
// certain rules, except a sentence's first word.
bool AllowedHere(const TokenizedText& document, bool certain, uint32_t first, uint32_t end) {
  for (uint32_t i = first; i < end; ++i) {
    const TokenAnnotation& annotation = document.annotations[i];
    if (annotation.in_quotes || annotation.in_address) return false;
    if (certain || annotation.capitalization == Capitalization::kNone) continue;
    const bool sentence_initial = i == first && annotation.sentence_start &&
                                  annotation.capitalization == Capitalization::kFirst;
    if (!sentence_initial) return false;
  }
  return true;
}

namespace {

// ContextBefore and ContextAfter, into `out` (cleared first).
void ContextBeforeInto(const TokenizedText& document, uint32_t first, std::string& out) {
  out.clear();
  uint32_t start = first;
  while (start > 0 && first - start < kContextTokens &&
         document.tokens[start - 1].kind != TokenKind::kLineBreak) {
    --start;
  }
  for (uint32_t i = start; i < first; ++i) {
    if (!out.empty()) out += ' ';
    AppendContextToken(document, document.tokens[i], out);
  }
}

void ContextAfterInto(const TokenizedText& document, uint32_t end, std::string& out) {
  out.clear();
  int taken = 0;
  for (uint32_t i = end; i < document.tokens.size() && taken < kContextTokens; ++i, ++taken) {
    if (document.tokens[i].kind == TokenKind::kLineBreak) break;
    if (!out.empty()) out += ' ';
    AppendContextToken(document, document.tokens[i], out);
  }
}

}  // namespace

std::string ContextBefore(const TokenizedText& document, uint32_t first) {
  std::string out;
  ContextBeforeInto(document, first, out);
  return out;
}

std::string ContextAfter(const TokenizedText& document, uint32_t end) {
  std::string out;
  ContextAfterInto(document, end, out);
  return out;
}

namespace {

// The neighbouring words at the match being checked (as ContextText: as
// written and lower-cased), made when a condition first asks for them and
// kept for the other rules matched at the same place (several rules often
// share a phrase).
class ContextWords {
 public:
  explicit ContextWords(const TokenizedText& document) : document_(document) {}

  const ContextText& Before(uint32_t first) {
    if (before_at_ != first) {
      ContextBeforeInto(document_, first, before_words_);
      before_.Assign(before_words_);
      before_at_ = first;
    }
    return before_;
  }
  const ContextText& After(uint32_t end) {
    if (after_at_ != end) {
      ContextAfterInto(document_, end, after_words_);
      after_.Assign(after_words_);
      after_at_ = end;
    }
    return after_;
  }

 private:
  const TokenizedText& document_;
  uint32_t before_at_ = UINT32_MAX;
  uint32_t after_at_ = UINT32_MAX;
  // Reused from one place to the next: no allocation per match.
  std::string before_words_, after_words_;
  ContextText before_, after_;  // views of the strings above
};

bool ConditionsHoldWith(const Rule& rule, ContextWords& words, uint32_t first, uint32_t end) {
  for (const ContextCondition& condition : rule.conditions) {
    const bool is_before = condition.side == ContextCondition::Side::kBefore;
    const bool matched =
        condition.pattern->Matches(is_before ? words.Before(first) : words.After(end));
    if (matched == condition.negated) return false;
  }
  return true;
}

}  // namespace

bool ConditionsHold(const Rule& rule, const TokenizedText& document, uint32_t first,
                    uint32_t end) {
  if (rule.conditions.empty()) return true;
  ContextWords words(document);
  return ConditionsHoldWith(rule, words, first, end);
}

namespace {

bool ContainsPhrase(const Tokens& tokens, const RuleSet::PhraseKeys& keys) {
  if (keys.empty() || tokens.size() < keys.size()) return false;
  for (size_t i = 0; i + keys.size() <= tokens.size(); ++i) {
    size_t k = 0;
    while (k < keys.size() && tokens[i + k].key == keys[k]) ++k;
    if (k == keys.size()) return true;
  }
  return false;
}

// Answers the document conditions of the rules matched in one document; each
// phrase is looked for at most once per document.
class DocumentPhrases {
 public:
  DocumentPhrases(const RuleSet& rules, const Tokens& tokens) : rules_(rules), tokens_(tokens) {}

  bool ConditionsHold(uint32_t rule_index) {
    const Rule& rule = rules_.rules()[rule_index];
    const auto& keys = rules_.DocumentPhraseKeys(rule_index);
    for (size_t c = 0; c < rule.document_conditions.size(); ++c) {
      bool found = false;
      for (const RuleSet::PhraseKeys& phrase : keys[c]) {
        if (Contains(phrase)) {
          found = true;
          break;
        }
      }
      if (found == rule.document_conditions[c].negated) return false;
    }
    return true;
  }

 private:
  bool Contains(const RuleSet::PhraseKeys& phrase) {
    auto [it, inserted] = seen_.try_emplace(&phrase, false);
    if (inserted) it->second = ContainsPhrase(tokens_, phrase);
    return it->second;
  }

  const RuleSet& rules_;
  const Tokens& tokens_;
  std::unordered_map<const RuleSet::PhraseKeys*, bool> seen_;
};

}  // namespace

std::vector<uint32_t> WordIdsOf(const RuleSet& rules, const Tokens& tokens) {
  std::vector<uint32_t> ids(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    ids[i] = tokens[i].key.empty() ? RuleSet::kNoNode : rules.WordId(tokens[i].key);
  }
  return ids;
}

std::vector<Candidate> FindCandidates(const RuleSet& rules, const TokenizedText& document,
                                      const MatchOptions& options) {
  std::vector<Candidate> candidates;
  DocumentPhrases document_phrases(rules, document.tokens);
  ContextWords context_words(document);
  const Tokens& tokens = document.tokens;
  // One hash lookup per token; most tokens are in no phrase at all.
  std::vector<uint32_t> own_ids;
  if (document.word_ids.size() != tokens.size()) own_ids = WordIdsOf(rules, tokens);
  const std::span<const uint32_t> ids =
      document.word_ids.size() == tokens.size() ? document.word_ids : own_ids;
  for (uint32_t first = 0; first < tokens.size(); ++first) {
    uint32_t node = 0;
    for (uint32_t i = first; i < tokens.size(); ++i) {
      node = rules.ChildById(node, ids[i]);  // line breaks and invalid bytes have no id
      if (node == RuleSet::kNoNode) break;
      for (uint32_t variant_index : rules.VariantsEndingAt(node)) {
        const RuleSet::VariantFacts& facts = rules.variant_facts()[variant_index];
        const uint32_t end = i + 1;
        if (facts.confidence < options.min_confidence) continue;
        if (!AllowedHere(document, facts.certain, first, end)) continue;
        if (InsideCompound(document, first, end)) continue;
        if (facts.has_conditions &&
            !ConditionsHoldWith(rules.rules()[facts.rule_index], context_words, first, end)) {
          continue;
        }
        if (facts.has_document_conditions && !document_phrases.ConditionsHold(facts.rule_index)) {
          continue;
        }
        candidates.push_back({first, end, variant_index, 0, facts.confidence});
      }
    }
  }
  return candidates;
}

}  // namespace unspin
