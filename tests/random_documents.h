// Random and adversarial documents for property tests: spun phrases, quotes,
// apostrophes, dashes, every line ending, non-ASCII, invalid bytes and NUL,
// glued together at random.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace unspin::testing {

// Rules whose phrases the pieces below contain.
inline constexpr const char* kPropertyRules = R"(
rule said.mentioned
  spun: mention
  restore: say
  inflect: verb
  after: that|thursday|,|\.
  example: It mentioned that. => It said that.
rule satellite.satellite-tv-for-pc
  spun: satellite tv for pc
  restore: satellite
  certain: yes
  example: a satellite tv for pc launch => a satellite launch
rule high.excessive
  spun: excessive
  restore: high
  example: excessive prices => high prices
rule party.celebration
  spun: celebration
  restore: party
  inflect: noun
  example: the celebration said => the party said
rule key.the-important-thing
  spun: the important thing
  restore: key
  certain: yes
  example: the important thing issue => key issue
rule policy.coverage
  spun: coverage
  restore: policy
  example: the coverage => the policy
rule foreign-policy.overseas-policy
  spun: overseas policy
  restore: foreign policy
  example: overseas policy => foreign policy
)";

// Addresses holding words the rules above restore: they must come out
// whole. Each has a space on both sides, so that no neighbouring piece
// joins it.
inline const std::vector<std::string>& AddressPieces() {
  static const std::vector<std::string> pieces = {
      " https://e.com/news/x?celebration=1 ", " ftp://army.mil/excessive ",
      " army.mil/celebration ",               " www.x.com/mentioned ",
      " /home/celebration/a.log ",            " ~/coverage/notes ",
      " C:\\Users\\celebration\\a.log ",   " #celebration ",
      " @celebration ",                        " mentioned@army.mil "};
  return pieces;
}

inline const std::vector<std::string>& DocumentPieces() {
  static const std::vector<std::string> pieces = {
      "mentioned", "Mentioned", "MENTIONED", "that", "Thursday", "satellite", "tv", "for", "pc",
      "excessive", "a", "an", "An", "celebration", "celebration\u2019s", "celebrations", "the",
      "important", "thing", ",", ".", "\u201C", "\u201D", "\"", "'", "\u2019", "-", "\u2014",
      " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2028", "\xEF\xBB\xBF", "\xFF",
      "\xC0\xAF", "\xED\xA0\x80", "\xE2\x80", std::string(1, '\0'), "caf\u00E9", "\u00C9COLE",
      "\U0001F600", "e\u0301", "U.S.", "2024", "Kim", "x", "overseas", "coverage", "policy",
      "overseas coverage"};
  static const std::vector<std::string> all = [] {
    std::vector<std::string> joined = pieces;
    joined.insert(joined.end(), AddressPieces().begin(), AddressPieces().end());
    return joined;
  }();
  return all;
}

inline bool IsLineBreakPiece(const std::string& piece) {
  return piece == "\n" || piece == "\r\n" || piece == "\r" || piece == "\u2028";
}

// Up to `max_pieces` pieces; with `valid_utf8`, only pieces that are valid
// UTF-8 (documents a JSON string can carry).
inline std::string RandomDocument(std::mt19937& random, size_t max_pieces = 60,
                                  bool valid_utf8 = false) {
  std::uniform_int_distribution<size_t> length(0, max_pieces);
  std::uniform_int_distribution<size_t> pick(0, DocumentPieces().size() - 1);
  std::string document;
  for (size_t n = length(random); n > 0;) {
    const std::string& piece = DocumentPieces()[pick(random)];
    if (valid_utf8 && (piece == "\xFF" || piece == "\xC0\xAF" || piece == "\xED\xA0\x80" ||
                       piece == "\xE2\x80")) {
      continue;
    }
    document += piece;
    --n;
  }
  return document;
}

// One line of valid UTF-8 of at least `min_bytes`, made of the pieces
// above: for lines longer than a streaming chunk.
inline std::string RandomLongLine(std::mt19937& random, size_t min_bytes) {
  std::uniform_int_distribution<size_t> pick(0, DocumentPieces().size() - 1);
  std::string line;
  while (line.size() < min_bytes) {
    const std::string& piece = DocumentPieces()[pick(random)];
    if (IsLineBreakPiece(piece) || piece == "\xFF" || piece == "\xC0\xAF" ||
        piece == "\xED\xA0\x80" || piece == "\xE2\x80" || piece == "\xEF\xBB\xBF") {
      continue;
    }
    line += piece;
  }
  return line + "\n";
}

}  // namespace unspin::testing
