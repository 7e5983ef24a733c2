#include "tokenize/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Room for the tokens of `text`: English averages a token per five bytes
// or so; reserving for one per three means a vector that never grows, and
// keys never take more bytes than the text but for a few NFKC expansions.
void ReserveFor(std::string_view text, Tokens& tokens) {
  tokens.Reserve(text.size() / 3 + 16, text.size() + 64);
}

}  // namespace

Tokenizer::Tokenizer() : words_(WordBreakPrototype().clone()) {}

Tokens Tokenizer::TokenizeWithIcu(std::string_view text) {
  Tokens tokens;
  if (text.empty()) return tokens;
  ReserveFor(text, tokens);
  TokenizeRunWithIcu(text, 0, text.size(), tokens);
  return tokens;
}

void Tokenizer::TokenizeRunWithIcu(std::string_view text, size_t run_begin, size_t run_end,
                                   Tokens& tokens) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> utext(
      utext_openUTF8(nullptr, text.data() + run_begin,
                     static_cast<int64_t>(run_end - run_begin), &status));
  words_->setText(utext.get(), status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU setText failed: ") + u_errorName(status));
  }
  int32_t begin = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words_->next()) {
    const int32_t rule = words_->getRuleStatus();
    const size_t b = run_begin + static_cast<size_t>(begin);
    const size_t e = run_begin + static_cast<size_t>(end);
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      AddWord(text, b, e, TokenKind::kNumber, tokens);
    } else if (rule >= UBRK_WORD_LETTER) {
      AddWord(text, b, e, TokenKind::kWord, tokens);
    } else {
      AddNonWord(text, b, e, tokens);
    }
  }
}

namespace {

constexpr bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Word classes first, so that IsWordClass is one comparison.
enum class AsciiClass : uint8_t { kLetter, kNumeric, kExtendNumLet, kMidLetter, kMidNum, kMidNumLetQ, kOther };

constexpr AsciiClass ClassifySlowly(char c) {
  // ICU 72 counts '@' as a letter: "a@b.com" holds together.
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return AsciiClass::kLetter;
  if (c >= '0' && c <= '9') return AsciiClass::kNumeric;
  if (c == '.' || c == '\'') return AsciiClass::kMidNumLetQ;
  if (c == ',' || c == ';') return AsciiClass::kMidNum;
  // ICU leaves ':' out of MidLetter (UAX #29 includes it), so "a:b" splits.
  if (c == '_') return AsciiClass::kExtendNumLet;
  return AsciiClass::kOther;
}

// One lookup a byte on the fast path.
constexpr std::array<AsciiClass, 128> kAsciiClasses = [] {
  std::array<AsciiClass, 128> classes{};
  for (int c = 0; c < 128; ++c) classes[c] = ClassifySlowly(static_cast<char>(c));
  return classes;
}();

AsciiClass Classify(char c) { return kAsciiClasses[static_cast<uint8_t>(c) & 0x7F]; }

// Per byte, for finding runs without spaces in one lookup a byte.
constexpr uint8_t kSpaceByte = 1;
// Bytes the ASCII fast path leaves to ICU: non-ASCII, and '_', which joins
// words with rule statuses the fast path does not model.
constexpr uint8_t kNeedsIcuByte = 2;
// Anything but an ASCII letter: a run without one is a single plain word.
constexpr uint8_t kNotLetterByte = 4;
// Bytes that folding changes: upper-case letters and '`'.
constexpr uint8_t kFoldedByte = 8;
constexpr std::array<uint8_t, 256> kByteFlags = [] {
  std::array<uint8_t, 256> flags{};
  for (int c = 0; c < 256; ++c) {
    if (c < 0x80 && IsAsciiSpace(static_cast<char>(c))) flags[c] |= kSpaceByte;
    if (c >= 0x80 || c == '_') flags[c] |= kNeedsIcuByte;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) flags[c] |= kNotLetterByte;
    if ((c >= 'A' && c <= 'Z') || c == '`') flags[c] |= kFoldedByte;
  }
  return flags;
}();

// FoldForMatching of one ASCII byte.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> fold{};
  for (int c = 0; c < 128; ++c) {
    fold[c] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c == '`' ? '\'' : static_cast<char>(c);
  }
  return fold;
}();

bool IsWordClass(AsciiClass c) { return c <= AsciiClass::kExtendNumLet; }

// A run of non-space bytes: where it ends, and the kByteFlags of its bytes
// or-ed together.
struct Run {
  size_t end;
  uint8_t seen;
};

// The run starting at data[begin], which is not a space, one byte at a
// time.
Run ScanRunSlowly(const char* data, size_t begin, size_t size) {
  uint8_t seen = kByteFlags[static_cast<uint8_t>(data[begin])];
  size_t end = begin + 1;
  for (; end < size; ++end) {
    const uint8_t flags = kByteFlags[static_cast<uint8_t>(data[end])];
    if (flags & kSpaceByte) break;
    seen |= flags;
  }
  return {end, seen};
}

// The same, sixteen bytes at a time where it can: most runs are words of a
// few letters, and classifying them byte by byte was most of tokenizing.
Run ScanRun(const char* data, size_t begin, size_t size) {
#if defined(__SSE2__)
  if (size - begin >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + begin));
    // Unsigned "x - low <= span" tests, via min: (x - low) == min(x - low, span).
    const auto in_range = [&bytes](char low, char span) {
      const __m128i shifted = _mm_sub_epi8(bytes, _mm_set1_epi8(low));
      return _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(span)), shifted);
    };
    const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')),
                                       in_range('\t', '\r' - '\t'));  // \t \n \v \f \r
    const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(space));
    if (spaces != 0) {
      const int length = __builtin_ctz(spaces);
      const unsigned inside = (1u << length) - 1;
      const __m128i upper = in_range('A', 'Z' - 'A');
      const __m128i lower = in_range('a', 'z' - 'a');
      const auto mask = [inside](__m128i m) {
        return static_cast<unsigned>(_mm_movemask_epi8(m)) & inside;
      };
      uint8_t seen = 0;
      if (mask(_mm_or_si128(upper, lower)) != inside) seen |= kNotLetterByte;
      // Bytes of 0x80 and up have their top bit set; '_' joins words the
      // fast path does not model.
      if ((static_cast<unsigned>(_mm_movemask_epi8(bytes)) & inside) != 0 ||
          mask(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('_'))) != 0) {
        seen |= kNeedsIcuByte;
      }
      if (mask(_mm_or_si128(upper, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('`')))) != 0) {
        seen |= kFoldedByte;
      }
      return {begin + static_cast<size_t>(length), seen};
    }
  }
#endif
  return ScanRunSlowly(data, begin, size);
}

}  // namespace

void Tokenizer::TokenizeAsciiRun(std::string_view text, size_t begin, size_t end, bool folds,
                                 KeyStorage keys, Tokens& out) const {
  // Every key in an ASCII run is a slice of the run folded (lower-cased,
  // '`' made '\''): fold it once, into the key storage, and let each token
  // view its part (or view the text itself, when folding changes nothing
  // and that is allowed).
  const bool key_is_text = !folds;
  const char* folded = text.data() + begin;
  if (folds || keys == KeyStorage::kCopied) {
    char* stored = out.AllocateKey(end - begin);
    for (size_t i = begin; i < end; ++i) stored[i - begin] = kAsciiFold[static_cast<uint8_t>(text[i])];
    folded = stored;
  }
  auto key = [&](size_t from, size_t to) {
    return std::string_view(folded + (from - begin), to - from);
  };
  // UAX #29 word boundaries restricted to ASCII without spaces (WB5-WB13b).
  size_t i = begin;
  while (i < end) {
    const AsciiClass first = Classify(text[i]);
    if (!IsWordClass(first)) {
      out.AddStored({i, i + 1}, TokenKind::kPunct, key(i, i + 1), key_is_text);
      ++i;
      continue;
    }
    size_t j = i + 1;
    AsciiClass previous = first;
    while (j < end) {
      const AsciiClass current = Classify(text[j]);
      if (IsWordClass(current)) {
        // WB5, WB8, WB9, WB10, WB13a, WB13b: letters, digits and '_' join.
        previous = current;
        ++j;
        continue;
      }
      // WB6/7 and WB11/12: a middle character between two letters (or two
      // digits) joins them.
      if (j + 1 < end) {
        const AsciiClass next = Classify(text[j + 1]);
        const bool letters = previous == AsciiClass::kLetter && next == AsciiClass::kLetter &&
                             (current == AsciiClass::kMidLetter || current == AsciiClass::kMidNumLetQ);
        const bool digits = previous == AsciiClass::kNumeric && next == AsciiClass::kNumeric &&
                            (current == AsciiClass::kMidNum || current == AsciiClass::kMidNumLetQ);
        if (letters || digits) {
          previous = next;
          j += 2;
          continue;
        }
      }
      break;
    }
    // ICU's rule status follows the last letter or digit: "9a3" is a
    // number, "a9a" a word. A token here always ends with one (middle
    // characters join only when one follows), and runs with '_', where
    // ICU's status rules are subtler, never reach this path.
    const TokenKind kind = previous == AsciiClass::kNumeric ? TokenKind::kNumber : TokenKind::kWord;
    const size_t suffix = PossessiveSuffixLength(text.substr(i, j - i));
    if (suffix != 0) {
      out.AddStored({i, j - suffix}, kind, key(i, j - suffix), key_is_text);
      out.AddStored({j - suffix, j}, TokenKind::kWord, key(j - suffix, j), key_is_text);
    } else {
      out.AddStored({i, j}, kind, key(i, j), key_is_text);
    }
    i = j;
  }
}

Tokens Tokenizer::Tokenize(std::string_view text) {
  Tokens tokens;
  TokenizeInto(text, tokens);
  return tokens;
}

void Tokenizer::TokenizeInto(std::string_view text, Tokens& tokens, KeyStorage keys) {
  tokens.Clear();
  if (text.empty()) return;
  ReserveFor(text, tokens);
  // Plain pointers and indices in locals: the compiler cannot keep a
  // string_view's fields in registers across the stores into `tokens`.
  const char* const data = text.data();
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    const uint8_t first = kByteFlags[static_cast<uint8_t>(data[i])];
    if (first & kSpaceByte) {
      if (data[i] == '\n') {
        tokens.AddWithoutKey({i, i + 1}, TokenKind::kLineBreak);
      } else if (data[i] == '\r') {
        const size_t end = i + 1 < size && data[i + 1] == '\n' ? i + 2 : i + 1;
        tokens.AddWithoutKey({i, end}, TokenKind::kLineBreak);
        i = end;
        continue;
      }
      ++i;
      continue;
    }
    const auto [end, seen] = ScanRun(data, i, size);
    if ((seen & (kNeedsIcuByte | kNotLetterByte)) == 0) {
      // Letters only, the commonest run by far: one word, no possessive,
      // and folding is setting each letter's lower-case bit.
      const bool key_is_text = (seen & kFoldedByte) == 0;
      if (key_is_text && keys == KeyStorage::kMayViewText) {
        tokens.AddStored({i, end}, TokenKind::kWord, std::string_view(data + i, end - i), true);
      } else {
        char* key = tokens.AllocateKey(end - i);
        for (size_t k = i; k < end; ++k) key[k - i] = static_cast<char>(data[k] | 0x20);
        tokens.AddStored({i, end}, TokenKind::kWord, std::string_view(key, end - i),
                         key_is_text);
      }
    } else if ((seen & kNeedsIcuByte) == 0) {
      TokenizeAsciiRun(text, i, end, (seen & kFoldedByte) != 0, keys, tokens);
    } else {
      TokenizeRunWithIcu(text, i, end, tokens);
    }
    i = end;
  }
}

void Tokenizer::AddWord(std::string_view text, size_t begin, size_t end,
                        TokenKind kind, Tokens& out) const {
  const std::string_view word = text.substr(begin, end - begin);
  const size_t suffix = PossessiveSuffixLength(word);
  if (suffix != 0) {
    const size_t split = end - suffix;
    out.Add({begin, split}, kind, FoldForMatching(text.substr(begin, split - begin)));
    out.Add({split, end}, TokenKind::kWord, FoldForMatching(text.substr(split, end - split)));
    return;
  }
  out.Add({begin, end}, kind, FoldForMatching(word));
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
      out.AddWithoutKey({span.begin, static_cast<size_t>(i)}, TokenKind::kLineBreak);
    } else if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      out.AddWithoutKey(span, TokenKind::kLineBreak);
    } else if (c < 0) {
      out.AddWithoutKey(span, TokenKind::kPunct);
    } else if (!u_isUWhiteSpace(c)) {
      out.Add(span, TokenKind::kPunct, FoldForMatching(text.substr(span.begin, span.size())));
    }
  }
}

}  // namespace unspin
