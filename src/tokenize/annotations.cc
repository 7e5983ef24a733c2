#include "tokenize/annotations.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "tokenize/address_spans.h"

namespace unspin {
namespace {

std::string_view TextOf(std::string_view text, const Token& token) {
  return text.substr(token.span.begin, token.span.size());
}

bool IsSentenceEnd(std::string_view mark) {
  return mark == "." || mark == "!" || mark == "?" || mark == ":" || mark == ";" ||
         mark == "\u2026";
}

// Marks that may stand between a sentence end and the next sentence's first
// word: quotes, brackets, dashes.
bool IsOpener(std::string_view mark) {
  return mark == "\"" || mark == "\u201C" || mark == "\u2018" || mark == "'" ||
         mark == "(" || mark == "[" || mark == "\u00AB" || mark == "-" || mark == "\u2014" ||
         mark == "\u2013" || mark == "*" || mark == "\u2022";
}

// A full stop after "U.S", "Mr", "Dec" or "Gen" does not end a sentence, as
// far as restoring a capitalised word is concerned: treating it as an end
// would let a rule rewrite "the U.S. Army".
bool LooksLikeAbbreviation(std::string_view word) {
  if (word.find('.') != std::string_view::npos) return true;
  const Capitalization caps = CapitalizationOf(word);
  return (caps == Capitalization::kFirst || caps == Capitalization::kSingle ||
          caps == Capitalization::kAll) &&
         word.size() <= 4;
}

// What a punctuation mark does for quoting and sentences, in one lookup for
// the ASCII marks that make up nearly all of them.
enum MarkRole : uint8_t {
  kStraightQuote = 1,
  kOpeningQuote = 2,  // “ «
  kClosingQuote = 4,  // ” »
  kSentenceEnd = 8,
  kOpener = 16,
};

uint8_t RoleOf(std::string_view mark) {
  static constexpr std::array<uint8_t, 128> kAscii = [] {
    std::array<uint8_t, 128> roles{};
    for (char c : {'.', '!', '?', ':', ';'}) roles[static_cast<uint8_t>(c)] |= kSentenceEnd;
    for (char c : {'"', '\'', '(', '[', '-', '*'}) roles[static_cast<uint8_t>(c)] |= kOpener;
    roles['"'] |= kStraightQuote;
    return roles;
  }();
  if (mark.size() == 1 && static_cast<uint8_t>(mark[0]) < 0x80) {
    return kAscii[static_cast<uint8_t>(mark[0])];
  }
  uint8_t role = 0;
  if (mark == "\u201C" || mark == "\u00AB") role |= kOpeningQuote;
  if (mark == "\u201D" || mark == "\u00BB") role |= kClosingQuote;
  if (IsSentenceEnd(mark)) role |= kSentenceEnd;
  if (IsOpener(mark)) role |= kOpener;
  return role;
}

// Flags every token that overlaps an address. Both lists are in text order.
void MarkAddresses(std::string_view text, const Tokens& tokens,
                   std::vector<TokenAnnotation>& annotations) {
  const std::vector<ByteSpan> addresses = FindAddressSpans(text);
  size_t next = 0;
  for (size_t i = 0; i < tokens.size() && next < addresses.size(); ++i) {
    while (next < addresses.size() && addresses[next].end <= tokens[i].span.begin) ++next;
    if (next < addresses.size() && addresses[next].Overlaps(tokens[i].span)) {
      annotations[i].in_address = true;
    }
  }
}

}  // namespace

Capitalization CapitalizationOf(std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<uint8_t>(c) < 0x80; })) {
    int upper = 0, lower = 0;
    bool first_upper = false, seen_letter = false;
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') {
        ++upper;
        if (!seen_letter) first_upper = true;
        seen_letter = true;
      } else if (c >= 'a' && c <= 'z') {
        ++lower;
        seen_letter = true;
      }
    }
    if (upper == 0) return Capitalization::kNone;
    if (lower == 0) return upper == 1 ? Capitalization::kSingle : Capitalization::kAll;
    return first_upper ? Capitalization::kFirst : Capitalization::kNone;
  }
  const auto* data = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t length = static_cast<int32_t>(word.size());
  int upper = 0, lower = 0;
  bool first_upper = false, seen_letter = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) continue;
    if (u_isupper(c) || u_istitle(c)) {
      ++upper;
      if (!seen_letter) first_upper = true;
      seen_letter = true;
    } else if (u_islower(c)) {
      ++lower;
      seen_letter = true;
    }
  }
  if (upper == 0) return Capitalization::kNone;
  if (lower == 0) return upper == 1 ? Capitalization::kSingle : Capitalization::kAll;
  return first_upper ? Capitalization::kFirst : Capitalization::kNone;
}

std::vector<TokenAnnotation> Annotate(std::string_view text, const Tokens& tokens) {
  AnnotationState state;
  return Annotate(text, tokens, state);
}

std::vector<TokenAnnotation> Annotate(std::string_view text, const Tokens& tokens,
                                      AnnotationState& state) {
  std::vector<TokenAnnotation> annotations(tokens.size());
  // Locals, written back at the end: through references the compiler
  // could not keep them in registers (the annotations' stores might alias).
  bool in_straight_quotes = state.in_straight_quotes;
  int curly_depth = state.curly_depth;
  bool at_sentence_start = state.at_sentence_start;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    TokenAnnotation& annotation = annotations[i];
    const std::string_view token_text = TextOf(text, token);
    if (token.kind == TokenKind::kLineBreak) {
      // Quotes are not carried across lines: a quote that runs on into the
      // next paragraph reopens there, and an unmatched mark must not hide
      // the rest of the document.
      in_straight_quotes = false;
      curly_depth = 0;
      at_sentence_start = true;
      continue;
    }
    if (token.kind == TokenKind::kPunct) {
      const uint8_t role = RoleOf(token_text);
      if (role & kStraightQuote) {
        in_straight_quotes = !in_straight_quotes;
        annotation.in_quotes = true;
      } else if (role & kOpeningQuote) {
        ++curly_depth;
        annotation.in_quotes = true;
      } else if (role & kClosingQuote) {
        annotation.in_quotes = true;
        if (curly_depth > 0) --curly_depth;
      } else {
        annotation.in_quotes = in_straight_quotes || curly_depth > 0;
      }
      if (role & kSentenceEnd) {
        // (A word whose key is its text has no capital: an abbreviation
        // only if it has a full stop inside, and tokens[i - 1].key says.)
        const bool after_abbreviation =
            token_text == "." && i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
            Glued(tokens[i - 1], token) &&
            (tokens[i - 1].key_is_text
                 ? tokens[i - 1].key.find('.') != std::string_view::npos
                 : LooksLikeAbbreviation(TextOf(text, tokens[i - 1])));
        at_sentence_start = !after_abbreviation;
      } else if (!(role & kOpener)) {
        at_sentence_start = false;
      }
      continue;
    }
    annotation.in_quotes = in_straight_quotes || curly_depth > 0;
    // A word that folds to itself has no upper-case letter: most words, and
    // comparing is cheaper than classifying each letter.
    annotation.capitalization = token.key_is_text || token_text == token.key
                                    ? Capitalization::kNone
                                    : CapitalizationOf(token_text);
    annotation.sentence_start = at_sentence_start;
    at_sentence_start = false;
  }
  state = {in_straight_quotes, curly_depth, at_sentence_start};
  MarkAddresses(text, tokens, annotations);
  return annotations;
}

}  // namespace unspin
