#include "rules/rule_filter.h"

#include <fnmatch.h>

#include <optional>
#include <set>

#include "base/strings.h"

namespace unspin {
namespace {

// A rule's reading outside its context (outside-context:) goes with the
// rule: "--disable said.mentioned-clause" turns both off.
bool Matches(const std::string& pattern, const Rule& rule) {
  return fnmatch(pattern.c_str(), rule.id.c_str(), 0) == 0 ||
         (!rule.context_of.empty() && fnmatch(pattern.c_str(), rule.context_of.c_str(), 0) == 0) ||
         (!rule.category.empty() && fnmatch(pattern.c_str(), rule.category.c_str(), 0) == 0);
}

// Whether any of `patterns` matches `rule`; marks the ones that do as used.
bool AnyMatches(const std::vector<std::string>& patterns, const Rule& rule,
                std::vector<bool>& used) {
  bool any = false;
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (Matches(patterns[i], rule)) {
      used[i] = true;
      any = true;
    }
  }
  return any;
}

struct SourceUse {
  std::vector<bool> disable, enable;
};

// On, off, or not said by this source.
std::optional<bool> Decide(const RuleSwitches& source, const Rule& rule, SourceUse& use) {
  // Both are matched (not short-circuited) so that every pattern that
  // matches something counts as used.
  const bool enabled = AnyMatches(source.enable, rule, use.enable);
  const bool disabled = AnyMatches(source.disable, rule, use.disable);
  if (enabled) return true;
  if (disabled) return false;
  return std::nullopt;
}

void WarnUnused(const std::string& origin, const char* kind,
                const std::vector<std::string>& patterns, const std::vector<bool>& used,
                const std::vector<std::string>& names, std::vector<std::string>& warnings) {
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (used[i]) continue;
    std::string warning = origin + ": " + kind + " '" + patterns[i] +
                          "' matches no rule id or category";
    if (const std::string guess = ClosestMatch(patterns[i], names); !guess.empty()) {
      warning += " (did you mean '" + guess + "'?)";
    }
    warnings.push_back(std::move(warning));
  }
}

}  // namespace

std::vector<Rule> FilterRules(std::vector<Rule> rules, const std::vector<RuleSwitches>& sources,
                              std::vector<std::string>& warnings) {
  std::vector<SourceUse> uses;
  for (const RuleSwitches& source : sources) {
    uses.push_back({std::vector<bool>(source.disable.size()),
                    std::vector<bool>(source.enable.size())});
  }
  std::vector<Rule> kept;
  kept.reserve(rules.size());
  std::set<std::string> names;
  for (Rule& rule : rules) {
    names.insert(rule.id);
    if (!rule.category.empty()) names.insert(rule.category);
    bool on = true;
    bool decided = false;
    // Every source is asked, even after a later one decided, so that each
    // pattern's use is known for the warnings.
    for (size_t i = sources.size(); i-- > 0;) {
      const std::optional<bool> said = Decide(sources[i], rule, uses[i]);
      if (said && !decided) {
        on = *said;
        decided = true;
      }
    }
    if (on) kept.push_back(std::move(rule));
  }
  if (!sources.empty()) {
    const std::vector<std::string> candidates(names.begin(), names.end());
    for (size_t i = 0; i < sources.size(); ++i) {
      WarnUnused(sources[i].origin, "disable", sources[i].disable, uses[i].disable, candidates,
                 warnings);
      WarnUnused(sources[i].origin, "enable", sources[i].enable, uses[i].enable, candidates,
                 warnings);
    }
  }
  return kept;
}

}  // namespace unspin
