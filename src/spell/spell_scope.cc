#include "spell/spell_scope.h"

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
  const std::vector<uint8_t> named = PartsOfNamedCompounds(document);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.kind != TokenKind::kWord || token.key.empty()) continue;
    const TokenAnnotation& annotation = document.annotations[i];
    if (annotation.in_quotes || annotation.in_address) continue;
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
