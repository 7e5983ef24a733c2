#include "rules/expanded_pattern.h"

#include <algorithm>

#include "base/strings.h"

namespace unspin {
namespace {

using Piece = ExpandedPattern::Piece;
using Shape = ExpandedPattern::Shape;
using CharSet = std::bitset<128>;

constexpr size_t kMaxAlternatives = 4096;
constexpr uint16_t kUnbounded = 0xFFFF;
// Bounded repetition of a group ("(\w+ ){0,2}") is expanded copy by copy,
// up to this many.
constexpr int kMaxGroupRepeat = 3;
// Hostile patterns must not cost unbounded memory or stack: deeper nesting
// or a larger expansion (pieces over all texts) is left to RE2, which has
// limits of its own and reports them.
constexpr int kMaxNesting = 64;
constexpr size_t kMaxPieces = size_t{1} << 20;

uint64_t HashText(std::string_view text) { return std::hash<std::string_view>()(text); }

// The words a text starts and ends with (texts are words joined by spaces).
std::string_view FirstWord(std::string_view text) { return text.substr(0, text.find(' ')); }
std::string_view LastWord(std::string_view text) {
  const size_t space = text.rfind(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsEscapablePunctuation(char c) {
  return c > ' ' && c < 0x7F && !IsWordChar(c);
}

// The parser of the subset of RE2 syntax ExpandedPattern handles; every
// refusal (nullopt) sends the pattern to RE2.
class Parser {
 public:
  Parser(std::string_view pattern, std::vector<CharSet>& sets) : pattern_(pattern), sets_(sets) {}

  std::optional<std::vector<Shape>> Parse() {
    std::optional<std::vector<Shape>> shapes = Alternation();
    if (!shapes || at_ != pattern_.size()) return std::nullopt;
    return shapes;
  }

 private:
  bool AtEnd() const { return at_ >= pattern_.size(); }
  char Peek() const { return pattern_[at_]; }

  // alternation := sequence ('|' sequence)*
  std::optional<std::vector<Shape>> Alternation() {
    std::optional<std::vector<Shape>> all = Sequence();
    if (!all) return std::nullopt;
    while (!AtEnd() && Peek() == '|') {
      ++at_;
      std::optional<std::vector<Shape>> more = Sequence();
      if (!more || all->size() + more->size() > kMaxAlternatives) return std::nullopt;
      all->insert(all->end(), more->begin(), more->end());
    }
    return all;
  }

  std::optional<std::vector<Shape>> Concatenate(const std::vector<Shape>& heads,
                                                const std::vector<Shape>& tails) {
    if (heads.size() * tails.size() > kMaxAlternatives) return std::nullopt;
    size_t pieces = 0;
    for (const Shape& head : heads) pieces += head.size() * tails.size();
    for (const Shape& tail : tails) pieces += tail.size() * heads.size();
    pieces_ += pieces;
    if (pieces_ > kMaxPieces) return std::nullopt;
    std::vector<Shape> joined;
    joined.reserve(heads.size() * tails.size());
    for (const Shape& head : heads) {
      for (const Shape& tail : tails) {
        Shape shape = head;
        shape.insert(shape.end(), tail.begin(), tail.end());
        joined.push_back(std::move(shape));
      }
    }
    return joined;
  }

  // sequence := (atom quantifier?)*
  std::optional<std::vector<Shape>> Sequence() {
    std::vector<Shape> shapes = {Shape{}};
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      // A plain character with no quantifier after it, by far the commonest
      // atom: appended to every shape without building an atom first.
      const char c = Peek();
      const bool plain = static_cast<uint8_t>(c) >= 0x20 && static_cast<uint8_t>(c) < 0x7F &&
                         std::string_view("()[]{}*+?.^$\\|").find(c) == std::string_view::npos;
      const bool quantified =
          at_ + 1 < pattern_.size() &&
          std::string_view("?*+{").find(pattern_[at_ + 1]) != std::string_view::npos;
      if (plain && !quantified) {
        Piece piece;
        piece.c = LowerAscii(c);
        pieces_ += shapes.size();
        if (pieces_ > kMaxPieces) return std::nullopt;
        for (Shape& shape : shapes) shape.push_back(piece);
        ++at_;
        continue;
      }
      std::optional<std::vector<Shape>> atom = Atom();
      if (!atom) return std::nullopt;
      atom = Quantified(std::move(*atom));
      if (!atom) return std::nullopt;
      if (atom->size() == 1) {
        // One way to match it (a character, most often): append in place.
        pieces_ += shapes.size() * (*atom)[0].size();
        if (pieces_ > kMaxPieces) return std::nullopt;
        for (Shape& shape : shapes) shape.insert(shape.end(), (*atom)[0].begin(), (*atom)[0].end());
        continue;
      }
      std::optional<std::vector<Shape>> joined = Concatenate(shapes, *atom);
      if (!joined) return std::nullopt;
      shapes = std::move(*joined);
    }
    return shapes;
  }

  // Reads a quantifier if one follows: {min, max}; nullopt when there is
  // none; refuses lazy and possessive forms and malformed braces.
  bool ReadQuantifier(std::optional<std::pair<uint16_t, uint16_t>>& out) {
    out.reset();
    if (AtEnd()) return true;
    const char c = Peek();
    if (c == '?') {
      out = {{0, 1}};
    } else if (c == '*') {
      out = {{0, kUnbounded}};
    } else if (c == '+') {
      out = {{1, kUnbounded}};
    } else if (c == '{') {
      size_t close = pattern_.find('}', at_);
      if (close == std::string_view::npos) return false;
      const std::string_view inside = pattern_.substr(at_ + 1, close - at_ - 1);
      const size_t comma = inside.find(',');
      auto number = [](std::string_view digits, uint16_t& value) {
        if (digits.empty() || digits.size() > 3) return false;
        value = 0;
        for (char d : digits) {
          if (d < '0' || d > '9') return false;
          value = static_cast<uint16_t>(value * 10 + (d - '0'));
        }
        return true;
      };
      uint16_t min = 0, max = 0;
      if (comma == std::string_view::npos) {
        if (!number(inside, min)) return false;
        max = min;
      } else {
        if (!number(inside.substr(0, comma), min)) return false;
        if (comma + 1 == inside.size()) {
          max = kUnbounded;
        } else if (!number(inside.substr(comma + 1), max) || max < min) {
          return false;
        }
      }
      out = {{min, max}};
      at_ = close;
    } else {
      return true;
    }
    ++at_;
    // Lazy ("+?") or possessive forms: leave to RE2.
    if (!AtEnd() && (Peek() == '?' || Peek() == '+')) return false;
    return true;
  }

  std::optional<std::vector<Shape>> Quantified(std::vector<Shape> atom) {
    std::optional<std::pair<uint16_t, uint16_t>> quantifier;
    if (!ReadQuantifier(quantifier)) return std::nullopt;
    if (!quantifier) return atom;
    const auto [min, max] = *quantifier;
    // One character or class: a class run.
    if (atom.size() == 1 && atom[0].size() == 1 &&
        (atom[0][0].kind == Piece::Kind::kChar || atom[0][0].kind == Piece::Kind::kClass)) {
      Piece piece = atom[0][0];
      if (piece.kind == Piece::Kind::kChar) {
        if (min == 0 && max == 1) return std::vector<Shape>{{piece}, {}};  // "s?"
        piece = ClassPiece(SingleCharSet(piece.c));
      } else if (piece.min != 1 || piece.max != 1) {
        return std::nullopt;  // a quantified class quantified again
      }
      piece.min = min;
      piece.max = max;
      return std::vector<Shape>{{piece}};
    }
    // A group: copies, up to a small bound.
    if (max == kUnbounded || max > kMaxGroupRepeat) return std::nullopt;
    std::vector<Shape> all;
    std::vector<Shape> repeated = {Shape{}};
    for (uint16_t count = 0; count <= max; ++count) {
      if (count >= min) {
        if (all.size() + repeated.size() > kMaxAlternatives) return std::nullopt;
        all.insert(all.end(), repeated.begin(), repeated.end());
      }
      if (count == max) break;
      std::optional<std::vector<Shape>> longer = Concatenate(repeated, atom);
      if (!longer) return std::nullopt;
      repeated = std::move(*longer);
    }
    return all;
  }

  Piece ClassPiece(const CharSet& set) {
    // Case-insensitive matching: a class holds both cases of its letters.
    CharSet closed = set;
    for (int c = 'a'; c <= 'z'; ++c) {
      if (set[c] || set[c - 'a' + 'A']) {
        closed.set(c);
        closed.set(c - 'a' + 'A');
      }
    }
    const auto found = std::find(sets_.begin(), sets_.end(), closed);
    Piece piece;
    piece.kind = Piece::Kind::kClass;
    piece.set = static_cast<uint16_t>(found - sets_.begin());
    if (found == sets_.end()) sets_.push_back(closed);
    piece.min = piece.max = 1;
    return piece;
  }

  static CharSet SingleCharSet(char c) {
    CharSet set;
    set.set(static_cast<uint8_t>(c));
    return set;
  }

  // The class an escape letter names, if it is one handled here.
  static std::optional<CharSet> EscapeClass(char letter) {
    CharSet set;
    switch (letter) {
      case 'd':
        for (int c = '0'; c <= '9'; ++c) set.set(c);
        return set;
      case 'w':
        for (int c = 0; c < 128; ++c) {
          if (IsWordChar(static_cast<char>(c))) set.set(c);
        }
        return set;
      case 'S':
        // RE2's \s is [\t\n\f\r ].
        set.set();
        for (int c : {'\t', '\n', '\f', '\r', ' '}) set.reset(c);
        return set;
      default:
        return std::nullopt;
    }
  }

  // After '[': members up to ']'.
  std::optional<CharSet> Bracket() {
    CharSet set;
    if (AtEnd() || Peek() == '^' || Peek() == ']') return std::nullopt;
    while (!AtEnd() && Peek() != ']') {
      char c = pattern_[at_++];
      if (c == '[') return std::nullopt;  // [:alpha:] and the like
      if (c == '\\') {
        if (AtEnd()) return std::nullopt;
        const char escaped = pattern_[at_++];
        if (std::optional<CharSet> named = EscapeClass(escaped)) {
          if (escaped == 'S') return std::nullopt;
          set |= *named;
          continue;
        }
        if (!IsEscapablePunctuation(escaped)) return std::nullopt;
        c = escaped;
      }
      // A range "a-z" (a '-' first, last or after a range is literal).
      if (at_ + 1 < pattern_.size() && Peek() == '-' && pattern_[at_ + 1] != ']') {
        const char last = pattern_[at_ + 1];
        if (last == '\\' || last == '[' || last < c) return std::nullopt;
        for (int member = c; member <= last; ++member) set.set(member);
        at_ += 2;
        continue;
      }
      set.set(static_cast<uint8_t>(c));
    }
    if (AtEnd()) return std::nullopt;
    ++at_;  // ']'
    return set;
  }

  std::optional<std::vector<Shape>> Atom() {
    const char c = pattern_[at_++];
    Piece piece;
    switch (c) {
      case '(': {
        if (++depth_ > kMaxNesting) return std::nullopt;
        if (pattern_.substr(at_, 2) == "?:") {
          at_ += 2;
        } else if (!AtEnd() && Peek() == '?') {
          return std::nullopt;  // flags, named groups
        }
        std::optional<std::vector<Shape>> inner = Alternation();
        if (!inner || AtEnd() || Peek() != ')') return std::nullopt;
        ++at_;
        --depth_;
        return inner;
      }
      case '[': {
        std::optional<CharSet> set = Bracket();
        if (!set) return std::nullopt;
        return std::vector<Shape>{{ClassPiece(*set)}};
      }
      case '\\': {
        if (AtEnd()) return std::nullopt;
        const char escaped = pattern_[at_++];
        if (escaped == 'b') {
          piece.kind = Piece::Kind::kWordBoundary;
          return std::vector<Shape>{{piece}};
        }
        if (std::optional<CharSet> set = EscapeClass(escaped)) {
          return std::vector<Shape>{{ClassPiece(*set)}};
        }
        if (!IsEscapablePunctuation(escaped)) return std::nullopt;
        piece.c = escaped;
        return std::vector<Shape>{{piece}};
      }
      case '^':
        piece.kind = Piece::Kind::kStart;
        return std::vector<Shape>{{piece}};
      case '$':
        piece.kind = Piece::Kind::kEnd;
        return std::vector<Shape>{{piece}};
      default:
        if (std::string_view("]{}*+?.").find(c) != std::string_view::npos ||
            static_cast<uint8_t>(c) < 0x20 || static_cast<uint8_t>(c) >= 0x7F) {
          return std::nullopt;
        }
        piece.c = LowerAscii(c);
        return std::vector<Shape>{{piece}};
    }
  }

  std::string_view pattern_;
  std::vector<CharSet>& sets_;
  size_t at_ = 0;
  int depth_ = 0;
  size_t pieces_ = 0;  // made so far, over all texts (a bound, not a count)
};

// `shape` as a plain string when it has only characters and word
// boundaries, with the boundaries checked: outside the text is a space or
// the edge of the context, a non-word character as far as \b (ASCII in
// RE2) is concerned. nullopt: not plain. Sets `never` when a boundary
// cannot hold, so the shape matches nothing.
std::optional<std::string> PlainText(const Shape& shape, bool& never) {
  never = false;
  std::string text;
  for (const Piece& piece : shape) {
    if (piece.kind != Piece::Kind::kChar && piece.kind != Piece::Kind::kWordBoundary) {
      return std::nullopt;
    }
  }
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i].kind == Piece::Kind::kChar) {
      text += shape[i].c;
      continue;
    }
    const bool word_before = !text.empty() && IsWordChar(text.back());
    size_t next = i + 1;
    while (next < shape.size() && shape[next].kind == Piece::Kind::kWordBoundary) ++next;
    const bool word_after = next < shape.size() && IsWordChar(shape[next].c);
    if (word_before == word_after) never = true;
  }
  return text;
}

}  // namespace

std::optional<ExpandedPattern> ExpandedPattern::Expand(std::string_view pattern) {
  if (!IsAscii(pattern)) return std::nullopt;
  ExpandedPattern expanded;
  std::optional<std::vector<Shape>> shapes = Parser(pattern, expanded.sets_).Parse();
  if (!shapes) return std::nullopt;
  for (Shape& shape : *shapes) {
    // Matching a shape is a backtracking search: with more than two
    // variable-length runs its cost could grow as a power of the context's
    // length. RE2 is linear whatever the pattern; leave those to it.
    const size_t variable_runs = std::count_if(shape.begin(), shape.end(), [](const Piece& piece) {
      return piece.kind == Piece::Kind::kClass && piece.min != piece.max;
    });
    if (variable_runs > 2) return std::nullopt;
    bool never = false;
    if (std::optional<std::string> text = PlainText(shape, never)) {
      if (!never) expanded.literals_.push_back(std::move(*text));
    } else {
      expanded.shapes_.push_back(std::move(shape));
    }
  }
  for (const Shape& shape : expanded.shapes_) {
    ShapeFilter filter;
    bool open = true;  // still looking for the first character
    for (const Piece& piece : shape) {
      if (piece.kind == Piece::Kind::kChar) {
        filter.min_length += 1;
        if (open) filter.first.set(static_cast<uint8_t>(piece.c));
        open = false;
      } else if (piece.kind == Piece::Kind::kClass) {
        filter.min_length += piece.min;
        if (open) filter.first |= expanded.sets_[piece.set];
        if (piece.min > 0) open = false;
      }
    }
    filter.can_be_empty = open;
    expanded.filters_.push_back(filter);
  }
  std::sort(expanded.literals_.begin(), expanded.literals_.end());
  expanded.literals_.erase(std::unique(expanded.literals_.begin(), expanded.literals_.end()),
                           expanded.literals_.end());
  // Sixteen bits a text: a few percent of false positives.
  expanded.first_words_.Reset(16 * expanded.literals_.size());
  expanded.last_words_.Reset(16 * expanded.literals_.size());
  for (const std::string& literal : expanded.literals_) {
    expanded.first_words_.Add(HashText(FirstWord(literal)));
    expanded.last_words_.Add(HashText(LastWord(literal)));
  }
  size_t slots = 4;
  while (slots < 2 * expanded.literals_.size()) slots *= 2;
  expanded.literal_slots_.assign(slots, {0, kNoLiteral});
  for (uint32_t i = 0; i < expanded.literals_.size(); ++i) {
    const std::string& literal = expanded.literals_[i];
    const uint64_t hash = HashText(literal);
    size_t slot = hash & (slots - 1);
    while (expanded.literal_slots_[slot].second != kNoLiteral) slot = (slot + 1) & (slots - 1);
    expanded.literal_slots_[slot] = {hash, i};
    expanded.literal_lengths_ |= LengthBit(literal.size());
  }
  return expanded;
}

bool ExpandedPattern::ShapeMatches(const Shape& shape, std::string_view context, size_t from,
                                   size_t to) const {
  // Backtracking over the pieces. Classes never hold a space here (\S, \w,
  // \d and brackets without one), so each run stays inside one word and
  // the search is short.
  auto match = [&](auto& self, size_t i, size_t at) -> bool {
    if (i == shape.size()) return at == to;
    const Piece& piece = shape[i];
    switch (piece.kind) {
      case Piece::Kind::kChar:
        return at < to && context[at] == piece.c && self(self, i + 1, at + 1);
      case Piece::Kind::kWordBoundary: {
        const bool before = at > 0 && IsWordChar(context[at - 1]);
        const bool after = at < context.size() && IsWordChar(context[at]);
        return before != after && self(self, i + 1, at);
      }
      case Piece::Kind::kStart:
        return at == 0 && self(self, i + 1, at);
      case Piece::Kind::kEnd:
        return at == context.size() && self(self, i + 1, at);
      case Piece::Kind::kClass: {
        const CharSet& set = sets_[piece.set];
        size_t longest = 0;
        while (at + longest < to && longest < piece.max &&
               set[static_cast<uint8_t>(context[at + longest]) & 0x7F]) {
          ++longest;
        }
        for (size_t count = longest + 1; count-- > piece.min;) {
          if (self(self, i + 1, at + count)) return true;
        }
        return false;
      }
    }
    return false;
  };
  return match(match, 0, from);
}

bool ExpandedPattern::IsLiteral(std::string_view words) const {
  if ((literal_lengths_ & LengthBit(words.size())) == 0) return false;
  const uint64_t hash = HashText(words);
  const size_t mask = literal_slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const auto& [stored_hash, index] = literal_slots_[slot];
    if (index == kNoLiteral) return false;
    if (stored_hash == hash && literals_[index] == words) return true;
  }
}

bool ExpandedPattern::Candidate(std::string_view context, size_t from, size_t to,
                                bool maybe_literal) const {
  const std::string_view words = context.substr(from, to - from);
  if (maybe_literal && IsLiteral(words)) return true;
  for (size_t i = 0; i < shapes_.size(); ++i) {
    const ShapeFilter& filter = filters_[i];
    if (words.size() < filter.min_length) continue;
    if (words.empty() ? !filter.can_be_empty
                      : !filter.can_be_empty && !filter.first[static_cast<uint8_t>(words[0]) & 0x7F]) {
      continue;
    }
    if (ShapeMatches(shapes_[i], context, from, to)) return true;
  }
  return false;
}

bool ExpandedPattern::MatchesBefore(std::string_view context) const {
  // The pattern must match a whole suffix of the context that starts it or
  // follows a space; every such suffix ends with the context's last word.
  const bool maybe_literal = last_words_.MayContain(HashText(LastWord(context)));
  if (!maybe_literal && shapes_.empty()) return false;
  if (Candidate(context, 0, context.size(), maybe_literal)) return true;
  for (size_t space = context.find(' '); space != std::string_view::npos;
       space = context.find(' ', space + 1)) {
    if (Candidate(context, space + 1, context.size(), maybe_literal)) return true;
  }
  return false;
}

bool ExpandedPattern::MatchesAfter(std::string_view context) const {
  // ... or a whole prefix that ends it or comes before a space; every such
  // prefix starts with the context's first word.
  const bool maybe_literal = first_words_.MayContain(HashText(FirstWord(context)));
  if (!maybe_literal && shapes_.empty()) return false;
  if (Candidate(context, 0, context.size(), maybe_literal)) return true;
  for (size_t space = context.find(' '); space != std::string_view::npos;
       space = context.find(' ', space + 1)) {
    if (Candidate(context, 0, space, maybe_literal)) return true;
  }
  return false;
}

}  // namespace unspin
