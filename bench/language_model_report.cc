// The two language models side by side, on the project's own spun/original
// pairs (corpus/news): how often each ranks the original wording above the
// spun one, and what each costs. Not part of the test suite.
//
//   build/unspin_lm_report [MODEL.lm]   (default: build/data/dictionaries/en-us.lm)
//
// Each substitution the spinner made (aligned as `unspin learn` aligns
// them, learn/substitutions.h) is scored in its window of two words before
// and two after, as ContextScorer scores candidates. "Window" counts a win
// when the window with the original wording scores higher than with the
// spun one; "gain" when the original's window gain minus its context-free
// gain (what the decision uses) is positive. Ties are losses. The
// combination is the mean of the two models' differences.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "learn/substitutions.h"
#include "vocab/backoff_model.h"
#include "vocab/context_scorer.h"
#include "vocab/language_model.h"
#include "vocab/vocabulary.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string Read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

struct Window {
  std::vector<std::string_view> history, spun, original, after;
};

// The window ContextScorer builds around spun tokens [begin, end).
Window WindowOf(const AlignedPair& pair, const Substitution& s) {
  Window w;
  const Tokens& tokens = pair.spun_tokens;
  for (size_t i = s.spun_begin; i > 0 && w.history.size() < 2; --i) {
    const Token& token = tokens[i - 1];
    if (token.kind == TokenKind::kLineBreak || token.key.empty()) break;
    w.history.insert(w.history.begin(), VocabularyKey(token));
  }
  if (w.history.size() < 2) w.history.insert(w.history.begin(), kSentenceStart);
  for (size_t i = s.spun_end; i < tokens.size() && w.after.size() < 2; ++i) {
    if (tokens[i].kind == TokenKind::kLineBreak || tokens[i].key.empty()) {
      w.after.push_back(kSentenceEnd);
      break;
    }
    w.after.push_back(VocabularyKey(tokens[i]));
  }
  if (s.spun_end == tokens.size() && w.after.size() < 2) w.after.push_back(kSentenceEnd);
  for (size_t i = s.spun_begin; i < s.spun_end; ++i) w.spun.push_back(VocabularyKey(tokens[i]));
  for (size_t i = s.original_begin; i < s.original_end; ++i) {
    w.original.push_back(VocabularyKey(pair.original_tokens[i]));
  }
  return w;
}

struct Scores {
  double window = 0;  // original minus spun, in context
  double gain = 0;    // the same minus the context-free difference
};

template <typename Model>
Scores ScoreWith(const Model& model, const Window& w) {
  auto in_context = [&](const std::vector<std::string_view>& phrase) {
    std::vector<std::string_view> all = w.history;
    all.insert(all.end(), phrase.begin(), phrase.end());
    all.insert(all.end(), w.after.begin(), w.after.end());
    return model.WindowLogScore(all, w.history.size());
  };
  auto alone = [&](const std::vector<std::string_view>& phrase) {
    return model.WindowLogScore(phrase, 0);
  };
  Scores s;
  s.window = in_context(w.original) - in_context(w.spun);
  s.gain = s.window - (alone(w.original) - alone(w.spun));
  return s;
}

double Percent(size_t part, size_t whole) { return whole == 0 ? 0 : 100.0 * part / whole; }

int Run(const std::string& model_path) {
  const std::string root = UNSPIN_SOURCE_DIR;
  auto vocabulary = Vocabulary::Open(root + "/dictionaries/english.vocab");
  if (!vocabulary.ok()) {
    std::fprintf(stderr, "%s\n", vocabulary.status().message().c_str());
    return 2;
  }
  const auto open_start = Clock::now();
  auto backoff = BackoffModel::Open(model_path);
  const double open_us =
      std::chrono::duration<double, std::micro>(Clock::now() - open_start).count();
  if (!backoff.ok()) {
    std::fprintf(stderr, "%s\n", backoff.status().message().c_str());
    return 2;
  }
  const LanguageModel vocab_model(vocabulary.value());
  const BackoffModel& lm = *backoff.value();

  std::vector<AlignedPair> pairs;
  for (const auto& entry : fs::directory_iterator(root + "/corpus/news")) {
    const std::string name = entry.path().string();
    if (!name.ends_with(".spun.txt")) continue;
    const std::string stem = name.substr(0, name.size() - 9);
    ExtractOptions options;
    options.vocabulary = vocabulary.value().get();
    pairs.push_back(AlignPair(Read(name), Read(stem + ".original.txt"), options));
  }
  std::vector<Window> windows;
  for (const AlignedPair& pair : pairs) {
    for (const Substitution& s : pair.substitutions) windows.push_back(WindowOf(pair, s));
  }
  size_t vocab_window = 0, lm_window = 0, both_window = 0;
  size_t vocab_gain = 0, lm_gain = 0, both_gain = 0;
  for (const Window& w : windows) {
    const Scores v = ScoreWith(vocab_model, w);
    const Scores b = ScoreWith(lm, w);
    vocab_window += v.window > 0;
    lm_window += b.window > 0;
    both_window += v.window + b.window > 0;
    vocab_gain += v.gain > 0;
    lm_gain += b.gain > 0;
    both_gain += v.gain + b.gain > 0;
  }
  const size_t n = windows.size();
  std::printf("substitutions in corpus/news: %zu (%zu pairs)\n", n, pairs.size());
  std::printf("original above spun, by window score: vocabulary %.1f%%, lm %.1f%%, both %.1f%%\n",
              Percent(vocab_window, n), Percent(lm_window, n), Percent(both_window, n));
  std::printf("original above spun, by gain:         vocabulary %.1f%%, lm %.1f%%, both %.1f%%\n",
              Percent(vocab_gain, n), Percent(lm_gain, n), Percent(both_gain, n));

  // Costs: every window of every spun text, many times over.
  std::vector<std::vector<std::string_view>> texts;
  for (const AlignedPair& pair : pairs) {
    std::vector<std::string_view> words = {kSentenceStart};
    for (const Token& token : pair.spun_tokens) {
      if (token.kind == TokenKind::kLineBreak || token.key.empty()) continue;
      words.push_back(VocabularyKey(token));
    }
    texts.push_back(std::move(words));
  }
  auto time_windows = [&](auto&& score) {
    size_t scored = 0;
    double sink = 0;
    const auto start = Clock::now();
    for (int round = 0; round < 20; ++round) {
      for (const auto& words : texts) {
        for (size_t i = 2; i + 3 <= words.size(); i += 1) {
          sink += score(std::span(words.data() + i - 2, 5), 2);
          scored += 3;
        }
      }
    }
    const double ns = std::chrono::duration<double, std::nano>(Clock::now() - start).count();
    if (sink == 1) std::printf(" ");  // keep the work
    return ns / static_cast<double>(scored);
  };
  const double lm_ns = time_windows([&](auto window, size_t first) {
    return lm.WindowLogScore(window, first);
  });
  const double vocab_ns = time_windows([&](auto window, size_t first) {
    return vocab_model.WindowLogScore(window, first);
  });
  std::printf("ns per scored word (window of 5, 3 scored): vocabulary %.0f, lm %.0f\n", vocab_ns,
              lm_ns);

  // Slot proposals for every substitution's slot: time per call, and how
  // often a one-word swap's original is among the 10 proposed.
  auto proposals = [&](const SlotSearchLimits& limits, const char* name) {
    size_t single = 0, found = 0;
    auto start = Clock::now();
    for (const Window& w : windows) {
      const auto proposed = lm.ProposeWords(w.history[0], w.history[1],
                                            w.after.empty() ? "" : w.after[0],
                                            w.after.size() < 2 ? "" : w.after[1], 10, limits);
      if (w.original.size() != 1 || w.spun.size() != 1) continue;
      ++single;
      for (const auto& p : proposed) found += p.word == w.original[0];
    }
    const double word_us = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    size_t pairs_found = 0, two_word = 0;
    start = Clock::now();
    for (const Window& w : windows) {
      const auto proposed = lm.ProposePhrases(w.history[0], w.history[1],
                                              w.after.empty() ? "" : w.after[0],
                                              w.after.size() < 2 ? "" : w.after[1], 10, limits);
      if (w.original.size() != 2) continue;
      ++two_word;
      for (const auto& p : proposed) {
        pairs_found += p.words[0] == w.original[0] && p.words[1] == w.original[1];
      }
    }
    const double phrase_us =
        std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    const double calls = static_cast<double>(windows.size());
    std::printf("slot proposals, k=10, %s (scored %zu; beam %zu x %zu): %.0f us per one-word "
                "slot, %.0f us per two-word slot; original among them: %zu of %zu one-word "
                "swaps (%.1f%%), %zu of %zu two-word originals (%.1f%%)\n",
                name, limits.max_scored, limits.beam, limits.max_second_words, word_us / calls,
                phrase_us / calls, found, single, Percent(found, single), pairs_found, two_word,
                Percent(pairs_found, two_word));
  };
  proposals({}, "default limits");
  proposals({4096, 32, 512}, "wide limits");
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("model: %s, %zu bytes, opened in %.0f us; peak RSS of this report %ld MB\n",
              model_path.c_str(), lm.size_bytes(), open_us, usage.ru_maxrss / 1024);
  return 0;
}

}  // namespace
}  // namespace unspin

int main(int argc, char** argv) {
  const std::string model =
      argc > 1 ? argv[1] : std::string(UNSPIN_BUILD_DIR) + "/data/dictionaries/en-us.lm";
  return unspin::Run(model);
}
