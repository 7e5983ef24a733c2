// Mining a spinner's dictionary from spun text alone (`unspin mine`): for
// each word or phrase type that recurs in a collection, the candidate
// originals it may have been written for (the lexicon's, and the words the
// backoff model proposes for its slots), ranked against each other at
// every occurrence by how much the language models prefer them there,
// aggregated over all occurrences and documents, and turned into a
// confidence by a small logistic model (dictionaries/mine.model, trained by
// scripts/mine/train-mine-model.py on simulated spinner farms).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "decide/linear_model.h"
#include "learn/candidate_check.h"
#include "lexicon/lexicon.h"
#include "mine/phrase_census.h"
#include "spell/spell_stage.h"
#include "vocab/backoff_model.h"
#include "vocab/language_model.h"

namespace unspin {

// The features of a (spun type, candidate original) pair, in the order of
// MinedPair::features; the names the model file weighs.
inline constexpr std::array<std::string_view, 20> kMineFeatureNames = {
    "gain_vocabulary",   // mean gain under the vocabulary's model, per occurrence scored
    "gain_backoff",      // the same under the backoff model
    "window_backoff",    // mean backoff window difference (the candidate's prior included)
    "best_share",        // share of occurrences where it is the best candidate
    "positive_share",    // share where its combined gain is positive
    "log_occurrences",   // ln(1 + occurrences of the type)
    "log_documents",     // ln(1 + documents with the type)
    "over_spun",         // log10 collection frequency of the type minus its reference
    "under_restore",     // reference log10 frequency of the candidate minus its collection one
    "shared_documents",  // share of the type's documents that also have the candidate
    "sources",           // thesauri proposing the pair, / 3
    "direct",            // a thesaurus lists the type under the candidate
    "lexicon_rank",      // 1 / (1 + rank among the lexicon's candidates); 0: not the lexicon's
    "proposed_share",    // share of the slots asked where the backoff model proposed it
    "length_change",     // words of the candidate minus words of the type
    "spun_words",        // words of the type
    "log_candidates",    // ln(number of candidates of the type)
    "top_gain",          // 1 when no other candidate of the type has a higher mean gain
    "gain_margin",       // its mean gain minus the best other candidate's
    "part_of_spun",      // the candidate is some of the type's own words ("whether or not")
};
using MineFeatures = std::array<double, kMineFeatureNames.size()>;

// The type model's features: the best pair's, then the pair model's
// log-odds for it.
inline constexpr std::array<std::string_view, kMineFeatureNames.size() + 1> kMineTypeFeatureNames =
    [] {
      std::array<std::string_view, kMineFeatureNames.size() + 1> names{};
      for (size_t i = 0; i < kMineFeatureNames.size(); ++i) names[i] = kMineFeatureNames[i];
      names.back() = "pair_log_odds";
      return names;
    }();

struct MinerOptions {
  size_t min_occurrences = 3;  // types seen fewer times are not mined
  size_t min_documents = 2;    // ... or in fewer documents
  double min_confidence = 0.5;
  SourceMask exclude = 0;          // lexicon sources left out of the candidates
  size_t lexicon_candidates = 40;  // the lexicon's best few, per type
  size_t proposals = 8;            // backoff proposals asked per slot
  size_t proposal_slots = 12;      // occurrences of a type whose slot is asked
  size_t max_candidates = 60;      // per type, all sources together
  size_t max_occurrences = 40;     // occurrences of a type scored (spread over all)
  size_t max_examples = 3;
  size_t window_words = 12;  // words of context on each side of an example
  // Required, and must outlive the call.
  const Lexicon* lexicon = nullptr;
  const LanguageModel* model = nullptr;
  // Optional; must outlive the call. Without `confidence` every pair's
  // confidence is 0 (features only, for training a model). `confidence`
  // (the pair model) ranks a type's candidates; `type_confidence` (the
  // type model, dictionaries/mine-type.model) then says whether the best
  // of them is a spinner's swap at all, and its probability becomes that
  // pair's confidence. Without it the pair model's stands.
  const BackoffModel* backoff = nullptr;
  const LinearModel* confidence = nullptr;
  const LinearModel* type_confidence = nullptr;
  // Optional: restorations it rejects are never written (unspin would
  // never apply them).
  const SpellStage* spelling = nullptr;
};

struct MinedPair {
  std::string spun;     // the type: token keys joined by spaces
  std::string restore;  // the candidate original
  MineFeatures features{};
  double confidence = 0;
  size_t occurrences = 0;          // of the type in the collection
  size_t documents = 0;            // with the type
  size_t restore_occurrences = 0;  // of the candidate in the collection
  size_t scored = 0;               // occurrences scored
  size_t ranked_first = 0;         // ... where the candidate was the best
  double mean_gain = 0;            // mean combined gain of the two models
  SourceMask sources = 0;          // the lexicon's (0: the backoff model's proposal)
  bool proposed = false;           // the backoff model proposed it somewhere
  std::string id;                  // set for the pairs that become rules
  std::vector<CandidateExample> examples;
};

struct MineReport {
  size_t documents = 0;
  uint64_t positions = 0;            // countable tokens
  size_t types_kept = 0;             // seen often enough in enough documents
  size_t types_scored = 0;           // ... with at least one candidate
  size_t below_confidence = 0;       // types whose best pair is below min_confidence
  size_t rejected_by_spelling = 0;   // best restoration not in the dictionary
  size_t without_example = 0;        // no example the rule alone restores
  std::vector<MinedPair> pairs;      // every pair scored, by type then rank
  std::vector<MinedPair> rules;      // the pairs written, most confident first
};

// Mines `census` (every document added). Deterministic.
MineReport Mine(const PhraseCensus& census, const MinerOptions& options);

}  // namespace unspin
