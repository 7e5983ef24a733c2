#include "spell/spell_scope.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_set>

namespace unspin {
namespace {

// What WordsToCheck needs to know of a word's bytes, one lookup each.
constexpr uint8_t kDigit = 1;
constexpr uint8_t kLetter = 2;  // ASCII letters, and any byte of a non-ASCII character
constexpr uint8_t kStop = 4;
constexpr std::array<uint8_t, 256> kCharClass = [] {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if (c >= '0' && c <= '9') classes[c] = kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) classes[c] = kLetter;
    if (c == '.') classes[c] = kStop;
  }
  return classes;
}();

bool IsCompoundPrefix(std::string_view key) {
  static const std::unordered_set<std::string_view> kPrefixes = {
      "pre", "post", "non", "anti", "re", "co", "ex", "self", "multi", "semi", "mid",
      "sub", "inter", "counter", "pro", "de", "un", "bi", "tri", "mini", "micro", "macro",
      "mega", "neo", "pan", "para", "quasi", "ultra", "cyber", "geo", "bio", "eco", "e"};
  return kPrefixes.contains(key);
}

bool IsGluedHyphen(const Tokens& tokens, size_t i) {
  return tokens[i].kind == TokenKind::kPunct && tokens[i].key.size() == 1 &&
         tokens[i].key[0] == '-' && i > 0 &&
         i + 1 < tokens.size() && Glued(tokens[i - 1], tokens[i]) && Glued(tokens[i], tokens[i + 1]);
}

// Hyphenated compounds that are names ("Jong-un", "Sang-sook", "Hwasong-18")
// have a capitalised part; their lower-case parts are not words to spell.
// A compound is a name when any part is capitalised, other than the first
// word of a sentence ("Well-known" is not a name).
std::vector<uint8_t> PartsOfNamedCompounds(const TokenizedText& document) {
  const Tokens& tokens = document.tokens;
  std::vector<uint8_t> named(tokens.size(), 0);
  size_t i = 0;
  while (i < tokens.size()) {
    size_t end = i + 1;  // the compound is tokens [i, end)
    while (end + 1 < tokens.size() && IsGluedHyphen(tokens, end)) end += 2;
    bool is_name = false;
    for (size_t part = i; part < end; part += 2) {
      const TokenAnnotation& annotation = document.annotations[part];
      const bool sentence_initial = part == i && annotation.sentence_start &&
                                    annotation.capitalization == Capitalization::kFirst;
      if (annotation.capitalization != Capitalization::kNone && !sentence_initial) is_name = true;
    }
    if (is_name && end > i + 1) std::fill(named.begin() + i, named.begin() + end, 1);
    i = end;
  }
  return named;
}

}  // namespace

namespace {

// RE2's \s: no match below holds one.
bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The bytes that show a run may hold a match: each needs "@", "#", "://",
// "www." or a full stop before one of the top-level domains below.
constexpr std::array<char, 4> kTriggerBytes = {'@', '#', ':', '.'};

bool TriggersAt(std::string_view text, size_t i) {
  switch (text[i]) {
    case '@':
    case '#':
      return true;
    case ':':
      return text.substr(i + 1, 2) == "//";
    case '.':
      return (i >= 3 && text.substr(i - 3, 3) == "www") ||
             (i + 1 < text.size() &&
              std::string_view("cgoneiu").find(text[i + 1]) != std::string_view::npos);
    default:
      return false;
  }
}

}  // namespace

std::vector<ByteSpan> FindUnspellableSpans(std::string_view text) {
  // RE2: linear time whatever the input. Deliberately broad: a false
  // exclusion only hides a possible misspelling.
  static const RE2 pattern(
      "((?:https?|ftp)://[^\\s<>\"]+"                    // URLs
      "|www\\.[^\\s<>\"]+"                               // bare www. hosts
      "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"                // e-mail addresses
      "|[@#][\\w]+"                                      // handles and hashtags
      "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|gov|edu|io|co|uk)\\b)");  // bare domains
  std::vector<ByteSpan> spans;
  // No match holds a space, and a run's edges are word boundaries either
  // way: searching each run without spaces on its own finds exactly the
  // matches a search of the whole text does. Only runs with a trigger can
  // hold one; the rest (nearly all) are never searched.
  // The next place of each trigger byte, found with memchr: most text has
  // few of them, and a byte-by-byte scan was most of the spell stage's
  // own cost.
  std::array<size_t, kTriggerBytes.size()> next{};
  for (size_t k = 0; k < next.size(); ++k) next[k] = text.find(kTriggerBytes[k]);
  size_t searched_to = 0;  // runs before this are done
  while (true) {
    const size_t k = static_cast<size_t>(std::min_element(next.begin(), next.end()) - next.begin());
    const size_t at = next[k];
    if (at == std::string_view::npos) break;
    if (at < searched_to || !TriggersAt(text, at)) {
      next[k] = text.find(kTriggerBytes[k], std::max(at + 1, searched_to));
      continue;
    }
    size_t begin = at;
    while (begin > searched_to && !IsSpaceByte(text[begin - 1])) --begin;
    size_t end = at;
    while (end < text.size() && !IsSpaceByte(text[end])) ++end;
    re2::StringPiece input(text.data() + begin, end - begin);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, pattern, &match)) {
      const size_t match_begin = static_cast<size_t>(match.data() - text.data());
      spans.push_back({match_begin, match_begin + match.size()});
      if (match.empty()) break;
    }
    searched_to = end;
    next[k] = text.find(kTriggerBytes[k], end);
  }
  return spans;
}

std::vector<uint8_t> WordsToCheck(const TokenizedText& document) {
  const Tokens& tokens = document.tokens;
  std::vector<uint8_t> check(tokens.size(), 0);
  std::unordered_set<std::string_view> mid_sentence_names;
  auto text_of = [&](const Token& token) {
    return document.text.substr(token.span.begin, token.span.size());
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const TokenAnnotation& annotation = document.annotations[i];
    if (tokens[i].kind == TokenKind::kWord && !annotation.sentence_start &&
        annotation.capitalization == Capitalization::kFirst) {
      mid_sentence_names.insert(text_of(tokens[i]));
    }
  }
  const std::vector<ByteSpan> excluded = FindUnspellableSpans(document.text);
  const std::vector<uint8_t> named = PartsOfNamedCompounds(document);
  size_t next_excluded = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    while (next_excluded < excluded.size() && excluded[next_excluded].end <= token.span.begin) {
      ++next_excluded;
    }
    if (next_excluded < excluded.size() && excluded[next_excluded].Overlaps(token.span)) continue;
    if (token.kind != TokenKind::kWord || token.key.empty()) continue;
    const TokenAnnotation& annotation = document.annotations[i];
    if (annotation.in_quotes) continue;
    // Cheapest first: acronyms ("I", "A", "KCNA") and mid-sentence names
    // are never checked.
    const Capitalization caps = annotation.capitalization;
    if (caps == Capitalization::kAll || caps == Capitalization::kSingle) continue;
    if (caps == Capitalization::kFirst && !annotation.sentence_start) continue;
    const std::string_view word = text_of(token);
    if (named[i] || token.key == "'s") continue;
    // Digits ("1990s"), no letter at all ("___"), or inner full stops
    // ("a.m", "e.g", "U.S": abbreviations): not words to spell. One pass.
    uint8_t seen = 0;
    for (char c : word) seen |= kCharClass[static_cast<uint8_t>(c)];
    if ((seen & (kDigit | kStop)) != 0 || (seen & kLetter) == 0) continue;
    // "pre-pandemic", "non-profit": a prefix is checked as part of a
    // compound, not as a word of its own.
    if (i + 2 < tokens.size() && IsGluedHyphen(tokens, i + 1) && IsCompoundPrefix(token.key)) {
      continue;
    }
    if (caps == Capitalization::kNone) {
      check[i] = 1;
      continue;
    }
    // A capitalised word at a sentence start: one followed by another
    // capitalised word begins a name ("Hennepin County"), as does one the
    // document also capitalises mid-sentence.
    check[i] = !mid_sentence_names.contains(word) &&
               !(i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
                 document.annotations[i + 1].capitalization != Capitalization::kNone);
  }
  return check;
}

}  // namespace unspin
