#include "mine/miner.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <set>

#include "learn/example_window.h"
#include "learn/rule_text.h"
#include "learn/substitutions.h"
#include "mine/slot_scorer.h"
#include "tokenize/tokenizer.h"
#include "vocab/context_scorer.h"

namespace unspin {
namespace {

// One occurrence with a wild score (a word the models have never seen)
// must not decide a type's mean.
constexpr double kMaxGain = 6;

double Clip(double value, double low, double high) { return std::clamp(value, low, high); }

size_t WordCount(std::string_view phrase) {
  return 1 + static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' '));
}

// A word the backoff model proposes that could be an original: lower-case
// letters, perhaps with an apostrophe ("don't"), not a marker like <s>.
bool PlainWord(std::string_view word) {
  if (word.empty()) return false;
  for (const char c : word) {
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return false;
  }
  return word.front() != '\'';
}

struct Candidate {
  std::string text;
  std::vector<std::string> keys;  // as the models take them
  SourceMask sources = 0;
  bool direct = false;
  int lexicon_rank = -1;
  size_t proposed = 0;  // slots where the backoff model proposed it
  bool part = false;    // some of the type's own words
  double vocabulary = 0, backoff = 0, window = 0;
  size_t best = 0, positive = 0;
};

// "said" for a spun word that starts a sentence with a capital: "Said",
// as the engine fits the restoration's case to the spun text.
std::string FitCase(std::string restore, const TokenAnnotation& first) {
  if (first.capitalization == Capitalization::kFirst && !restore.empty() && restore[0] >= 'a' &&
      restore[0] <= 'z') {
    restore[0] = static_cast<char>(restore[0] - 'a' + 'A');
  }
  return restore;
}

class TypeMiner {
 public:
  TypeMiner(const PhraseCensus& census, const MinerOptions& options)
      : census_(census), options_(options), scorer_(*options.model, options.backoff) {}

  // The type's pairs, best first; empty when it has no candidate.
  std::vector<MinedPair> Mine(const std::string& type) {
    const std::vector<PhraseOccurrence> occurrences =
        census_.Occurrences(type, options_.max_occurrences);
    if (occurrences.empty()) return {};
    const double spun_alone = scorer_.Alone(ModelKeys(type)).vocabulary;
    const double over_spun = census_.LogFrequency(type) - spun_alone;
    std::vector<Candidate> candidates = LexiconCandidates(type);
    AddParts(type, candidates);
    if (over_spun > 0) AddProposals(type, occurrences, candidates);
    if (candidates.empty()) return {};
    if (candidates.size() > options_.max_candidates) candidates.resize(options_.max_candidates);
    ScoreOccurrences(occurrences, candidates);
    return Pairs(type, occurrences.size(), over_spun, candidates);
  }

 private:
  std::vector<std::string> ModelKeysOf(std::string_view text) {
    std::vector<std::string> keys;
    for (const Token& token : tokenizer_.Tokenize(text)) {
      if (token.key.empty()) continue;
      keys.emplace_back(VocabularyKey(token));
    }
    return keys;
  }
  std::vector<std::string_view> ModelKeys(std::string_view type) {
    type_keys_ = ModelKeysOf(type);
    return {type_keys_.begin(), type_keys_.end()};
  }

  std::vector<Candidate> LexiconCandidates(const std::string& type) {
    std::vector<Candidate> candidates;
    int rank = 0;
    for (const LexiconCandidate& found : options_.lexicon->Lookup(type, options_.exclude)) {
      if (candidates.size() >= options_.lexicon_candidates) break;
      const std::string text(found.text);
      if (text == type || !Writable(text)) continue;
      Candidate candidate;
      candidate.text = text;
      candidate.keys = ModelKeysOf(text);
      if (candidate.keys.empty()) continue;
      candidate.sources = found.sources;
      candidate.direct = found.direct();
      candidate.lexicon_rank = rank++;
      candidates.push_back(std::move(candidate));
    }
    return candidates;
  }

  // The shorter phrases inside a phrase type: a spinner pads a word into a
  // phrase ("whether" -> "whether or not", "satellite" -> "satellite tv for
  // pc").
  void AddParts(const std::string& type, std::vector<Candidate>& candidates) {
    const std::vector<std::string> words = ModelKeysOf(type);
    for (size_t length = words.size() - 1; length >= 1 && words.size() > 1; --length) {
      for (size_t begin = 0; begin + length <= words.size(); ++begin) {
        std::string text;
        for (size_t i = begin; i < begin + length; ++i) text += (i > begin ? " " : "") + words[i];
        if (text.find('<') != std::string::npos) continue;  // <num>: no words to restore
        auto known = std::find_if(candidates.begin(), candidates.end(),
                                  [&](const Candidate& c) { return c.text == text; });
        if (known != candidates.end()) {
          known->part = true;
          continue;
        }
        Candidate candidate;
        candidate.text = text;
        candidate.keys.assign(words.begin() + begin, words.begin() + begin + length);
        candidate.part = true;
        candidates.push_back(std::move(candidate));
      }
    }
  }

  // The words the backoff model proposes at two or more of the type's
  // slots join its candidates (or mark the lexicon's that it proposes).
  void AddProposals(const std::string& type, const std::vector<PhraseOccurrence>& occurrences,
                    std::vector<Candidate>& candidates) {
    std::map<std::string, size_t> counts;
    const size_t slots = std::min(options_.proposal_slots, occurrences.size());
    for (size_t k = 0; k < slots; ++k) {
      const PhraseOccurrence& at = occurrences[k * occurrences.size() / slots];
      const Tokens& tokens = census_.documents()[at.document].tokens;
      for (const std::string_view word :
           scorer_.Propose(SlotContext::Of(tokens, at.begin, at.end), options_.proposals)) {
        if (PlainWord(word) && word != type) ++counts[std::string(word)];
      }
    }
    proposal_slots_ = slots;
    std::vector<std::pair<size_t, std::string>> proposed;
    for (const auto& [word, count] : counts) {
      auto known = std::find_if(candidates.begin(), candidates.end(),
                                [&](const Candidate& c) { return c.text == word; });
      if (known != candidates.end()) {
        known->proposed = count;
      } else if (count >= 2) {
        proposed.emplace_back(count, word);
      }
    }
    std::sort(proposed.begin(), proposed.end(),
              [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (const auto& [count, word] : proposed) {
      Candidate candidate;
      candidate.text = word;
      candidate.keys = {word};
      candidate.proposed = count;
      candidates.push_back(std::move(candidate));
    }
  }

  void ScoreOccurrences(const std::vector<PhraseOccurrence>& occurrences,
                        std::vector<Candidate>& candidates) {
    std::vector<std::string_view> spun;
    std::vector<std::string_view> keys;
    for (const PhraseOccurrence& at : occurrences) {
      const Tokens& tokens = census_.documents()[at.document].tokens;
      spun.clear();
      for (size_t i = at.begin; i < at.end; ++i) spun.push_back(VocabularyKey(tokens[i]));
      const SlotContext context = SlotContext::Of(tokens, at.begin, at.end);
      size_t best = 0;
      double best_gain = 0;
      for (size_t c = 0; c < candidates.size(); ++c) {
        Candidate& candidate = candidates[c];
        keys.assign(candidate.keys.begin(), candidate.keys.end());
        const SlotGain gain = scorer_.Gain(context, spun, keys);
        candidate.vocabulary += Clip(gain.vocabulary, -kMaxGain, kMaxGain);
        candidate.backoff += Clip(gain.backoff, -kMaxGain, kMaxGain);
        candidate.window += Clip(gain.backoff_window, -kMaxGain, kMaxGain);
        if (gain.combined() > 0) ++candidate.positive;
        if (c == 0 || gain.combined() > best_gain) {
          best = c;
          best_gain = gain.combined();
        }
      }
      ++candidates[best].best;
    }
  }

  // The share of the type's documents that also have `candidate`.
  double SharedDocuments(const std::string& type, const std::string& candidate) const {
    const PhraseCount* mine = census_.Find(type);
    const PhraseCount* theirs = census_.Find(candidate);
    if (mine == nullptr || theirs == nullptr || mine->documents.empty()) return 0;
    std::vector<uint32_t> both;
    std::set_intersection(mine->documents.begin(), mine->documents.end(),
                          theirs->documents.begin(), theirs->documents.end(),
                          std::back_inserter(both));
    return static_cast<double>(both.size()) / static_cast<double>(mine->documents.size());
  }

  std::vector<MinedPair> Pairs(const std::string& type, size_t scored, double over_spun,
                               const std::vector<Candidate>& candidates) {
    const PhraseCount* count = census_.Find(type);
    const double n = static_cast<double>(scored);
    std::vector<MinedPair> pairs;
    for (const Candidate& candidate : candidates) {
      MinedPair pair;
      pair.spun = type;
      pair.restore = candidate.text;
      pair.occurrences = count->occurrences;
      pair.documents = count->documents.size();
      const PhraseCount* restore_count = census_.Find(candidate.text);
      pair.restore_occurrences = restore_count == nullptr ? 0 : restore_count->occurrences;
      pair.scored = scored;
      pair.ranked_first = candidate.best;
      pair.sources = candidate.sources;
      pair.proposed = candidate.proposed > 0;
      const bool has_backoff = options_.backoff != nullptr;
      pair.mean_gain = has_backoff ? (candidate.vocabulary + candidate.backoff) / (2 * n)
                                   : candidate.vocabulary / n;
      std::vector<std::string_view> keys(candidate.keys.begin(), candidate.keys.end());
      const double restore_alone = scorer_.Alone(keys).vocabulary;
      MineFeatures& f = pair.features;
      f[0] = candidate.vocabulary / n;
      f[1] = candidate.backoff / n;
      f[2] = candidate.window / n;
      f[3] = static_cast<double>(candidate.best) / n;
      f[4] = static_cast<double>(candidate.positive) / n;
      f[5] = std::log1p(static_cast<double>(pair.occurrences));
      f[6] = std::log1p(static_cast<double>(pair.documents));
      f[7] = Clip(over_spun, -4, 6);
      f[8] = Clip(restore_alone - census_.LogFrequency(candidate.text), -4, 6);
      f[9] = SharedDocuments(type, candidate.text);
      f[10] = std::popcount(static_cast<unsigned>(candidate.sources)) / 3.0;
      f[11] = candidate.direct ? 1 : 0;
      f[12] = candidate.lexicon_rank < 0 ? 0 : 1.0 / (1 + candidate.lexicon_rank);
      f[13] = proposal_slots_ == 0 ? 0
                                   : static_cast<double>(candidate.proposed) /
                                         static_cast<double>(proposal_slots_);
      f[14] = static_cast<double>(candidate.keys.size()) - static_cast<double>(WordCount(type));
      f[15] = static_cast<double>(WordCount(type));
      f[16] = std::log(static_cast<double>(candidates.size()));
      f[17] = 1;
      f[18] = kMaxGain;
      for (const Candidate& other : candidates) {
        if (&other == &candidate) continue;
        const double other_gain = has_backoff ? (other.vocabulary + other.backoff) / (2 * n)
                                              : other.vocabulary / n;
        if (other_gain > pair.mean_gain) f[17] = 0;
        f[18] = std::min(f[18], pair.mean_gain - other_gain);
      }
      f[18] = Clip(f[18], -kMaxGain, kMaxGain);
      f[19] = candidate.part ? 1 : 0;
      if (options_.confidence != nullptr) {
        pair.confidence = Logistic(options_.confidence->LogOdds(pair.features));
      }
      pairs.push_back(std::move(pair));
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const MinedPair& a, const MinedPair& b) {
      return a.confidence > b.confidence;
    });
    proposal_slots_ = 0;
    return pairs;
  }

  const PhraseCensus& census_;
  const MinerOptions& options_;
  SlotScorer scorer_;
  Tokenizer tokenizer_;
  std::vector<std::string> type_keys_;
  size_t proposal_slots_ = 0;
};

// Real sentences of the collection with only the pair's substitution made,
// each restored by the rule alone (as `unspin rules test` checks it).
class ExampleFinder {
 public:
  ExampleFinder(const PhraseCensus& census, const MinerOptions& options)
      : census_(census), options_(options) {}

  void Add(MinedPair& pair) const {
    CandidateRule rule;
    rule.id = pair.id;
    rule.spun = pair.spun;
    rule.restore = pair.restore;
    rule.confidence = pair.confidence;
    rule.category = "mined";
    const CandidateCheck check(rule);
    if (!check.ok()) return;
    std::set<std::string> seen;
    for (const PhraseOccurrence& at : census_.Occurrences(pair.spun, kMaxTried)) {
      if (pair.examples.size() >= options_.max_examples) break;
      const CensusDocument& document = census_.documents()[at.document];
      std::vector<std::string_view> phrase;
      for (size_t i = at.begin; i < at.end; ++i) phrase.push_back(document.tokens[i].key);
      const Window window = MakeWindow(document.text, document.tokens, document.annotations,
                                       at.begin, at.end, phrase, options_.window_words);
      CandidateExample example;
      example.spun = window.before +
                     PhraseText(document.text, document.tokens, at.begin, at.end) + window.after;
      example.restored = window.before +
                         FitCase(pair.restore, document.annotations[at.begin]) + window.after;
      if (!Writable(example.spun) || !Writable(example.restored)) continue;
      if (!seen.insert(example.spun).second) continue;
      if (check.Restores(example)) pair.examples.push_back(std::move(example));
    }
  }

 private:
  static constexpr size_t kMaxTried = 60;
  const PhraseCensus& census_;
  const MinerOptions& options_;
};

}  // namespace

MineReport Mine(const PhraseCensus& census, const MinerOptions& options) {
  MineReport report;
  report.documents = census.documents().size();
  report.positions = census.positions();
  const std::vector<std::string> types =
      census.Types(options.min_occurrences, options.min_documents);
  report.types_kept = types.size();
  TypeMiner miner(census, options);
  std::vector<MinedPair> best;
  for (const std::string& type : types) {
    std::vector<MinedPair> pairs = miner.Mine(type);
    if (pairs.empty()) continue;
    ++report.types_scored;
    if (options.type_confidence != nullptr && options.confidence != nullptr) {
      MinedPair& top = pairs.front();
      std::array<double, kMineTypeFeatureNames.size()> features{};
      std::copy(top.features.begin(), top.features.end(), features.begin());
      features.back() = options.confidence->LogOdds(top.features);
      top.confidence = Logistic(options.type_confidence->LogOdds(features));
    }
    if (pairs.front().confidence < options.min_confidence) {
      ++report.below_confidence;
    } else if (options.spelling != nullptr &&
               !options.spelling->AcceptsWords(pairs.front().restore)) {
      ++report.rejected_by_spelling;
    } else {
      best.push_back(pairs.front());
    }
    for (MinedPair& pair : pairs) report.pairs.push_back(std::move(pair));
  }
  std::stable_sort(best.begin(), best.end(), [](const MinedPair& a, const MinedPair& b) {
    return a.confidence > b.confidence;
  });
  const ExampleFinder examples(census, options);
  std::set<std::string> ids;
  for (MinedPair& pair : best) {
    const std::string base = "mined." + Dashes(pair.restore) + "." + Dashes(pair.spun);
    pair.id = base;
    for (int n = 2; ids.contains(pair.id); ++n) pair.id = base + "-" + std::to_string(n);
    examples.Add(pair);
    if (pair.examples.empty()) {
      ++report.without_example;
      continue;
    }
    ids.insert(pair.id);
    report.rules.push_back(std::move(pair));
  }
  return report;
}

}  // namespace unspin
