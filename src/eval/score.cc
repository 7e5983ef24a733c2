#include "eval/score.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "compare/alignment.h"
#include "compare/alternatives.h"
#include "eval/score_text.h"

namespace unspin {
namespace {

using Words = std::vector<std::string>;

// How many characters before a group its context words are taken from.
constexpr size_t kContextChars = 40;

std::string Join(const Words& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += words[i];
  }
  return out;
}

std::string Join(const Words& words) { return Join(words, 0, words.size()); }

// Byte offset `chars` code points before `offset` in valid UTF-8 `text`.
size_t CodePointsBack(std::string_view text, size_t offset, size_t chars) {
  while (offset > 0 && chars > 0) {
    --offset;
    if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) --chars;
  }
  return offset;
}

std::vector<std::string_view> Views(const Words& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

struct Span {
  size_t begin, end;
  bool operator<(const Span& other) const {
    return std::pair(begin, end) < std::pair(other.begin, other.end);
  }
};

std::vector<Span> ChangedSpans(const std::vector<Opcode>& opcodes) {
  std::vector<Span> spans;
  for (const Opcode& opcode : opcodes) {
    if (opcode.kind != Opcode::Kind::kEqual) spans.push_back({opcode.a_begin, opcode.a_end});
  }
  return spans;
}

struct Region {
  Words spun, expected, output;
};

Words Slice(const Words& words, size_t begin, size_t end) {
  if (end <= begin) return {};
  return Words(words.begin() + begin, words.begin() + end);
}

std::vector<Region> FindRegions(const Words& spun, const Words& expected, const Words& output) {
  const std::vector<Opcode> to_expected = AlignWords(Views(spun), Views(expected));
  const std::vector<Opcode> to_output = AlignWords(Views(spun), Views(output));
  std::vector<Span> spans = ChangedSpans(to_expected);
  const std::vector<Span> output_spans = ChangedSpans(to_output);
  spans.insert(spans.end(), output_spans.begin(), output_spans.end());
  std::sort(spans.begin(), spans.end());
  std::vector<Span> merged;
  for (const Span& span : spans) {
    if (!merged.empty() && span.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
    } else {
      merged.push_back(span);
    }
  }
  std::vector<Region> regions;
  for (const Span& span : merged) {
    Region region;
    region.spun = Slice(spun, span.begin, span.end);
    region.expected = Slice(expected, MapBoundary(to_expected, span.begin, expected.size()),
                            MapBoundary(to_expected, span.end, expected.size()));
    region.output = Slice(output, MapBoundary(to_output, span.begin, output.size()),
                          MapBoundary(to_output, span.end, output.size()));
    regions.push_back(std::move(region));
  }
  return regions;
}

size_t EditDistance(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min(
          {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

double Ratio(size_t numerator, size_t denominator) {
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

void Classify(const Region& region, Score& score) {
  const bool need = region.spun != region.expected;
  const bool touched = region.output != region.spun;
  score.needed += need;
  const std::string shown =
      Join(region.spun) + " -> " + Join(region.output) + " (want " + Join(region.expected) + ")";
  if (touched && region.output == region.expected) {
    ++score.fixed;
  } else if (touched && WordEditDistance(region.output, region.expected) <
                            WordEditDistance(region.spun, region.expected)) {
    ++score.partial;
    score.partial_examples.push_back(shown);
  } else if (touched) {
    ++score.wrong;
    score.wrong_examples.push_back(shown);
  }
  if (need && region.output != region.expected) {
    ++score.missed;
    if (!touched) {
      score.missed_examples.push_back(Join(region.spun) + " (want " + Join(region.expected) + ")");
    }
  }
}

}  // namespace

size_t WordEditDistance(const Words& a, const Words& b) {
  std::unordered_map<std::string_view, uint32_t> ids;
  auto intern = [&ids](const Words& words) {
    std::vector<uint32_t> out;
    out.reserve(words.size());
    for (const std::string& word : words) {
      out.push_back(ids.emplace(word, static_cast<uint32_t>(ids.size())).first->second);
    }
    return out;
  };
  const std::vector<uint32_t> a_ids = intern(a);
  const std::vector<uint32_t> b_ids = intern(b);
  return EditDistance(a_ids, b_ids);
}

std::string ResolveExpectedAlternatives(std::string_view expected_raw, std::string_view output) {
  const std::string expected = EncodeUtf8(DecodeForScoring(expected_raw));
  const std::string output_words = Join(ScoreTokens(output));
  const std::vector<AlternativeGroup> groups = FindAlternativeGroups(expected);
  std::vector<size_t> choice(groups.size(), 0);
  for (size_t g = 0; g < groups.size(); ++g) {
    const size_t start = groups[g].span.begin;
    const size_t from = CodePointsBack(expected, start, kContextChars);
    const Words before_words = ScoreTokens(std::string_view(expected).substr(from, start - from));
    const std::string before = Join(
        before_words, before_words.size() < 2 ? 0 : before_words.size() - 2, before_words.size());
    for (size_t k = 0; k < groups[g].options.size(); ++k) {
      const std::string option = Join(ScoreTokens(groups[g].options[k]));
      // Python: f"{before} {option}".strip(), and neither side has spaces
      // at its ends.
      std::string needle = before.empty()   ? option
                           : option.empty() ? before
                                            : before + " " + option;
      if (output_words.find(needle) != std::string::npos) {
        choice[g] = k;
        break;
      }
    }
  }
  return ResolveAlternatives(expected, groups, choice).text;
}

Score ScoreRestoration(std::string_view spun_text, std::string_view expected_text,
                       std::string_view output_text) {
  const std::string resolved = ResolveExpectedAlternatives(expected_text, output_text);
  const Words spun = ScoreTokens(spun_text);
  const Words expected = ScoreTokens(std::string_view(resolved));
  const Words output = ScoreTokens(output_text);
  Score score;
  for (const Region& region : FindRegions(spun, expected, output)) Classify(region, score);
  score.words = expected.size();
  const size_t changed = score.fixed + score.partial + score.wrong;
  score.precision = changed > 0 ? Ratio(score.fixed + score.partial, changed) : 1.0;
  score.recall = score.needed > 0 ? Ratio(score.fixed, score.needed) : 1.0;
  const size_t words = std::max<size_t>(1, expected.size());
  score.wer_in = Ratio(WordEditDistance(spun, expected), words);
  score.wer_out = Ratio(WordEditDistance(output, expected), words);
  score.error_reduction = score.wer_in > 0 ? 1.0 - score.wer_out / score.wer_in : 0.0;
  return score;
}

}  // namespace unspin
