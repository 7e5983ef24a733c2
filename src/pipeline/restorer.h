// The restoration pipeline: decode -> tokenize -> match rules -> resolve
// overlaps -> edits. The one entry point the front ends use.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"
#include "base/status.h"
#include "rules/inflector.h"
#include "rules/rule_filter.h"
#include "rules/rule_loader.h"
#include "rules/rule_set.h"
#include "tokenize/annotations.h"
#include "decide/candidate_decision.h"
#include "decide/collection_evidence.h"
#include "decide/inside_word_swaps.h"
#include "decide/proposer.h"
#include "lexicon/lexicon.h"
#include "spell/spell_stage.h"
#include "vocab/backoff_model.h"
#include "vocab/language_model.h"

namespace unspin {

struct RestorerOptions {
  // Rule files or directories, loaded in order (see rules/README.md).
  std::vector<std::string> rule_paths;
  size_t max_rule_file_bytes = RuleLoadOptions::kDefaultMaxRuleFileBytes;
  // The irregular-forms table; empty means regular inflection only.
  std::string inflection_table_path;
  // Rules below it are not applied. With a vocabulary, confidence is a
  // prior instead, and this floor only drops rules not worth scoring.
  double min_confidence = 0.5;
  // The reference vocabulary; empty means no context scoring (rules then
  // apply whenever their conditions hold and their confidence is enough).
  std::string vocabulary_path;
  // More vocabularies whose counts are added to vocabulary_path's (users'
  // own text beside the shipped vocabulary).
  std::vector<std::string> extra_vocabulary_paths;
  // A backoff language model (BackoffModel) scored beside the vocabulary;
  // empty means the vocabulary alone. Used only with a vocabulary.
  std::string backoff_model_path;
  // The spun-document detector and the per-candidate decision
  // (dictionaries/detector.model, decision.model); empty: the built-in ones
  // (DefaultDetectorModel(), DefaultDecisionModel()).
  std::string detector_path;
  std::string decision_model_path;
  // Evidence a restoration that is not certain needs, in log10 odds (0:
  // even odds; higher is more cautious).
  double min_score = 0.0;
  // The candidate lexicon; empty: no proposals beyond the rules. Sources in
  // `lexicon_exclude` are not used (honest evaluation).
  std::string lexicon_path;
  SourceMask lexicon_exclude = 0;
  // When the lexicon's proposals are scored: never, in documents the
  // detector finds spun (probability >= propose_threshold), or always (for
  // training, to see how proposals fare in clean text too).
  enum class Propose { kNever, kWhenSpun, kAlways };
  Propose propose = Propose::kWhenSpun;
  double propose_threshold = 0.5;
  // Run the detector's thesaurus test (the lexicon's sample of each
  // document) even when nothing is proposed: --check's detection. It costs
  // start-up (the lexicon) and, on short documents, most of the time, so
  // a plain restoration goes without it.
  bool thesaurus_test = false;
  // Keep every candidate restoration's features in the decisions (training
  // data; --explain with --json or --jsonl).
  bool keep_all_features = false;
  // Keep each candidate's Decision in the Restoration (--explain, tests).
  // Off, a densely spun 50 MB document peaks about 1.3 GB lower: a
  // decision is some 500 bytes per candidate.
  bool keep_decisions = true;
  // The spell stage: off, report findings, or fix unambiguous misspellings.
  // With a dictionary, restorations whose words it rejects are never
  // applied, whatever the mode (the restoration guard).
  SpellMode spell_mode = SpellMode::kOff;
  DictionaryFiles dictionary;  // needed unless spell_mode is kOff; empty aff: no guard
  SuggestMode suggest_mode = SuggestMode::kFast;
  // Rules turned off (and back on) by id or category, later sources
  // winning (see FilterRules). Empty: every rule loaded is used.
  std::vector<RuleSwitches> rule_switches;
};

// The rules and the inflection table `options` name, loaded but not yet
// compiled (rules test checks their examples first).
struct LoadedRules {
  std::vector<Rule> rules;
  Inflector inflector;
};
StatusOr<LoadedRules> LoadRulesFor(const RestorerOptions& options);

struct Restoration {
  std::vector<Edit> edits;  // in document order, non-overlapping
  std::string text;         // the input with the edits applied
  // Byte offset of the first invalid UTF-8 byte, if any. Invalid bytes are
  // never matched and are passed through unchanged.
  std::optional<size_t> first_invalid_byte;
  // Unmistakable spinner artefacts (matches of certain rules) per 1,000
  // words.
  double spin_score = 0;
  // The detector's probability that the document was spun, and the
  // evidence it weighed (with a vocabulary; else from the artefacts alone).
  double spin_probability = 0;
  DocumentEvidence evidence;
  // With a vocabulary: how each candidate was decided, in document order,
  // and the variants proposed for this document that decisions refer to
  // (Candidate::variant from RuleSet::variants().size() on).
  std::vector<Decision> decisions;
  std::vector<PhraseVariant> proposed_variants;
  // The spell stage's findings, in document order.
  std::vector<SpellFinding> spelling;
  // Restored with a pool (Restore(text, pool)): this document's evidence,
  // to be merged into the pool for later documents (collection_evidence.h).
  // Empty otherwise.
  CollectionEvidence pool_contribution;
  // Passes that changed the text: more than one when a restoration made
  // wording that a rule restored in turn (see Restorer::Restore).
  int passes = 0;
};

// Immutable once created; Restore() is const and safe to call from many
// threads at once.
class Restorer {
 public:
  // Loads and compiles the rules. The error names every broken rule line.
  static StatusOr<std::unique_ptr<Restorer>> Create(const RestorerOptions& options);
  // For tests and tools that already hold compiled rules. `model` may be
  // null (no context scoring), `spell` null (no spell stage), and `backoff`
  // null (the vocabulary's model alone).
  Restorer(RuleSet rules, double min_confidence,
           std::shared_ptr<const LanguageModel> model = nullptr, double min_score = 0,
           std::unique_ptr<SpellStage> spell = nullptr,
           std::shared_ptr<const BackoffModel> backoff = nullptr);
  // The learned parts (Create sets them from the options): the detector,
  // the decision model, and the lexicon's proposals under `rules`'s rule
  // `thesaurus_rule` (a rule without phrases, origin kThesaurus).
  void SetDetector(SpinDetector detector) { detector_ = std::move(detector); }
  void SetDecisionModel(LinearModel model) {
    decision_model_ = std::move(model);
    hand_set_decision_ = false;
  }
  // True until SetDecisionModel: rule candidates are decided by the
  // hand-set rule (HandSetEvidence), proposals not at all.
  bool hand_set_decision() const { return hand_set_decision_; }
  void KeepAllFeatures(bool keep) { keep_all_features_ = keep; }
  void KeepDecisions(bool keep) { keep_decisions_ = keep; }
  void SetProposer(std::shared_ptr<const Lexicon> lexicon, uint32_t thesaurus_rule,
                   ProposerOptions options, RestorerOptions::Propose when, double threshold);
  // Restores swaps made inside words (inside_word_swaps.h) under `rules`'s
  // rule `inside_word_rule` (InsideWordRule()); needs a vocabulary.
  void SetInsideWordFinder(std::shared_ptr<const Lexicon> lexicon, uint32_t inside_word_rule,
                           SourceMask exclude = 0);

  // Idempotent: restoring the result's text again changes nothing (unless
  // the rules chain more than kMaxPasses restorations into each other).
  Restoration Restore(std::string_view text) const;
  static constexpr int kMaxPasses = 4;
  // `text` continues a line that was cut at a space (a stream restored in
  // pieces): `line` is how the line's earlier part left quotation and
  // sentence (see AnnotationState).
  Restoration Restore(std::string_view text, const AnnotationState& line) const;
  // Decides with the evidence of a collection's earlier documents (--pool;
  // docs/pipelines.md): `pool` must have been filled by this restorer's
  // results' pool_contribution, and is only read. Null: as Restore(text).
  Restoration Restore(std::string_view text, const CollectionEvidence* pool) const;

  const RuleSet& rules() const { return rules_; }
  const SpinDetector& detector() const { return detector_; }
  const LinearModel& decision_model() const { return decision_model_; }
  // Whether context is scored with a backoff model beside the vocabulary.
  bool has_backoff_model() const { return model_ != nullptr && backoff_ != nullptr; }
  // Restorations the spelling dictionary rejects, found when the restorer
  // was created: "file:line: rule 'id': restoration 'x' ...". Those are
  // never applied.
  const std::vector<std::string>& rule_problems() const { return rule_problems_; }
  // Disable/enable patterns that matched no rule id or category (see
  // FilterRules), found when the restorer was created.
  const std::vector<std::string>& rule_filter_warnings() const { return rule_filter_warnings_; }

 private:
  RuleSet rules_;
  double min_confidence_;
  std::shared_ptr<const LanguageModel> model_;
  std::shared_ptr<const BackoffModel> backoff_;
  double min_score_ = 0;
  SpinDetector detector_ = SpinDetector::BuiltInRule();
  LinearModel decision_model_;
  bool hand_set_decision_ = true;
  std::shared_ptr<const Lexicon> lexicon_;
  std::optional<Proposer> proposer_;
  std::optional<InsideWordFinder> inside_words_;
  RestorerOptions::Propose propose_ = RestorerOptions::Propose::kNever;
  double propose_threshold_ = 0.5;
  bool keep_all_features_ = false;
  bool keep_decisions_ = true;
  std::unique_ptr<SpellStage> spell_;
  // Per variant, per restoration: false when the spelling dictionary
  // rejects it (the restoration guard). Empty without a spell stage.
  std::vector<std::vector<bool>> restoration_allowed_;
  std::vector<std::string> rule_problems_;
  std::vector<std::string> rule_filter_warnings_;

  void GuardRestorations();
  // One pass of the pipeline. Only the first pass runs the spell stage (it
  // reports on the input) and gathers the pool contribution (the later
  // passes see text already restored); every pass reads `pool`.
  Restoration RestoreOnce(std::string_view text, bool first_pass, const AnnotationState& line,
                          const CollectionEvidence* pool) const;
  Restoration RestorePasses(std::string_view text, const AnnotationState& line,
                            const CollectionEvidence* pool) const;
  // The restoration guard: false when the spelling dictionary rejects the
  // candidate's restoration (proposals are checked as they come).
  bool Allowed(const VariantTable& variants, const Candidate& candidate) const;
  // Scores, detects and decides `candidates` in context; returns the ones
  // to resolve.
  std::vector<Candidate> Decide(const TokenizedText& document, VariantTable& variants,
                                std::vector<Candidate> candidates, Restoration& result,
                                const CollectionEvidence* pool, bool contribute) const;
};

}  // namespace unspin
