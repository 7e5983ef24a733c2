#include "tokenize/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <memory>
#include <stdexcept>

#include "tokenize/fold.h"

namespace unspin {
namespace {

// Creating a word-break iterator parses ICU's rule data; cloning a prototype
// is much cheaper, and every Tokenizer gets its own clone.
const icu::BreakIterator& WordBreakPrototype() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* iterator =
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU word breaks unavailable: ") +
                               u_errorName(status));
    }
    return iterator;
  }();
  return *prototype;
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

// Byte length of a possessive suffix ('s or ’s, any apostrophe) ending the
// word text, or 0.
size_t PossessiveSuffixLength(std::string_view word) {
  if (word.size() < 3) return 0;
  const char last = word.back();
  if (last != 's' && last != 'S') return 0;
  const std::string_view head = word.substr(0, word.size() - 1);
  if (head.ends_with('\'')) return head.size() > 1 ? 2 : 0;
  for (std::string_view apostrophe : {"\u2019", "\u02BC", "\u2018"}) {
    if (head.ends_with(apostrophe) && head.size() > apostrophe.size()) {
      return apostrophe.size() + 1;
    }
  }
  return 0;
}

}  // namespace

Tokenizer::Tokenizer() : words_(WordBreakPrototype().clone()) {}

Tokens Tokenizer::Tokenize(std::string_view text) {
  Tokens tokens;
  if (text.empty()) return tokens;
  tokens.reserve(text.size() / 5);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> utext(utext_openUTF8(
      nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  words_->setText(utext.get(), status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU setText failed: ") +
                             u_errorName(status));
  }
  int32_t begin = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words_->next()) {
    const int32_t rule = words_->getRuleStatus();
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      AddWord(text, begin, end, TokenKind::kNumber, tokens);
    } else if (rule >= UBRK_WORD_LETTER) {
      AddWord(text, begin, end, TokenKind::kWord, tokens);
    } else {
      AddNonWord(text, begin, end, tokens);
    }
  }
  return tokens;
}

void Tokenizer::AddWord(std::string_view text, size_t begin, size_t end,
                        TokenKind kind, Tokens& out) const {
  const std::string_view word = text.substr(begin, end - begin);
  const size_t suffix = PossessiveSuffixLength(word);
  if (suffix != 0) {
    const size_t split = end - suffix;
    out.push_back({{begin, split}, kind,
                   FoldForMatching(text.substr(begin, split - begin))});
    out.push_back({{split, end}, TokenKind::kWord,
                   FoldForMatching(text.substr(split, end - split))});
    return;
  }
  out.push_back({{begin, end}, kind, FoldForMatching(word)});
}

void Tokenizer::AddNonWord(std::string_view text, size_t begin, size_t end,
                           Tokens& out) const {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(begin);
  const int32_t limit = static_cast<int32_t>(end);
  while (i < limit) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, limit, c);
    const ByteSpan span{static_cast<size_t>(start), static_cast<size_t>(i)};
    if (c == '\r') {
      if (i < limit && data[i] == '\n') ++i;  // CRLF is one line break
      out.push_back({{span.begin, static_cast<size_t>(i)}, TokenKind::kLineBreak, {}});
    } else if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      out.push_back({span, TokenKind::kLineBreak, {}});
    } else if (c < 0) {
      out.push_back({span, TokenKind::kPunct, {}});
    } else if (!u_isUWhiteSpace(c)) {
      out.push_back({span, TokenKind::kPunct,
                     FoldForMatching(text.substr(span.begin, span.size()))});
    }
  }
}

}  // namespace unspin
