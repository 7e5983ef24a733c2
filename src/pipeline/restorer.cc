#include "pipeline/restorer.h"

#include <algorithm>
#include <future>
#include <set>
#include <unordered_map>

#include "decode/utf8.h"
#include "decide/default_models.h"
#include "base/apply_edits.h"
#include "base/compose_edits.h"
#include "resolve/resolver.h"
#include "rules/matcher.h"
#include "rules/rule_loader.h"
#include "tokenize/annotations.h"
#include "tokenize/tokenizer.h"

namespace unspin {

StatusOr<LoadedRules> LoadRulesFor(const RestorerOptions& options) {
  LoadedRules loaded;
  if (!options.inflection_table_path.empty()) {
    StatusOr<Inflector> inflector = Inflector::FromFile(options.inflection_table_path);
    if (!inflector.ok()) return inflector.status();
    loaded.inflector = std::move(inflector.value());
  }
  RuleLoadOptions load;
  load.max_file_bytes = options.max_rule_file_bytes;
  StatusOr<std::vector<Rule>> rules = LoadRules(options.rule_paths, load);
  if (!rules.ok()) return rules.status();
  loaded.rules = std::move(rules.value());
  return loaded;
}

namespace {

// The rule every thesaurus proposal is made under: no phrases of its own,
// so it matches nothing; it gives proposals an id, a category and a note in
// reports.
Rule ThesaurusRule() {
  Rule rule;
  rule.id = "thesaurus";
  rule.origin = RuleOrigin::kThesaurus;
  rule.built_in = true;
  rule.category = "thesaurus";
  rule.confidence = 0.3;
  rule.note =
      "An open thesaurus (WordNet, LibreOffice's, Moby) lists the spun wording as a synonym of "
      "the restoration, and the learned decision found the context and the document (a spun "
      "one) strong enough to restore it.";
  rule.location = {"(candidate lexicon)", 0};
  return rule;
}

// Compiles the rules `options` name (less those --disable turns off), with
// the inside-word rule after them when `with_lexicon_rules` (it can be
// turned off like any rule) and then the thesaurus rule when
// `with_thesaurus_rule`.
StatusOr<RuleSet> CompileRules(const RestorerOptions& options, bool with_lexicon_rules,
                               bool with_thesaurus_rule,
                               std::vector<std::string>& filter_warnings) {
  StatusOr<LoadedRules> loaded = LoadRulesFor(options);
  if (!loaded.ok()) return loaded.status();
  const bool id_taken = std::any_of(loaded->rules.begin(), loaded->rules.end(),
                                    [](const Rule& r) { return r.id == kInsideWordRuleId; });
  if (with_lexicon_rules && !id_taken) loaded->rules.push_back(InsideWordRule());
  if (!options.rule_switches.empty()) {
    loaded->rules = FilterRules(std::move(loaded->rules), options.rule_switches, filter_warnings);
  }
  if (with_thesaurus_rule) loaded->rules.push_back(ThesaurusRule());
  return RuleSet::Compile(std::move(loaded->rules), loaded->inflector);
}

}  // namespace

StatusOr<std::unique_ptr<Restorer>> Restorer::Create(const RestorerOptions& options) {
  std::shared_ptr<const Vocabulary> vocabulary;
  if (!options.vocabulary_path.empty()) {
    StatusOr<std::shared_ptr<const Vocabulary>> opened = Vocabulary::Open(options.vocabulary_path);
    if (!opened.ok()) return opened.status();
    vocabulary = opened.value();
  }
  // Loading Hunspell's dictionary and compiling the rules take about the
  // same time and share nothing: do them side by side.
  std::future<StatusOr<std::unique_ptr<SpellStage>>> spell_stage;
  if (!options.dictionary.aff.empty()) {
    spell_stage = std::async(std::launch::async, [&options, vocabulary] {
      return SpellStage::Create(options.dictionary, options.spell_mode, vocabulary,
                                options.suggest_mode);
    });
  }
  std::shared_ptr<const Lexicon> lexicon;
  // The lexicon proposes originals, and samples the document for the
  // detector's thesaurus test (anomaly share).
  // It also says which words a spinner may have swapped inside a longer
  // word (inside_word_swaps.h), whenever context is scored.
  const bool proposes = options.propose != RestorerOptions::Propose::kNever ||
                        !options.detector_path.empty() || options.thesaurus_test;
  if (!options.lexicon_path.empty() && !options.vocabulary_path.empty()) {
    StatusOr<std::shared_ptr<const Lexicon>> opened = Lexicon::Open(options.lexicon_path);
    if (!opened.ok()) return opened.status();
    lexicon = opened.value();
  }
  std::vector<std::string> filter_warnings;
  StatusOr<RuleSet> compiled =
      CompileRules(options, lexicon != nullptr, lexicon != nullptr && proposes, filter_warnings);
  std::unique_ptr<SpellStage> spell;
  if (spell_stage.valid()) {
    // Always wait: the task refers to `options`.
    StatusOr<std::unique_ptr<SpellStage>> stage = spell_stage.get();
    if (!stage.ok() && compiled.ok()) return stage.status();
    if (stage.ok()) spell = std::move(stage.value());
  }
  if (!compiled.ok()) return compiled.status();
  std::shared_ptr<const LanguageModel> model;
  if (vocabulary != nullptr) {
    std::vector<std::shared_ptr<const Vocabulary>> vocabularies = {vocabulary};
    for (const std::string& path : options.extra_vocabulary_paths) {
      StatusOr<std::shared_ptr<const Vocabulary>> opened = Vocabulary::Open(path);
      if (!opened.ok()) return opened.status();
      vocabularies.push_back(opened.value());
    }
    model = std::make_shared<const LanguageModel>(std::move(vocabularies));
  }
  std::shared_ptr<const BackoffModel> backoff;
  if (model != nullptr && !options.backoff_model_path.empty()) {
    StatusOr<std::shared_ptr<const BackoffModel>> opened =
        BackoffModel::Open(options.backoff_model_path);
    if (!opened.ok()) return opened.status();
    backoff = opened.value();
  }
  auto restorer = std::make_unique<Restorer>(std::move(compiled.value()), options.min_confidence,
                                             std::move(model), options.min_score,
                                             std::move(spell), std::move(backoff));
  if (!options.detector_path.empty()) {
    StatusOr<SpinDetector> detector = SpinDetector::FromFile(options.detector_path);
    if (!detector.ok()) return detector.status();
    restorer->SetDetector(std::move(detector.value()));
  }
  if (!options.decision_model_path.empty()) {
    StatusOr<LinearModel> decision = LinearModel::FromFile(
        options.decision_model_path, "decision", kCandidateFeatureNames);
    if (!decision.ok()) return decision.status();
    restorer->SetDecisionModel(std::move(decision.value()));
  }
  restorer->rule_filter_warnings_ = std::move(filter_warnings);
  restorer->KeepAllFeatures(options.keep_all_features);
  restorer->KeepDecisions(options.keep_decisions);
  if (lexicon != nullptr) {
    const std::vector<Rule>& rules = restorer->rules().rules();
    // Found by id: --disable may have removed it.
    for (uint32_t r = 0; r < rules.size(); ++r) {
      if (rules[r].id == kInsideWordRuleId && rules[r].built_in) {
        restorer->SetInsideWordFinder(lexicon, r, options.lexicon_exclude);
      }
    }
  }
  if (lexicon != nullptr && proposes) {
    ProposerOptions proposer;
    proposer.exclude = options.lexicon_exclude;
    const uint32_t thesaurus_rule = static_cast<uint32_t>(restorer->rules().rules().size() - 1);
    restorer->SetProposer(std::move(lexicon), thesaurus_rule, proposer, options.propose,
                          options.propose_threshold);
  }
  return restorer;
}

void Restorer::SetInsideWordFinder(std::shared_ptr<const Lexicon> lexicon,
                                   uint32_t inside_word_rule, SourceMask exclude) {
  if (model_ == nullptr) return;
  lexicon_ = std::move(lexicon);
  inside_words_.emplace(*lexicon_, *model_, backoff_.get(), inside_word_rule, exclude);
}

void Restorer::SetProposer(std::shared_ptr<const Lexicon> lexicon, uint32_t thesaurus_rule,
                           ProposerOptions options, RestorerOptions::Propose when,
                           double threshold) {
  lexicon_ = std::move(lexicon);
  proposer_.emplace(*lexicon_, thesaurus_rule, options);
  propose_ = when;
  propose_threshold_ = threshold;
}

Restorer::Restorer(RuleSet rules, double min_confidence,
                   std::shared_ptr<const LanguageModel> model, double min_score,
                   std::unique_ptr<SpellStage> spell, std::shared_ptr<const BackoffModel> backoff)
    : rules_(std::move(rules)),
      min_confidence_(min_confidence),
      model_(std::move(model)),
      backoff_(std::move(backoff)),
      min_score_(min_score),
      decision_model_(DefaultDecisionModel()),
      spell_(std::move(spell)) {
  if (spell_ != nullptr) GuardRestorations();
}

void Restorer::GuardRestorations() {
  std::set<std::pair<uint32_t, std::string>> reported;
  std::unordered_map<std::string, bool> accepted;  // most restorations repeat
  for (const PhraseVariant& variant : rules_.variants()) {
    std::vector<bool> allowed;
    for (const std::string& restoration : variant.restorations) {
      auto [it, inserted] = accepted.try_emplace(restoration, false);
      if (inserted) it->second = spell_->AcceptsWords(restoration);
      allowed.push_back(it->second);
      if (allowed.back() || !reported.emplace(variant.rule_index, restoration).second) continue;
      const Rule& rule = rules_.rules()[variant.rule_index];
      rule_problems_.push_back(rule.location.ToString() + ": rule '" + rule.id +
                               "': restoration '" + restoration +
                               "' is not in the spelling dictionary; it is never applied");
    }
    restoration_allowed_.push_back(std::move(allowed));
  }
}

bool Restorer::Allowed(const VariantTable& variants, const Candidate& candidate) const {
  if (restoration_allowed_.empty()) return true;
  if (!variants.IsProposed(candidate.variant)) {
    return restoration_allowed_[candidate.variant][candidate.restoration];
  }
  return spell_->AcceptsWords(variants[candidate.variant].restorations[candidate.restoration]);
}

std::vector<Candidate> Restorer::Decide(const TokenizedText& document, VariantTable& variants,
                                        std::vector<Candidate> candidates,
                                        Restoration& result, const CollectionEvidence* pool,
                                        bool contribute) const {
  DecisionModels models;
  models.counts = model_.get();
  models.backoff = backoff_.get();
  models.detector = &detector_;
  models.decision = &decision_model_;
  models.hand_set = hand_set_decision_;
  models.min_evidence = min_score_;
  models.keep_all_features = keep_all_features_;
  models.pool = pool;
  models.pool_contribution = contribute;
  DocumentDecider decider(variants, models, document);
  decider.AddRuleCandidates(candidates);
  if (inside_words_) inside_words_->Find(document, decider.ruled_tokens(), variants, decider);
  if (proposer_ && model_ != nullptr) {
    // The sample feeds the detector (the anomaly rate) even when nothing
    // is proposed. Words a rule's candidate covers are the rule's to decide.
    const std::vector<bool>& covered = decider.ruled_tokens();
    proposer_->Sample(document, covered, variants, decider);
    if (propose_ == RestorerOptions::Propose::kAlways ||
        (propose_ == RestorerOptions::Propose::kWhenSpun &&
         decider.SpinProbability() >= propose_threshold_)) {
      proposer_->ProposeAll(document, covered, variants, decider);
    }
  }
  std::vector<Candidate> kept;
  DocumentDecision decided = decider.Decide(kept);
  result.spin_probability = decided.spin_probability;
  result.evidence = decided.evidence;
  result.pool_contribution = std::move(decided.contribution);
  if (keep_decisions_) result.decisions = std::move(decided.decisions);
  return kept;
}

namespace {

// Token storage kept between calls on one thread, at most: enough for a
// few megabytes of text, which covers the 1 MB chunks text is streamed in.
constexpr size_t kKeptTokens = size_t{1} << 21;

}  // namespace

Restoration Restorer::Restore(std::string_view text) const {
  return Restore(text, AnnotationState());
}

Restoration Restorer::Restore(std::string_view text, const CollectionEvidence* pool) const {
  return RestorePasses(text, AnnotationState(), pool);
}

Restoration Restorer::Restore(std::string_view text, const AnnotationState& line) const {
  return RestorePasses(text, line, nullptr);
}

Restoration Restorer::RestorePasses(std::string_view text, const AnnotationState& line,
                                    const CollectionEvidence* pool) const {
  // A restoration can make wording that a rule restores in turn
  // ("overseas coverage" -> "overseas policy" -> "foreign policy"), so a
  // second run over the output would edit again. Restore the output until
  // nothing changes (bounded: a rule set can cycle), each pass's edits
  // composed into one set against the input's bytes: one run gives what
  // repeated runs would. The spell stage reports on the input only, and
  // its restoration guard holds in every pass.
  // (The pool contribution is the first pass's: the later ones see text
  // already restored.)
  Restoration result = RestoreOnce(text, /*first_pass=*/true, line, pool);
  result.passes = result.edits.empty() ? 0 : 1;
  while (result.passes > 0 && result.passes < kMaxPasses) {
    Restoration again = RestoreOnce(result.text, /*first_pass=*/false, line, pool);
    // (An edit may give back its own bytes: a rule that maps a form to
    // itself. That is no change.)
    if (again.edits.empty() || again.text == result.text) break;
    result.edits = ComposeEdits(text, result.edits, result.text, again.edits);
    result.text = std::move(again.text);
    ++result.passes;
  }
  return result;
}

Restoration Restorer::RestoreOnce(std::string_view text, bool first_pass,
                                  const AnnotationState& line,
                                  const CollectionEvidence* pool) const {
  Restoration result;
  result.first_invalid_byte = FindInvalidUtf8(text);
  // The BOM is kept byte for byte but must not reach the tokenizer as text.
  const size_t bom = Utf8BomLength(text);
  // One tokenizer (an ICU break iterator) per thread, reused across calls:
  // --jsonl restores many small documents.
  thread_local Tokenizer tokenizer;
  // Reused across calls too: a fresh token array per 1 MB chunk was
  // mostly page faults.
  thread_local Tokens tokens;
  // Keys may view `text`: the tokens are used only within this call.
  tokenizer.TokenizeInto(text.substr(bom), tokens, Tokenizer::KeyStorage::kMayViewText);
  if (bom != 0) {
    for (Token& token : tokens) {
      token.span.begin += bom;
      token.span.end += bom;
    }
  }
  AnnotationState state = line;
  const std::vector<TokenAnnotation> annotations = Annotate(text, tokens, state);
  const std::vector<uint32_t> word_ids = WordIdsOf(rules_, tokens);
  const TokenizedText document{text, tokens, annotations, word_ids};
  MatchOptions match_options;
  match_options.min_confidence = min_confidence_;
  std::vector<Candidate> candidates = FindCandidates(rules_, document, match_options);
  VariantTable variants(rules_);
  if (model_ != nullptr) {
    candidates = Decide(document, variants, std::move(candidates), result, pool, first_pass);
  } else {
    // Without context scoring, the detector sees the artefacts alone, and
    // rules that need a spun document (needs-spin:) wait for its verdict.
    // Named: the decider keeps a reference to its models.
    const DecisionModels models{.detector = &detector_};
    DocumentDecider decider(variants, models, document);
    decider.AddRuleCandidates(candidates);
    result.spin_probability = decider.SpinProbability();
    result.evidence = decider.evidence();
    std::erase_if(candidates, [&](const Candidate& c) {
      return !NeedsSpinMet(variants.RuleOf(c.variant).needs_spin, result.evidence,
                           result.spin_probability, detector_);
    });
  }
  result.spin_score = ArtefactsPer1000Words(result.evidence);
  std::erase_if(candidates, [&](const Candidate& c) { return !Allowed(variants, c); });
  std::vector<Candidate> chosen = ResolveOverlaps(variants, std::move(candidates));
  result.edits = BuildEdits(variants, document, chosen);
  for (size_t v = 0; v < variants.proposed_count(); ++v) {
    result.proposed_variants.push_back(variants[static_cast<uint32_t>(rules_.variants().size() + v)]);
  }
  if (spell_ != nullptr && first_pass) {
    std::vector<Edit> fixes;
    result.spelling = spell_->Run(document, result.edits, fixes);
    if (!fixes.empty()) {
      result.edits.insert(result.edits.end(), fixes.begin(), fixes.end());
      std::sort(result.edits.begin(), result.edits.end(),
                [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
    }
  }
  result.text = ApplyEdits(text, result.edits);
  // A document far larger than a streaming chunk (a whole file restored at
  // once) must not keep its token storage alive after it is done.
  if (tokens.size() > kKeptTokens) tokens = Tokens();
  return result;
}

}  // namespace unspin
