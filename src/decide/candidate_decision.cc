#include "decide/candidate_decision.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "rules/matcher.h"

namespace unspin {
namespace {

constexpr double kLn10 = 2.302585092994046;

double Clamp(double value, double limit) { return std::clamp(value, -limit, limit); }

// log2(1 + count), the scale of the document counts.
double CountScale(int count) { return std::log2(1.0 + count); }

double LogOddsOfProbability(double p) {
  p = std::clamp(p, 0.0025, 0.9975);  // ln odds within about +-6
  return std::log(p / (1 - p));
}

// Words of a phrase's keys, for the length feature.
size_t WordsOf(const std::vector<std::string>& keys) { return keys.size(); }

// How many times each wanted word (by RuleSet word id, sorted and unique)
// occurs as a lower-case word outside quotes. Only the restorations being
// decided are counted, by the ids matching found: a map of every word of a
// long document cost more than all the scoring.
std::unordered_map<uint32_t, int> CountPlainWords(const RuleSet& rules,
                                                  const TokenizedText& document,
                                                  const std::vector<uint32_t>& wanted) {
  std::unordered_map<uint32_t, int> counts;
  if (wanted.empty()) return counts;
  std::vector<uint32_t> own_ids;
  if (document.word_ids.size() != document.tokens.size()) own_ids = WordIdsOf(rules, document.tokens);
  const std::span<const uint32_t> ids =
      own_ids.empty() ? document.word_ids : std::span<const uint32_t>(own_ids);
  // A bit per wanted id: this loop runs over every token of the document,
  // and a token's kind and annotation (cold memory) are read only for the
  // few that carry a wanted word.
  const uint32_t largest = *std::max_element(wanted.begin(), wanted.end());
  std::vector<uint64_t> is_wanted(largest / 64 + 1, 0);
  for (uint32_t id : wanted) is_wanted[id / 64] |= uint64_t{1} << (id % 64);
  std::vector<int> found(wanted.size(), 0);
  for (size_t i = 0; i < ids.size(); ++i) {
    const uint32_t id = ids[i];
    if (id > largest || (is_wanted[id / 64] >> (id % 64) & 1) == 0) continue;
    if (document.annotations[i].in_quotes ||
        document.annotations[i].capitalization != Capitalization::kNone ||
        document.tokens[i].kind != TokenKind::kWord) {
      continue;
    }
    ++found[std::lower_bound(wanted.begin(), wanted.end(), id) - wanted.begin()];
  }
  for (size_t w = 0; w < wanted.size(); ++w) counts.emplace(wanted[w], found[w]);
  return counts;
}

// The word id of the first word of restoration `r`, or kNoNode.
uint32_t RestorationWordId(const RuleSet& rules, const PhraseVariant& variant, size_t r) {
  const auto& keys = variant.restoration_keys[r];
  return keys.empty() ? RuleSet::kNoNode : rules.WordId(keys[0]);
}

// The key a pair is pooled under in a document: the rule (or proposal's
// spun key) and the restoration's text.
std::string PairKey(const VariantTable& variants, const TokenizedText& document,
                    const Candidate& candidate, size_t r) {
  const PhraseVariant& variant = variants[candidate.variant];
  std::string key;
  if (variants.IsProposed(candidate.variant)) {
    for (uint32_t t = candidate.first; t < candidate.end; ++t) {
      key += document.tokens[t].key;
      key += ' ';
    }
  } else {
    key = std::to_string(variant.rule_index) + ' ';
  }
  key += '\x1f';
  key += variant.restorations[r];
  return key;
}

}  // namespace

CandidateFeatures FeaturesOf(const VariantTable& variants, const TokenizedText& document,
                             const Candidate& candidate, const CandidateScore& score, size_t r,
                             const FeatureContext& context) {
  const PhraseVariant& variant = variants[candidate.variant];
  const Rule& rule = variants.RuleOf(candidate.variant);
  CandidateFeatures f{};
  f[kGainCounts] = Clamp(score.Gain(r), 5);
  f[kFrequencyCounts] = Clamp(score.restorations_alone[r] - score.spun_alone, 5);
  if (score.has_backoff()) {
    f[kGainLm] = Clamp(score.backoff.Gain(r), 5);
    f[kFrequencyLm] = Clamp(score.backoff.restorations_alone[r] - score.backoff.spun_alone, 5);
  }
  f[kPooledGain] = Clamp(context.pooled_gain, 5);
  f[kSpunCount] = CountScale(context.spun_count);
  f[kOriginalCount] = CountScale(context.original_count);
  if (rule.origin == RuleOrigin::kHand || rule.origin == RuleOrigin::kLearned ||
      rule.origin == RuleOrigin::kMined) {
    const double confidence = std::clamp(rule.confidence, 0.01, 0.99);
    f[kPrior] = std::log10(confidence / (1 - confidence));
  }
  f[kOriginLearned] = rule.origin == RuleOrigin::kLearned;
  f[kOriginMined] = rule.origin == RuleOrigin::kMined;
  f[kOriginThesaurus] = rule.origin == RuleOrigin::kThesaurus;
  f[kOriginLanguageModel] = rule.origin == RuleOrigin::kLanguageModel;
  f[kThesaurusSources] = r < variant.thesaurus_sources.size() ? variant.thesaurus_sources[r] : 0;
  const double spin = LogOddsOfProbability(context.spin_probability);
  f[kDocumentSpin] = spin;
  f[kGainWhenSpun] = Clamp(score.CombinedGain(r), 5) * context.spin_probability;
  const TokenAnnotation& first = document.annotations[candidate.first];
  f[kCapitalised] = !first.sentence_start && first.capitalization != Capitalization::kNone;
  f[kStartsSentence] = first.sentence_start;
  const double spun_words = candidate.end - candidate.first;
  f[kLengthChange] = std::abs(static_cast<double>(WordsOf(variant.restoration_keys[r])) - spun_words);
  f[kCollectionGain] = Clamp(context.collection_gain, 5);
  f[kCollectionSpun] = context.collection_spun;
  return f;
}

DocumentDecider::DocumentDecider(const VariantTable& variants, const DecisionModels& models,
                                 const TokenizedText& document)
    : variants_(variants), models_(models), document_(document) {
  if (models.counts != nullptr) scorer_.emplace(*models.counts, models.backoff);
  for (const Token& token : document.tokens) evidence_.words += token.kind == TokenKind::kWord;
}

CandidateScore DocumentDecider::Score(const Candidate& candidate) {
  return scorer_ ? scorer_->Score(document_, candidate, variants_[candidate.variant])
                 : CandidateScore{};
}

void DocumentDecider::AddRuleCandidates(const std::vector<Candidate>& candidates) {
  const RuleSet& rules = variants_.rules();
  auto outside_context = [&](const Candidate& candidate) {
    return rules.rules()[variants_[candidate.variant].rule_index].is_outside_context_reading();
  };
  ruled_tokens_.assign(document_.tokens.size(), false);
  for (const Candidate& candidate : candidates) {
    if (outside_context(candidate)) continue;
    std::fill(ruled_tokens_.begin() + candidate.first, ruled_tokens_.begin() + candidate.end,
              true);
  }
  for (const Candidate& candidate : candidates) {
    // A rule's reading outside its context (outside-context:) is a
    // fallback: where a rule in its own right matched any of the same
    // words, that rule decides ("sufferers" in a hospital story is the
    // scored rule's "patients", not the crime rule's "victims" read out of
    // its context).
    const bool outside = outside_context(candidate);
    if (outside && std::any_of(ruled_tokens_.begin() + candidate.first,
                               ruled_tokens_.begin() + candidate.end, [](bool t) { return t; })) {
      continue;
    }
    Decision& decision = decisions_.emplace_back();
    decision.candidate = candidate;
    decision.span = {document_.tokens[candidate.first].span.begin,
                     document_.tokens[candidate.end - 1].span.end};
    const PhraseVariant& variant = variants_[candidate.variant];
    decision.rule_index = variant.rule_index;
    const Rule& rule = rules.rules()[variant.rule_index];
    decision.certain = rule.certain;
    if (rule.certain) {
      CountArtefact(candidate, /*in_document_order=*/true);
      continue;
    }
    // A rule read outside its context (outside-context:) is evidence of
    // nothing: it matches wherever the phrase stands, clean text included.
    // Nor is it scored yet: most documents are not spun, and there it can
    // never apply (Decide scores it when the document may be).
    if (outside) {
      decision.outside_context = true;
      continue;
    }
    if (!scorer_) continue;
    decision.score = Score(candidate);
    ++evidence_.scored;
    const double gain = decision.score.gain();
    evidence_.supported += gain >= kSupportedGain;
    evidence_.opposed += gain <= -kSupportedGain;
    evidence_.gain_sum += Clamp(gain, 3);
  }
  CountForms();
}

void DocumentDecider::CountArtefact(const Candidate& candidate, bool in_document_order) {
  const uint32_t rule_index = variants_[candidate.variant].rule_index;
  const Rule& rule = variants_.rules().rules()[rule_index];
  if (!in_document_order || candidate.first >= covered_until_) {
    ++evidence_.artefacts;
    if (in_document_order) covered_until_ = candidate.end;
    if (rule.needs_spin > 0) {
      ++evidence_.look_alikes;
      evidence_.look_alike_needs_spin =
          evidence_.look_alikes == 1 ? rule.needs_spin
                                     : std::min(evidence_.look_alike_needs_spin, rule.needs_spin);
    }
  }
  if (artefact_rules_.size() <= rule_index) artefact_rules_.resize(rule_index + 1);
  if (!artefact_rules_[rule_index]) {
    artefact_rules_[rule_index] = true;
    ++evidence_.distinct_artefacts;
  }
}

void DocumentDecider::AddArtefact(const Candidate& candidate) {
  Decision& decision = decisions_.emplace_back();
  decision.candidate = candidate;
  decision.span = {document_.tokens[candidate.first].span.begin,
                   document_.tokens[candidate.end - 1].span.end};
  decision.rule_index = variants_[candidate.variant].rule_index;
  decision.certain = true;
  CountArtefact(candidate, /*in_document_order=*/false);
}

void DocumentDecider::AddProposal(const Candidate& candidate, CandidateScore score) {
  Decision& decision = decisions_.emplace_back();
  decision.candidate = candidate;
  decision.span = {document_.tokens[candidate.first].span.begin,
                   document_.tokens[candidate.end - 1].span.end};
  decision.rule_index = variants_[candidate.variant].rule_index;
  decision.score = std::move(score);
}

double DocumentDecider::SpinProbability() const {
  if (models_.detector != nullptr) return models_.detector->Probability(evidence_);
  return SpinDetector::BuiltInRule().Probability(evidence_);
}

void DocumentDecider::CountForms() {
  const RuleSet& rules = variants_.rules();
  spun_by_rule_.clear();
  std::vector<uint32_t> restoration_words;
  for (const Decision& decision : decisions_) {
    // Readings outside their context are counted though not scored yet:
    // the consistency of their spun and original forms is asked later.
    const bool scorable = !decision.score.restorations.empty() || decision.outside_context;
    if (decision.certain || !scorable || variants_.IsProposed(decision.candidate.variant)) {
      continue;
    }
    if (!document_.annotations[decision.candidate.first].in_quotes) {
      ++spun_by_rule_[decision.rule_index];
    }
    const PhraseVariant& variant = variants_[decision.candidate.variant];
    for (size_t r = 0; r < variant.restorations.size(); ++r) {
      const uint32_t id = RestorationWordId(rules, variant, r);
      if (id != RuleSet::kNoNode) restoration_words.push_back(id);
    }
  }
  std::sort(restoration_words.begin(), restoration_words.end());
  restoration_words.erase(std::unique(restoration_words.begin(), restoration_words.end()),
                          restoration_words.end());
  plain_words_ = CountPlainWords(rules, document_, restoration_words);
  std::unordered_map<uint32_t, bool> counted_rule;
  for (const Decision& decision : decisions_) {
    if (decision.certain || decision.score.restorations.empty() ||
        variants_.IsProposed(decision.candidate.variant) ||
        decision.outside_context || !counted_rule.emplace(decision.rule_index, true).second) {
      continue;
    }
    const PhraseVariant& variant = variants_[decision.candidate.variant];
    evidence_.spun_forms += spun_by_rule_[decision.rule_index];
    const uint32_t id = RestorationWordId(rules, variant, decision.score.best);
    if (id != RuleSet::kNoNode) evidence_.original_forms += PlainCount(id);
  }
}

CollectionEvidence DocumentDecider::ContributionOf(bool spun) const {
  CollectionEvidence contribution = CollectionEvidence::OneDocument(spun);
  for (const Decision& decision : decisions_) {
    if (decision.certain || decision.score.restorations.empty()) continue;
    if (!variants_.IsProposed(decision.candidate.variant)) {
      contribution.AddRuleCandidate(decision.rule_index, decision.score.gain(), decision.applied);
    }
    for (size_t r = 0; r < decision.score.restorations.size(); ++r) {
      contribution.AddPairCandidate(PairKey(variants_, document_, decision.candidate, r),
                                    decision.score.CombinedGain(r),
                                    decision.applied && decision.best == r);
    }
  }
  return contribution;
}

int DocumentDecider::PlainCount(uint32_t word_id) const {
  const auto found = plain_words_.find(word_id);
  return found == plain_words_.end() ? 0 : found->second;
}

double HandSetEvidence(const HandSetInputs& in) {
  // A document the detector finds spun on other evidence counts as one
  // at the artefact threshold.
  const double rate = in.document_spun ? std::max(in.artefacts_per_1000_words,
                                                  kSpunArtefactsPer1000Words)
                                       : in.artefacts_per_1000_words;
  const double shift =
      rate < kSpunArtefactsPer1000Words ? -1.0 : std::min(1.0, -1.0 + 0.2 * rate);
  const double confidence = std::clamp(in.confidence, 0.01, 0.99);
  const double prior = std::log10(confidence / (1 - confidence));
  double consistency = 0;
  if (in.original_count == 0 && in.spun_count >= 2) {
    consistency = 0.5;
  } else if (in.original_count >= 2 * in.spun_count) {
    consistency = -2.0;
  } else if (in.original_count >= in.spun_count) {
    consistency = -1.0;
  }
  return (in.gain + in.pooled_gain) / 2 + prior + shift + consistency;
}

bool HandSetBlocks(double confidence, double artefacts_per_1000_words, bool document_spun) {
  return confidence < 0.5 && !document_spun &&
         artefacts_per_1000_words < kSpunArtefactsPer1000Words;
}

DocumentDecision DocumentDecider::Decide(std::vector<Candidate>& kept) {
  const RuleSet& rules = variants_.rules();
  const VariantTable& variants = variants_;
  const TokenizedText& document = document_;
  DocumentDecision result;
  result.spin_probability = SpinProbability();
  result.evidence = evidence_;
  std::vector<Decision>& decisions = decisions_;
  // Readings outside their context apply only in a document treated as
  // spun: found so, or perhaps so by the collection's evidence (the pool).
  if (scorer_ && (result.spin_probability >= kSpunProbability || models_.pool != nullptr)) {
    for (Decision& decision : decisions) {
      if (decision.outside_context) decision.score = Score(decision.candidate);
    }
  }
  // Pooled gain: a spinner swaps a word the same way every time.
  std::unordered_map<std::string, std::pair<double, int>> pooled;
  for (const Decision& decision : decisions) {
    if (decision.score.restorations.empty()) continue;
    for (size_t r = 0; r < decision.score.restorations.size(); ++r) {
      auto& [sum, count] = pooled[PairKey(variants, document, decision.candidate, r)];
      sum += decision.score.CombinedGain(r);
      ++count;
    }
  }
  const double rate = ArtefactsPer1000Words(result.evidence);  // the hand-set rule's
  const SpinDetector built_in_rule = SpinDetector::BuiltInRule();
  const SpinDetector& detector = models_.detector != nullptr ? *models_.detector : built_in_rule;
  const bool document_spun = result.spin_probability >= kSpunProbability;
  // The hand-set decision's per-rule pooled gain and match counts.
  std::unordered_map<uint32_t, std::pair<double, int>> gain_by_rule;
  std::unordered_map<uint32_t, int> matches_by_rule;
  for (const Decision& decision : decisions) {
    ++matches_by_rule[decision.rule_index];
    if (decision.score.restorations.empty()) continue;
    auto& [sum, count] = gain_by_rule[decision.rule_index];
    sum += decision.score.gain();
    ++count;
  }
  // The collection prior (PoolPolicy): the document's own support for rules
  // the collection's earlier documents applied.
  const CollectionEvidence* pool = models_.pool;
  const PoolPolicy& policy = models_.pool_policy;
  if (pool != nullptr && !document_spun) {
    int supported = 0, opposed = 0;
    for (const Decision& decision : decisions) {
      if (decision.certain || decision.score.restorations.empty() ||
          variants.IsProposed(decision.candidate.variant)) {
        continue;
      }
      const PoolTally* tally = pool->Rule(decision.rule_index);
      if (tally == nullptr || tally->documents_applied < policy.min_rule_documents) continue;
      supported += decision.score.gain() >= kSupportedGain;
      opposed += decision.score.gain() <= -kSupportedGain;
    }
    result.spun_by_collection =
        CollectionPriorHolds(*pool, policy, supported, opposed, result.evidence.words);
  }
  const bool treated_as_spun = document_spun || result.spun_by_collection;
  // How often each proposal's spun key occurs (rules count by rule above).
  std::unordered_map<std::string, int> spun_by_key;
  for (const Decision& decision : decisions) {
    if (!variants.IsProposed(decision.candidate.variant) ||
        document.annotations[decision.candidate.first].in_quotes) {
      continue;
    }
    ++spun_by_key[PairKey(variants, document, decision.candidate, 0)];
  }
  // Every plain word's count, for proposals' originals (which need not be
  // words of any rule); built only when there are proposals.
  std::unordered_map<std::string_view, int> plain_keys;
  if (!spun_by_key.empty()) {
    for (size_t t = 0; t < document.tokens.size(); ++t) {
      if (document.tokens[t].kind == TokenKind::kWord && !document.annotations[t].in_quotes &&
          document.annotations[t].capitalization == Capitalization::kNone) {
        ++plain_keys[document.tokens[t].key];
      }
    }
  }
  auto plain_key_count = [&](const std::vector<std::string>& keys) {
    if (keys.empty()) return 0;
    const auto found = plain_keys.find(keys[0]);
    return found == plain_keys.end() ? 0 : found->second;
  };

  for (Decision& decision : decisions) {
    Candidate& candidate = decision.candidate;
    const Rule& rule = rules.rules()[decision.rule_index];
    if (!NeedsSpinMet(rule.needs_spin, result.evidence, result.spin_probability, detector)) {
      // A fingerprint that is ordinary English elsewhere (rules/README.md,
      // needs-spin:) is restored only in a document the detector finds
      // spun.
      decision.needs_spin_unmet = true;
      continue;
    }
    if (decision.certain) {
      decision.applied = true;
      candidate.strength = 10;  // artefacts outrank any ambiguous reading
      kept.push_back(candidate);
      continue;
    }
    if (decision.score.restorations.empty()) continue;
    if (models_.hand_set) {
      if (variants.IsProposed(candidate.variant)) continue;
      const auto& [sum, count] = gain_by_rule[decision.rule_index];
      HandSetInputs in;
      in.gain = decision.score.gain();
      in.pooled_gain = pool == nullptr
                           ? sum / count
                           : PooledRuleGain(sum, count, pool->Rule(decision.rule_index), policy,
                                            treated_as_spun);
      in.confidence = rule.confidence;
      in.artefacts_per_1000_words = rate;
      in.document_spun = treated_as_spun;
      in.spun_count = matches_by_rule[decision.rule_index];
      in.original_count =
          PlainCount(RestorationWordId(rules, variants[candidate.variant], decision.score.best));
      decision.best = decision.score.best;
      decision.evidence = HandSetEvidence(in);
      decision.applied = decision.evidence >= models_.min_evidence &&
                         !HandSetBlocks(rule.confidence, rate, treated_as_spun);
      candidate.restoration = static_cast<uint32_t>(decision.best);
      candidate.strength = decision.evidence;
      candidate.scored = true;
      if (decision.applied) kept.push_back(candidate);
      continue;
    }
    if (models_.decision == nullptr) continue;
    const PhraseVariant& variant = variants[candidate.variant];
    FeatureContext context;
    context.spin_probability = result.spin_probability;
    if (pool != nullptr) context.collection_spun = pool->SpunShare();
    context.spun_count = variants.IsProposed(candidate.variant)
                             ? spun_by_key[PairKey(variants, document, candidate, 0)]
                             : spun_by_rule_[decision.rule_index];
    double best_log_odds = 0;
    for (size_t r = 0; r < variant.restorations.size(); ++r) {
      const std::string key = PairKey(variants, document, candidate, r);
      const auto& [sum, count] = pooled[key];
      context.pooled_gain = count == 0 ? 0.0 : sum / count;
      if (pool != nullptr) {
        const PoolTally* tally = pool->Pair(key);
        context.collection_gain = tally == nullptr ? 0.0 : tally->MeanGain();
      }
      context.original_count = variants.IsProposed(candidate.variant)
                                   ? plain_key_count(variant.restoration_keys[r])
                                   : PlainCount(RestorationWordId(rules, variant, r));
      const CandidateFeatures features =
          FeaturesOf(variants, document, candidate, decision.score, r, context);
      const double log_odds = models_.decision->LogOdds(features);
      if (models_.keep_all_features) decision.all_features.push_back(features);
      if (r == 0 || log_odds > best_log_odds) {
        best_log_odds = log_odds;
        decision.best = r;
        decision.features.assign(features.begin(), features.end());
      }
    }
    CandidateFeatures best{};
    std::copy(decision.features.begin(), decision.features.end(), best.begin());
    decision.contributions = models_.decision->Contributions(best);
    decision.evidence = best_log_odds / kLn10;
    decision.applied = decision.evidence >= models_.min_evidence;
    candidate.restoration = static_cast<uint32_t>(decision.best);
    candidate.strength = decision.evidence;
    candidate.scored = true;
    if (decision.applied) kept.push_back(candidate);
  }
  if (pool != nullptr && models_.pool_contribution) {
    result.contribution = ContributionOf(document_spun);
  }
  result.decisions = std::move(decisions_);
  return result;
}

}  // namespace unspin
