#include "spell/spell_scope.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_set>

namespace unspin {
namespace {

bool HasDigit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "___" and "_x_" are word tokens to ICU (underscore joins words) but not
// words to spell.
bool HasLetter(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool IsCompoundPrefix(std::string_view key) {
  static const std::unordered_set<std::string_view> kPrefixes = {
      "pre", "post", "non", "anti", "re", "co", "ex", "self", "multi", "semi", "mid",
      "sub", "inter", "counter", "pro", "de", "un", "bi", "tri", "mini", "micro", "macro",
      "mega", "neo", "pan", "para", "quasi", "ultra", "cyber", "geo", "bio", "eco", "e"};
  return kPrefixes.contains(key);
}

bool IsGluedHyphen(const Tokens& tokens, size_t i) {
  return tokens[i].kind == TokenKind::kPunct && tokens[i].key == "-" && i > 0 &&
         i + 1 < tokens.size() && Glued(tokens[i - 1], tokens[i]) && Glued(tokens[i], tokens[i + 1]);
}

// Hyphenated compounds that are names ("Jong-un", "Sang-sook", "Hwasong-18")
// have a capitalised part; their lower-case parts are not words to spell.
// A compound is a name when any part is capitalised, other than the first
// word of a sentence ("Well-known" is not a name).
std::vector<bool> PartsOfNamedCompounds(const TokenizedText& document) {
  const Tokens& tokens = document.tokens;
  std::vector<bool> named(tokens.size(), false);
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
    if (is_name && end > i + 1) std::fill(named.begin() + i, named.begin() + end, true);
    i = end;
  }
  return named;
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
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, pattern, &match)) {
    const size_t begin = static_cast<size_t>(match.data() - text.data());
    spans.push_back({begin, begin + match.size()});
    if (match.empty()) break;
  }
  return spans;
}

std::vector<bool> WordsToCheck(const TokenizedText& document) {
  const Tokens& tokens = document.tokens;
  std::vector<bool> check(tokens.size(), false);
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
  const std::vector<bool> named = PartsOfNamedCompounds(document);
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
    const std::string_view word = text_of(token);
    if (named[i] || HasDigit(word) || !HasLetter(word) || token.key == "'s") continue;
    // "a.m", "e.g", "U.S": abbreviations with inner full stops.
    if (word.find('.') != std::string_view::npos) continue;
    // "pre-pandemic", "non-profit": a prefix is checked as part of a
    // compound, not as a word of its own.
    if (i + 2 < tokens.size() && IsGluedHyphen(tokens, i + 1) && IsCompoundPrefix(token.key)) {
      continue;
    }
    switch (annotation.capitalization) {
      case Capitalization::kNone:
        check[i] = true;
        break;
      case Capitalization::kFirst:
        // At a sentence start, a word followed by another capitalised word
        // begins a name ("Hennepin County"), as does one the document also
        // capitalises mid-sentence.
        check[i] = annotation.sentence_start && !mid_sentence_names.contains(word) &&
                   !(i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
                     document.annotations[i + 1].capitalization != Capitalization::kNone);
        break;
      case Capitalization::kAll:
      case Capitalization::kSingle:
        break;  // acronyms, "I", "A"
    }
  }
  return check;
}

}  // namespace unspin
