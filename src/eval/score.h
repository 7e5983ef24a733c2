// Scoring a restoration against the original wording, with exactly the
// definitions of the project's evaluation script (shared/eval/score.py):
//
//   A *region* is a stretch of the spun words where the expected text or the
//   output differs from the spun text (overlapping differences merged). A
//   region is
//     fixed    when the output changed it and now equals the expected words,
//     partial  when the output changed it and is closer (edit distance in
//              words) to the expected words, but not equal,
//     wrong    when the output changed it and is no closer,
//     missed   when it needed a change and the output still differs (a
//              partial region is also missed).
//   precision = (fixed + partial) / changed regions (1 when none changed);
//   recall = fixed / regions that needed a change (1 when none did);
//   wer_in / wer_out = word edit distance of spun / output to expected,
//   divided by the number of expected words; error_reduction = 1 -
//   wer_out / wer_in (0 when wer_in is 0).
//
// "{a|b}" in the expected text marks acceptable wordings: each group
// becomes the first option whose words, preceded by the last two words of
// the 40 characters before the group, occur in the output (as a substring
// of its words joined by spaces), else the first option.
//
// Words are ScoreTokens() (eval/score_text.h). Alignments are shortest edit
// scripts (compare/alignment.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace unspin {

struct Score {
  size_t words = 0;  // expected words
  size_t needed = 0;
  size_t fixed = 0;
  size_t partial = 0;
  size_t wrong = 0;
  size_t missed = 0;
  double precision = 1.0;
  double recall = 1.0;
  double wer_in = 0.0;
  double wer_out = 0.0;
  double error_reduction = 0.0;
  // "spun -> output (want expected)" per wrong and partial region, and
  // "spun (want expected)" per missed region the output left alone.
  std::vector<std::string> wrong_examples;
  std::vector<std::string> partial_examples;
  std::vector<std::string> missed_examples;
};

// Scores `output`, a restoration of `spun`, against `expected`. All three
// are UTF-8 (ill-formed bytes count as U+FFFD).
Score ScoreRestoration(std::string_view spun, std::string_view expected, std::string_view output);

// `expected` with each {a|b} group replaced by the option `output` used
// (see above). Exposed for tests.
std::string ResolveExpectedAlternatives(std::string_view expected, std::string_view output);

// Levenshtein distance between two word sequences (substitution costs 1).
size_t WordEditDistance(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace unspin
