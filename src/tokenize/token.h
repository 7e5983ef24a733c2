// A token: a word, number, punctuation mark or line break of a document.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "base/edit.h"

namespace unspin {

enum class TokenKind : uint8_t {
  kWord,       // letters (possibly with inner apostrophes or dots: "didn't", "U.S")
  kNumber,     // digits, possibly with inner separators: "2,024", "3.5"
  kPunct,      // one non-space, non-word character (or one invalid byte)
  kLineBreak,  // LF, CR, CRLF, U+2028 or U+2029
};

struct Token {
  ByteSpan span;  // into the document's bytes
  TokenKind kind = TokenKind::kPunct;
  // True when the key is known to be the token's bytes unchanged (no
  // upper case, nothing folded): the tokenizer knows it for free, and the
  // stages after it can skip looking. False means "not known".
  bool key_is_text = false;
  // FoldForMatching of the token's bytes; empty for line breaks and
  // invalid bytes. Views storage owned by the Tokens the token is in, the
  // tokenized text itself (Tokenizer::KeyStorage::kMayViewText), or a
  // string literal (in tests).
  std::string_view key;
};

// The tokens of a document and the storage of their keys: one block of
// bytes for all of them, not a heap string per token (the tokenizer makes
// about one token per five bytes of input, and allocating for each was the
// largest cost after matching itself). Copies copy the keys too.
class Tokens {
 public:
  Tokens() = default;
  Tokens(Tokens&& other) noexcept { *this = std::move(other); }
  Tokens& operator=(Tokens&& other) noexcept {
    tokens_ = std::move(other.tokens_);
    blocks_ = std::move(other.blocks_);
    next_ = std::exchange(other.next_, nullptr);
    left_ = std::exchange(other.left_, 0);
    return *this;
  }
  Tokens(const Tokens& other) { *this = other; }
  Tokens& operator=(const Tokens& other) {
    if (this == &other) return *this;
    Tokens copy;
    copy.tokens_.reserve(other.size());
    for (const Token& token : other) copy.Add(token.span, token.kind, token.key, token.key_is_text);
    *this = std::move(copy);
    return *this;
  }

  // Appends a token whose key is a copy of `key`.
  void Add(ByteSpan span, TokenKind kind, std::string_view key, bool key_is_text = false) {
    char* stored = AllocateKey(key.size());
    if (!key.empty()) std::memcpy(stored, key.data(), key.size());
    tokens_.push_back({span, kind, key_is_text, std::string_view(stored, key.size())});
  }
  // Appends a token with an empty key.
  void AddWithoutKey(ByteSpan span, TokenKind kind) { tokens_.push_back({span, kind, false, {}}); }
  // `size` bytes of key storage that stay where they are for the life of
  // this object: a caller folds a key straight into them, then AddStored().
  char* AllocateKey(size_t size) {
    if (size > left_) NewBlock(size);
    char* at = next_;
    next_ += size;
    left_ -= size;
    return at;
  }
  // Appends a token whose key already lives in this object's storage
  // (from AllocateKey).
  void AddStored(ByteSpan span, TokenKind kind, std::string_view stored_key,
                 bool key_is_text = false) {
    tokens_.push_back({span, kind, key_is_text, stored_key});
  }

  // Room for `tokens` tokens with `key_bytes` bytes of keys in all, so that
  // tokenizing a document allocates about twice, whatever its length.
  void Reserve(size_t tokens, size_t key_bytes) {
    tokens_.reserve(tokens);
    if (key_bytes > left_) NewBlock(key_bytes);
  }

  // Empties the tokens but keeps the storage: a caller that tokenizes one
  // document after another reuses it instead of touching fresh memory each
  // time.
  void Clear() {
    tokens_.clear();
    if (blocks_.size() > 1) {
      // Keep the largest block only.
      auto largest = std::max_element(blocks_.begin(), blocks_.end(),
                                      [](const Block& a, const Block& b) { return a.size < b.size; });
      Block kept = std::move(*largest);
      blocks_.clear();
      blocks_.push_back(std::move(kept));
    }
    next_ = blocks_.empty() ? nullptr : blocks_.front().bytes.get();
    left_ = blocks_.empty() ? 0 : blocks_.front().size;
  }

  size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  Token& operator[](size_t i) { return tokens_[i]; }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  const Token& front() const { return tokens_.front(); }
  const Token& back() const { return tokens_.back(); }
  Token& back() { return tokens_.back(); }
  std::vector<Token>::iterator begin() { return tokens_.begin(); }
  std::vector<Token>::iterator end() { return tokens_.end(); }
  std::vector<Token>::const_iterator begin() const { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const { return tokens_.end(); }

 private:
  struct Block {
    std::unique_ptr<char[]> bytes;
    size_t size = 0;
  };

  void NewBlock(size_t at_least) {
    const size_t size = std::max<size_t>(at_least, kBlockBytes);
    // Not value-initialised: every byte is written before it is read.
    blocks_.push_back({std::unique_ptr<char[]>(new char[size]), size});
    next_ = blocks_.back().bytes.get();
    left_ = size;
  }

  static constexpr size_t kBlockBytes = 4096;
  std::vector<Token> tokens_;
  std::vector<Block> blocks_;  // their bytes never move: keys view them
  char* next_ = nullptr;
  size_t left_ = 0;
};

// True when no whitespace separates token `a` from token `b` that follows it.
inline bool Glued(const Token& a, const Token& b) {
  return a.span.end == b.span.begin;
}

}  // namespace unspin
