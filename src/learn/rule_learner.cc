#include "learn/rule_learner.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "learn/example_window.h"
#include "learn/rule_text.h"
#include "tokenize/annotations.h"

namespace unspin {
namespace {

// One aligned pair with what windows need.
struct PairView {
  const AlignedPair* pair;
  std::vector<TokenAnnotation> spun_annotations;
  std::vector<TokenAnnotation> original_annotations;
  std::vector<std::string_view> original_keys;
};

struct Occurrence {
  size_t pair;
  Substitution substitution;
};

// All substitutions with the same spun phrase and restoration.
struct Group {
  std::string spun;
  std::string restore;
  std::string restore_key;
  std::vector<std::string_view> spun_keys;
  std::vector<Occurrence> occurrences;
};

// A place where a spun phrase stands unchanged in an original text.
struct KeptUse {
  size_t pair;
  size_t begin, end;  // original tokens
};

// "mentioned" -> "said" where the original wording starts a sentence only
// because the spun wording does: "Said" becomes "said" (the engine fits
// case to the spun text).
std::string RestoreWording(const AlignedPair& pair, const Substitution& s) {
  std::string restore =
      PhraseText(pair.original, pair.original_tokens, s.original_begin, s.original_end);
  const Token& first_original = pair.original_tokens[s.original_begin];
  const Token& first_spun = pair.spun_tokens[s.spun_begin];
  const std::string_view original_word(pair.original.data() + first_original.span.begin,
                                       first_original.span.size());
  const std::string_view spun_word(pair.spun.data() + first_spun.span.begin,
                                   first_spun.span.size());
  if (CapitalizationOf(original_word) == Capitalization::kFirst &&
      CapitalizationOf(spun_word) == Capitalization::kFirst && restore[0] >= 'A' &&
      restore[0] <= 'Z') {
    restore[0] = static_cast<char>(restore[0] - 'A' + 'a');
  }
  return restore;
}

// The rule `rule` proposes, for the engine to check.
CandidateRule AsCandidate(const LearnedRule& rule) {
  CandidateRule candidate;
  candidate.id = rule.id;
  candidate.spun = rule.spun;
  candidate.restore = rule.restore;
  candidate.confidence = rule.confidence;
  candidate.category = "learned";
  candidate.unless_before = rule.unless_before;
  candidate.unless_after = rule.unless_after;
  return candidate;
}

bool AllPass(const CandidateCheck& check, const LearnedRule& rule) {
  if (!check.ok()) return false;
  for (const LearnedRule::Example& example : rule.examples) {
    if (!check.Restores(example)) return false;
  }
  for (const std::string& keep : rule.keeps) {
    if (!check.Keeps(keep)) return false;
  }
  return true;
}

// A context pattern matching exactly the word `key`.
std::string WordPattern(std::string_view key) { return RE2::QuoteMeta(key); }

class Learner {
 public:
  Learner(const LearnerOptions& options, const std::vector<AlignedPair>& pairs)
      : options_(options) {
    for (const AlignedPair& pair : pairs) {
      PairView view{&pair,
                    Annotate(pair.spun, pair.spun_tokens),
                    Annotate(pair.original, pair.original_tokens),
                    {}};
      for (const Token& token : pair.original_tokens) {
        view.original_keys.push_back(token.kind == TokenKind::kLineBreak
                                         ? std::string_view("\n")
                                         : std::string_view(token.key));
      }
      views_.push_back(std::move(view));
    }
  }

  LearnReport Run() {
    LearnReport report;
    report.pairs = views_.size();
    std::vector<Group> groups = GroupSubstitutions(report);
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
      if (a.occurrences.size() != b.occurrences.size()) {
        return a.occurrences.size() > b.occurrences.size();
      }
      return std::tie(a.spun, a.restore) < std::tie(b.spun, b.restore);
    });
    for (const Group& group : groups) {
      if (group.occurrences.size() < options_.min_count) {
        ++report.below_min_count;
        continue;
      }
      if (options_.spelling != nullptr && !options_.spelling->AcceptsWords(group.restore)) {
        ++report.rejected_by_spelling;
        continue;
      }
      LearnedRule rule = Candidate(group);
      AddExamples(group, rule);
      if (rule.examples.empty()) {
        ++report.without_example;
        continue;
      }
      if (rule.kept > 0 && !AddKeep(group, rule)) ++report.keeps_dropped;
      MakeIdUnique(rule.id);
      report.rules.push_back(std::move(rule));
    }
    return report;
  }

 private:
  std::vector<Group> GroupSubstitutions(LearnReport& report) {
    std::map<std::pair<std::string, std::string>, size_t> index;
    std::vector<Group> groups;
    for (size_t p = 0; p < views_.size(); ++p) {
      const AlignedPair& pair = *views_[p].pair;
      for (const Substitution& s : pair.substitutions) {
        ++report.substitutions;
        std::string spun = PhraseKey(pair.spun_tokens, s.spun_begin, s.spun_end);
        std::string restore = RestoreWording(pair, s);
        if (!Writable(spun) || !Writable(restore)) continue;
        const auto [it, added] = index.emplace(std::pair(spun, restore), groups.size());
        if (added) {
          Group group;
          group.spun = std::move(spun);
          group.restore = std::move(restore);
          group.restore_key = PhraseKey(pair.original_tokens, s.original_begin, s.original_end);
          for (size_t i = s.spun_begin; i < s.spun_end; ++i) {
            group.spun_keys.push_back(pair.spun_tokens[i].key);
          }
          groups.push_back(std::move(group));
        }
        groups[it->second].occurrences.push_back({p, s});
      }
    }
    report.distinct = groups.size();
    return groups;
  }

  std::vector<KeptUse> KeptUses(const Group& group) const {
    std::vector<KeptUse> uses;
    const size_t n = group.spun_keys.size();
    for (size_t p = 0; p < views_.size(); ++p) {
      const std::vector<std::string_view>& keys = views_[p].original_keys;
      for (size_t i = 0; i + n <= keys.size(); ++i) {
        if (std::equal(group.spun_keys.begin(), group.spun_keys.end(), keys.begin() + i)) {
          uses.push_back({p, i, i + n});
        }
      }
    }
    return uses;
  }

  LearnedRule Candidate(const Group& group) {
    LearnedRule rule;
    rule.spun = group.spun;
    rule.restore = group.restore;
    rule.count = group.occurrences.size();
    std::set<size_t> documents;
    for (const Occurrence& occurrence : group.occurrences) documents.insert(occurrence.pair);
    rule.documents = documents.size();
    std::set<size_t> kept_documents;
    for (const KeptUse& use : KeptUses(group)) {
      ++rule.kept;
      kept_documents.insert(use.pair);
    }
    rule.kept_documents = kept_documents.size();
    rule.confidence = static_cast<double>(rule.count) / static_cast<double>(rule.count + rule.kept);
    rule.id = Dashes(group.restore_key) + "." + Dashes(group.spun);
    return rule;
  }

  // Ids of rules already accepted are taken: "said.mentioned-2" for the
  // second one (the same words with other capitals).
  void MakeIdUnique(std::string& id) {
    const std::string base = id;
    for (int n = 2; !ids_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
  }

  void AddExamples(const Group& group, LearnedRule& rule) const {
    const CandidateCheck check(AsCandidate(rule));
    if (!check.ok()) return;
    std::set<std::string> seen;
    for (const Occurrence& occurrence : group.occurrences) {
      if (rule.examples.size() >= options_.max_examples) break;
      const PairView& view = views_[occurrence.pair];
      const AlignedPair& pair = *view.pair;
      const Substitution& s = occurrence.substitution;
      const Window window =
          MakeWindow(pair.spun, pair.spun_tokens, view.spun_annotations, s.spun_begin, s.spun_end,
                     group.spun_keys, options_.window_words);
      LearnedRule::Example example;
      example.spun = window.before +
                     PhraseText(pair.spun, pair.spun_tokens, s.spun_begin, s.spun_end) +
                     window.after;
      example.restored =
          window.before +
          PhraseText(pair.original, pair.original_tokens, s.original_begin, s.original_end) +
          window.after;
      if (!Writable(example.spun) || !Writable(example.restored)) continue;
      if (!seen.insert(example.spun).second) continue;
      if (check.Restores(example)) rule.examples.push_back(std::move(example));
    }
  }

  // Adds one kept use as a keep: line, with an exception when the rule
  // alone would change it. False when no kept use could be protected.
  bool AddKeep(const Group& group, LearnedRule& rule) const {
    for (const KeptUse& use : KeptUses(group)) {
      const PairView& view = views_[use.pair];
      const AlignedPair& pair = *view.pair;
      const Window window =
          MakeWindow(pair.original, pair.original_tokens, view.original_annotations, use.begin,
                     use.end, group.spun_keys, options_.window_words);
      const std::string keep = window.before +
                               PhraseText(pair.original, pair.original_tokens, use.begin, use.end) +
                               window.after;
      if (!Writable(keep)) continue;
      for (const auto& [before, after] : Exceptions(pair, use)) {
        LearnedRule trial = rule;
        trial.keeps.push_back(keep);
        if (!before.empty()) trial.unless_before.push_back(before);
        if (!after.empty()) trial.unless_after.push_back(after);
        if (AllPass(CandidateCheck(AsCandidate(trial)), trial)) {
          rule = std::move(trial);
          return true;
        }
      }
    }
    return false;
  }

  // Ways to keep the rule off a kept use, mildest first: none, then an
  // exception for the word after it, then for the word before it.
  std::vector<std::pair<std::string, std::string>> Exceptions(const AlignedPair& pair,
                                                              const KeptUse& use) const {
    const Tokens& tokens = pair.original_tokens;
    std::vector<std::pair<std::string, std::string>> options = {{"", ""}};
    const bool has_after = use.end < tokens.size() && tokens[use.end].kind != TokenKind::kLineBreak;
    options.push_back({"", has_after ? WordPattern(tokens[use.end].key) : "$"});
    const bool has_before = use.begin > 0 && tokens[use.begin - 1].kind != TokenKind::kLineBreak;
    if (has_before) options.push_back({WordPattern(tokens[use.begin - 1].key), ""});
    return options;
  }

  const LearnerOptions& options_;
  std::vector<PairView> views_;
  std::set<std::string> ids_;
};

}  // namespace

void RuleLearner::AddPair(std::string_view original, std::string_view spun) {
  ExtractOptions extract;
  extract.max_words = options_.max_words;
  extract.vocabulary = options_.vocabulary;
  pairs_.push_back(AlignPair(spun, original, extract));
}

LearnReport RuleLearner::Learn() const { return Learner(options_, pairs_).Run(); }

}  // namespace unspin
