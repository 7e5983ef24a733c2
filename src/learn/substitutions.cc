#include "learn/substitutions.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "compare/alignment.h"
#include "compare/alternatives.h"
#include "tokenize/tokenizer.h"

namespace unspin {
namespace {

constexpr std::string_view kLineBreakKey = "\n";

Tokens Tokenize(std::string_view text) {
  thread_local Tokenizer tokenizer;
  return tokenizer.Tokenize(text);
}

std::vector<std::string_view> AlignmentKeys(const Tokens& tokens) {
  std::vector<std::string_view> keys;
  keys.reserve(tokens.size());
  for (const Token& token : tokens) {
    keys.push_back(token.kind == TokenKind::kLineBreak ? kLineBreakKey
                                                       : std::string_view(token.key));
  }
  return keys;
}

bool IsWord(const Token& token) {
  return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber;
}

// Tokens [first, last) that lie within `span`.
std::pair<size_t, size_t> TokensWithin(const Tokens& tokens, ByteSpan span) {
  size_t first = 0;
  while (first < tokens.size() && tokens[first].span.begin < span.begin) ++first;
  size_t last = first;
  while (last < tokens.size() && tokens[last].span.end <= span.end) ++last;
  return {first, last};
}

// The stretch of `a` (spun) that b[first, last) (original) was aligned with:
// the matching words of equal stretches and the whole of changes touching it.
std::pair<size_t, size_t> AlignedStretch(const std::vector<Opcode>& opcodes, size_t first,
                                         size_t last) {
  size_t begin = std::numeric_limits<size_t>::max(), end = 0;
  for (const Opcode& op : opcodes) {
    if (op.kind == Opcode::Kind::kEqual) {
      const size_t from = std::max(first, op.b_begin), to = std::min(last, op.b_end);
      if (from >= to) continue;
      begin = std::min(begin, op.a_begin + (from - op.b_begin));
      end = std::max(end, op.a_begin + (to - op.b_begin));
    } else if (op.b_begin <= last && first <= op.b_end) {
      // Changes touching the group count whole: the spinner's words for it
      // may spill over its edges.
      begin = std::min(begin, op.a_begin);
      end = std::max(end, op.a_end);
    }
  }
  if (begin > end) return {0, 0};
  return {begin, end};
}

bool ContainsRun(const std::vector<std::string_view>& haystack, size_t begin, size_t end,
                 const std::vector<std::string_view>& needle) {
  if (needle.empty() || end - begin < needle.size()) return false;
  for (size_t i = begin; i + needle.size() <= end; ++i) {
    if (std::equal(needle.begin(), needle.end(), haystack.begin() + i)) return true;
  }
  return false;
}

// For each {a|b} group of the original, the option the spun text uses at
// that place, or 0.
std::vector<size_t> ChooseOptions(const Tokens& spun_tokens, std::string_view marked,
                                  const std::vector<AlternativeGroup>& groups) {
  const ResolvedText first = ResolveAlternatives(marked, groups);
  const Tokens original_tokens = Tokenize(first.text);
  const std::vector<std::string_view> spun_keys = AlignmentKeys(spun_tokens);
  const std::vector<Opcode> opcodes = AlignWords(spun_keys, AlignmentKeys(original_tokens));
  std::vector<size_t> choice(groups.size(), 0);
  for (size_t g = 0; g < groups.size(); ++g) {
    const auto [first_token, last_token] = TokensWithin(original_tokens, first.spans[g]);
    const auto [begin, end] = AlignedStretch(opcodes, first_token, last_token);
    for (size_t k = 0; k < groups[g].options.size(); ++k) {
      const Tokens option_tokens = Tokenize(groups[g].options[k]);
      if (ContainsRun(spun_keys, begin, end, AlignmentKeys(option_tokens))) {
        choice[g] = k;
        break;
      }
    }
  }
  return choice;
}

std::string_view VocabularyKey(const Token& token) {
  return token.kind == TokenKind::kNumber ? kNumberKey : std::string_view(token.key);
}

// Pointwise mutual information of the word pair (x, y) in `vocabulary`;
// -infinity when the pair was never seen.
double Association(const Vocabulary& vocabulary, std::string_view x, std::string_view y) {
  const std::string_view pair[] = {x, y};
  const double joint = static_cast<double>(vocabulary.Count(pair));
  const double x_count = static_cast<double>(vocabulary.Count(std::span(pair, 1)));
  const double y_count = static_cast<double>(vocabulary.Count(std::span(pair + 1, 1)));
  if (joint == 0 || x_count == 0 || y_count == 0) return -std::numeric_limits<double>::infinity();
  return std::log(joint) + std::log(static_cast<double>(vocabulary.total_tokens())) -
         std::log(x_count) - std::log(y_count);
}

// Whether extra spun words `op` belong to the word before them rather than
// the one after: the join with the stronger association wins; where the
// vocabulary saw neither pair, the rarer neighbour (spinners expand content
// words, not "have" or "the").
bool BelongsLeft(const Vocabulary& vocabulary, const Tokens& spun, const Opcode& op) {
  const std::string_view left = VocabularyKey(spun[op.a_begin - 1]);
  const std::string_view right = VocabularyKey(spun[op.a_end]);
  const double left_join = Association(vocabulary, left, VocabularyKey(spun[op.a_begin]));
  const double right_join = Association(vocabulary, VocabularyKey(spun[op.a_end - 1]), right);
  if (std::isfinite(left_join) || std::isfinite(right_join)) return left_join > right_join;
  return vocabulary.Count(std::span(&left, 1)) < vocabulary.Count(std::span(&right, 1));
}

// Extra spun words joined to their neighbour: false when neither
// neighbour is a word on the same line.
bool AttachToNeighbour(const Tokens& spun, const Opcode& op, const ExtractOptions& options,
                       Substitution& out) {
  const bool left = op.a_begin > 0 && IsWord(spun[op.a_begin - 1]);
  const bool right = op.a_end < spun.size() && IsWord(spun[op.a_end]);
  if (!left && !right) return false;
  bool use_left = left && !right;
  if (left && right && options.vocabulary != nullptr) {
    use_left = BelongsLeft(*options.vocabulary, spun, op);
  }
  // The neighbour is in an equal stretch, so it is the same word on both sides.
  if (use_left) {
    out = {op.a_begin - 1, op.a_end, op.b_begin - 1, op.b_begin};
  } else {
    out = {op.a_begin, op.a_end + 1, op.b_end, op.b_end + 1};
  }
  return true;
}

bool HasLineBreak(const Tokens& tokens, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (tokens[i].kind == TokenKind::kLineBreak) return true;
  }
  return false;
}

std::vector<std::string_view> WordKeys(const Tokens& tokens, size_t begin, size_t end) {
  std::vector<std::string_view> words;
  for (size_t i = begin; i < end; ++i) {
    if (IsWord(tokens[i])) words.push_back(tokens[i].key);
  }
  return words;
}

// Whether `substitution` is one a rule could be learned from.
bool Learnable(const AlignedPair& pair, const Substitution& s, size_t max_words) {
  const size_t spun_size = s.spun_end - s.spun_begin;
  const size_t original_size = s.original_end - s.original_begin;
  if (spun_size == 0 || original_size == 0) return false;
  if (spun_size > max_words || original_size > max_words) return false;
  if (HasLineBreak(pair.spun_tokens, s.spun_begin, s.spun_end) ||
      HasLineBreak(pair.original_tokens, s.original_begin, s.original_end)) {
    return false;
  }
  const auto spun_words = WordKeys(pair.spun_tokens, s.spun_begin, s.spun_end);
  const auto original_words = WordKeys(pair.original_tokens, s.original_begin, s.original_end);
  return !spun_words.empty() && !original_words.empty() && spun_words != original_words;
}

}  // namespace

AlignedPair AlignPair(std::string_view spun, std::string_view original,
                      const ExtractOptions& options) {
  AlignedPair pair;
  pair.spun = std::string(spun);
  pair.spun_tokens = Tokenize(pair.spun);
  const std::vector<AlternativeGroup> groups = FindAlternativeGroups(original);
  pair.original =
      ResolveAlternatives(original, groups, ChooseOptions(pair.spun_tokens, original, groups)).text;
  pair.original_tokens = Tokenize(pair.original);
  const std::vector<Opcode> opcodes =
      AlignWords(AlignmentKeys(pair.spun_tokens), AlignmentKeys(pair.original_tokens));
  for (const Opcode& op : opcodes) {
    Substitution substitution{op.a_begin, op.a_end, op.b_begin, op.b_end};
    switch (op.kind) {
      case Opcode::Kind::kEqual:
      case Opcode::Kind::kInsert:
        continue;
      case Opcode::Kind::kDelete:
        if (HasLineBreak(pair.spun_tokens, op.a_begin, op.a_end) ||
            !AttachToNeighbour(pair.spun_tokens, op, options, substitution)) {
          continue;
        }
        break;
      case Opcode::Kind::kReplace:
        break;
    }
    if (Learnable(pair, substitution, options.max_words)) {
      pair.substitutions.push_back(substitution);
    }
  }
  return pair;
}

std::string PhraseKey(const Tokens& tokens, size_t begin, size_t end) {
  std::string phrase;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) phrase += ' ';
    phrase += tokens[i].key;
  }
  return phrase;
}

std::string PhraseText(std::string_view text, const Tokens& tokens, size_t begin, size_t end) {
  if (begin >= end) return "";
  return CollapseBlanks(
      text.substr(tokens[begin].span.begin, tokens[end - 1].span.end - tokens[begin].span.begin));
}

std::string CollapseBlanks(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) {
    const bool blank = c == ' ' || c == '\t';
    if (blank && !out.empty() && out.back() == ' ') continue;
    out += blank ? ' ' : c;
  }
  return out;
}

}  // namespace unspin
