#include "learn/example_window.h"

#include "learn/substitutions.h"

namespace unspin {
namespace {

bool IsDoubleQuote(const Token& token) {
  return token.key == "\"" || token.key == "\u201c" || token.key == "\u201d" ||
         token.key == "\u00ab" || token.key == "\u00bb";
}

// Punctuation a window should not end with: it opens something the window
// does not hold.
bool Opens(const Token& token) {
  return token.kind == TokenKind::kPunct &&
         (token.key == "(" || token.key == "[" || token.key == "-" || token.key == "'" ||
          IsDoubleQuote(token));
}

bool PhraseAt(const Tokens& tokens, size_t at, const std::vector<std::string_view>& phrase) {
  if (at + phrase.size() > tokens.size()) return false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (tokens[at + i].key != phrase[i]) return false;
  }
  return true;
}

}  // namespace

Window MakeWindow(std::string_view text, const Tokens& tokens,
                  const std::vector<TokenAnnotation>& annotations, size_t begin, size_t end,
                  const std::vector<std::string_view>& phrase, size_t words) {
  size_t first = begin;
  while (first > 0 && begin - first < words && !annotations[first].sentence_start &&
         tokens[first - 1].kind != TokenKind::kLineBreak) {
    --first;
  }
  size_t last = end;
  while (last < tokens.size() && last - end < words && tokens[last].kind != TokenKind::kLineBreak &&
         !annotations[last].sentence_start) {
    ++last;
  }
  for (size_t i = first; i < begin; ++i) {
    if (IsDoubleQuote(tokens[i]) || PhraseAt(tokens, i, phrase)) first = i + 1;
  }
  while (first < begin && tokens[first].kind == TokenKind::kPunct) ++first;
  for (size_t i = end; i < last; ++i) {
    if (IsDoubleQuote(tokens[i]) || PhraseAt(tokens, i, phrase)) {
      last = i;
      break;
    }
  }
  while (last > end && Opens(tokens[last - 1])) --last;
  Window window;
  window.before = CollapseBlanks(
      text.substr(tokens[first].span.begin, tokens[begin].span.begin - tokens[first].span.begin));
  window.after = CollapseBlanks(
      text.substr(tokens[end - 1].span.end, tokens[last - 1].span.end - tokens[end - 1].span.end));
  return window;
}

}  // namespace unspin
