#include "rules/rule_set.h"

#include <set>

namespace unspin {

namespace {

std::vector<std::string> KeysOf(const std::string& phrase, Tokenizer& tokenizer) {
  std::vector<std::string> keys;
  for (const Token& token : tokenizer.Tokenize(phrase)) {
    if (token.kind == TokenKind::kLineBreak || token.key.empty()) continue;
    keys.emplace_back(token.key);
  }
  return keys;
}

}  // namespace

StatusOr<RuleSet> RuleSet::Compile(std::vector<Rule> rules, const Inflector& inflector) {
  RuleSet set;
  set.rules_ = std::move(rules);
  set.terminals_.emplace_back();  // the root
  Tokenizer tokenizer;
  std::vector<std::string> errors;
  std::set<std::string> ids;
  set.document_phrase_keys_.resize(set.rules_.size());
  for (uint32_t r = 0; r < set.rules_.size(); ++r) {
    const Rule& rule = set.rules_[r];
    if (!ids.insert(rule.id).second) {
      errors.push_back(rule.location.ToString() + ": duplicate rule id '" + rule.id + "'");
      continue;
    }
    std::vector<std::vector<PhraseKeys>>& document_keys = set.document_phrase_keys_[r];
    for (const DocumentCondition& condition : rule.document_conditions) {
      std::vector<PhraseKeys>& alternatives = document_keys.emplace_back();
      for (const std::string& phrase : condition.phrases) {
        alternatives.push_back(KeysOf(phrase, tokenizer));
        if (alternatives.back().empty()) {
          errors.push_back(condition.location.ToString() + ": phrase '" + phrase +
                           "' has no words");
        }
      }
    }
    auto add = [&](const std::string& spun, std::vector<std::string> restorations) {
      Status status = set.AddPhrase(r, spun, std::move(restorations), tokenizer);
      if (!status.ok()) errors.push_back(rule.location.ToString() + ": " + status.message());
    };
    // form: lines first: where a form's spun phrase is also a spun: phrase
    // (or one of its inflections), the hand-written form wins.
    for (const FormPair& form : rule.forms) add(form.spun, {form.restored});
    for (const std::string& spun : rule.spun) {
      if (rule.inflection == Inflection::kNone) {
        add(spun, rule.restorations);
        continue;
      }
      const bool verb = rule.inflection == Inflection::kVerb;
      const std::vector<std::string> spun_forms = InflectPhrase(inflector, spun, verb);
      std::vector<std::vector<std::string>> restoration_forms;
      for (const std::string& restoration : rule.restorations) {
        restoration_forms.push_back(InflectPhrase(inflector, restoration, verb));
      }
      for (size_t f = 0; f < spun_forms.size(); ++f) {
        std::vector<std::string> restorations;
        for (const auto& forms : restoration_forms) restorations.push_back(forms[f]);
        add(spun_forms[f], std::move(restorations));
      }
    }
  }
  if (!errors.empty()) {
    std::string message;
    for (const std::string& error : errors) message += (message.empty() ? "" : "\n") + error;
    return Status::Error(message);
  }
  // The first word of every restoration gets an id too: context decisions
  // count restorations in the document by the ids matching already found.
  for (const PhraseVariant& variant : set.variants_) {
    for (const PhraseKeys& keys : variant.restoration_keys) {
      if (!keys.empty()) set.word_ids_.Insert(keys[0]);
    }
  }
  for (const PhraseVariant& variant : set.variants_) {
    const Rule& rule = set.rules_[variant.rule_index];
    set.variant_facts_.push_back({rule.confidence, variant.rule_index, rule.certain,
                                  !rule.conditions.empty(), !rule.document_conditions.empty()});
  }
  set.terminal_starts_.reserve(set.terminals_.size() + 1);
  for (const std::vector<uint32_t>& variants : set.terminals_) {
    set.terminal_starts_.push_back(static_cast<uint32_t>(set.terminal_variants_.size()));
    set.terminal_variants_.insert(set.terminal_variants_.end(), variants.begin(), variants.end());
  }
  set.terminal_starts_.push_back(static_cast<uint32_t>(set.terminal_variants_.size()));
  set.terminals_.clear();
  set.terminals_.shrink_to_fit();
  set.root_children_.assign(set.word_ids_.size(), kNoNode);
  set.edges_.ForEach([&](uint64_t edge, uint32_t child) {
    if ((edge >> 32) == 0) set.root_children_[static_cast<uint32_t>(edge)] = child;
  });
  return set;
}


Status RuleSet::AddPhrase(uint32_t rule_index, const std::string& spun,
                          std::vector<std::string> restorations, Tokenizer& tokenizer) {
  const std::vector<std::string> keys = KeysOf(spun, tokenizer);
  if (keys.empty()) return Status::Error("phrase '" + spun + "' has no words");
  uint32_t node = 0;
  for (const std::string& key : keys) {
    const uint32_t word = word_ids_.Insert(key);
    const uint64_t edge = (static_cast<uint64_t>(node) << 32) | word;
    auto [child, inserted_edge] =
        edges_.Insert(edge, static_cast<uint32_t>(terminals_.size()));
    if (inserted_edge) terminals_.emplace_back();
    node = child;
  }
  // The same spun form reached twice by one rule (e.g. a verb whose past and
  // participle agree) is matched once, with the first restorations.
  for (uint32_t existing : terminals_[node]) {
    if (variants_[existing].rule_index == rule_index) return Status::Ok();
  }
  std::vector<std::vector<std::string>> restoration_keys;
  for (const std::string& restoration : restorations) {
    restoration_keys.push_back(KeysOf(restoration, tokenizer));
  }
  terminals_[node].push_back(static_cast<uint32_t>(variants_.size()));
  variants_.push_back({rule_index, static_cast<uint32_t>(keys.size()), std::move(restorations),
                       std::move(restoration_keys)});
  return Status::Ok();
}

uint32_t RuleSet::Child(uint32_t node, std::string_view token_key) const {
  return ChildById(node, WordId(token_key));
}

}  // namespace unspin
