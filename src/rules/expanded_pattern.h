// A context pattern matched without RE2: expanded into the texts it
// matches, most of them plain strings looked up in a sorted list, the rest
// short sequences of literal characters and character-class runs ("\d+",
// "\w+ing", "( \S+)?") tried one by one.
//
// Context patterns are small regular expressions over at most three words
// joined by single spaces (see rules/README.md). RE2 matches them
// correctly, but each costs a compile of about a millisecond and a few
// thousand instructions a match; the bundled packs have about a thousand,
// checked at every place a rule phrase occurs. Nearly all are alternations
// of words with groups, optional parts, word boundaries and word-sized
// classes, which this handles exactly; anything else stays with RE2.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/presence_bits.h"

namespace unspin {

class ExpandedPattern {
 public:
  // nullopt when `pattern` uses syntax this does not handle (or expands to
  // too many texts): then use RE2.
  static std::optional<ExpandedPattern> Expand(std::string_view pattern);

  // Whether the ASCII, lower-cased neighbouring words `context` match, as
  // RE2 would match the pattern case-insensitively, anchored as a `before:`
  // condition (ending the context at a word start) or an `after:` one
  // (starting it, ending at a word end): see ContextPattern.
  bool MatchesBefore(std::string_view context) const;
  bool MatchesAfter(std::string_view context) const;

  size_t literal_count() const { return literals_.size(); }
  size_t shaped_count() const { return shapes_.size(); }

  // One element of a shaped alternative.
  struct Piece {
    enum class Kind : uint8_t { kChar, kClass, kWordBoundary, kStart, kEnd };
    Kind kind = Kind::kChar;
    char c = 0;               // kChar: lower-cased
    uint16_t set = 0;         // kClass: index into sets_
    uint16_t min = 0, max = 0;  // kClass: repetitions; max 0xFFFF = unbounded
  };
  using Shape = std::vector<Piece>;

 private:
  // Whether `shape` matches context[from, to) exactly; assertions look at
  // the whole context.
  bool ShapeMatches(const Shape& shape, std::string_view context, size_t from, size_t to) const;
  // `maybe_literal`: false when the edge-word filter has ruled every plain
  // text out.
  bool Candidate(std::string_view context, size_t from, size_t to, bool maybe_literal) const;
  bool IsLiteral(std::string_view words) const;
  // Bloom filters of the first and of the last words of the plain texts.
  // Every candidate an `after:` context offers starts with the context's
  // first word, and every candidate of a `before:` context ends with its
  // last word: one bit then rules out all of a context's candidates
  // together, from a filter small enough to stay cached (the texts' table
  // is a cache miss a candidate).
  PresenceBits first_words_, last_words_;  // of std::hash of each word
  static uint64_t LengthBit(size_t length) { return uint64_t{1} << std::min<size_t>(length, 63); }

  // The plain texts, and for a lookup that touches one or two cache lines
  // (a search of the strings, compared one at a time from the heap, cost
  // several): an open-addressing table of their hashes and indices (index
  // kNoLiteral: empty slot; at most half the slots used), and a bit per
  // length (lengths of 63 and over share the last bit) that turns most
  // texts away unhashed.
  static constexpr uint32_t kNoLiteral = UINT32_MAX;
  std::vector<std::string> literals_;  // unique
  std::vector<std::pair<uint64_t, uint32_t>> literal_slots_;
  uint64_t literal_lengths_ = 0;
  std::vector<Shape> shapes_;
  // Per shape, a cheap test before the search: the characters a match can
  // start with, whether it can be empty, and its shortest length.
  struct ShapeFilter {
    std::bitset<128> first;
    bool can_be_empty = false;
    size_t min_length = 0;
  };
  std::vector<ShapeFilter> filters_;
  std::vector<std::bitset<128>> sets_;   // character classes, closed under case
};

}  // namespace unspin
