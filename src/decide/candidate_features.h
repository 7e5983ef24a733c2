// What the learned decision knows about one candidate restoration: the
// numbers it weighs (dictionaries/decision.model) and how each is computed.
// Training (scripts/train/) reads the same names from `--explain` output, so
// a feature's meaning here and in the model file is one and the same.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace unspin {

enum CandidateFeature : size_t {
  // Each language model's context gain (log10): how much more the window
  // "two words before | phrase | two after" favours the restoration than the
  // spun wording, beyond how much more common the restoration is anyway.
  kGainCounts,  // the n-gram counts of dictionaries/english.vocab (+ user vocabularies)
  kGainLm,      // the CMU Sphinx trigram model (0 when it is not installed)
  // Each model's context-free preference: log10 P(restoration) - log10
  // P(spun). Spinners swap common words for rarer ones.
  kFrequencyCounts,
  kFrequencyLm,
  // The mean combined gain of the same pair over the document (a spinner
  // swaps a word the same way every time), and over the collection with
  // --pool.
  kPooledGain,
  // How often the spun wording and the restoration occur in the document,
  // outside quotes, as log2(1 + count): a spinner leaves few originals
  // behind, while a writer who uses both wordings probably meant both.
  kSpunCount,
  kOriginalCount,
  // The rule's confidence as log10 odds (hand, learned and mined rules; 0
  // for proposals).
  kPrior,
  // One-hot origin (rules' RuleOrigin); hand rules are the baseline.
  kOriginLearned,
  kOriginMined,
  kOriginThesaurus,
  kOriginLanguageModel,
  // How many of the open thesauri (WordNet, LibreOffice's, Moby) list the
  // pair, 0 to 3.
  kThesaurusSources,
  // The document's spin probability from the detector, as natural log odds
  // (clamped to [-6, 6]), and the combined gain times the probability.
  kDocumentSpin,
  kGainWhenSpun,
  // The spun wording starts with a capital inside a sentence (a name, a
  // title) / starts a sentence.
  kCapitalised,
  kStartsSentence,
  // |words of the restoration - words of the spun wording|.
  kLengthChange,
  // With --pool (collection_evidence.h): the pair's mean combined gain over
  // the collection's earlier documents (0 without a pool or when unseen),
  // and the share of those documents the detector found spun. A model file
  // that does not name them weighs them 0, so without retraining a pool
  // changes nothing in the learned decision.
  kCollectionGain,
  kCollectionSpun,
  kCandidateFeatureCount
};

inline constexpr std::array<std::string_view, kCandidateFeatureCount> kCandidateFeatureNames = {
    "gain_counts",      "gain_lm",         "frequency_counts", "frequency_lm",
    "pooled_gain",      "spun_count",      "original_count",   "prior",
    "origin_learned",   "origin_mined",    "origin_thesaurus", "origin_language_model",
    "thesaurus_sources", "document_spin",  "gain_when_spun",   "capitalised",
    "starts_sentence",  "length_change",   "collection_gain",  "collection_spun"};

using CandidateFeatures = std::array<double, kCandidateFeatureCount>;

}  // namespace unspin
