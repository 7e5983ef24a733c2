#include "compare/alternatives.h"

namespace unspin {

std::vector<AlternativeGroup> FindAlternativeGroups(std::string_view text) {
  std::vector<AlternativeGroup> groups;
  size_t at = 0;
  while ((at = text.find('{', at)) != std::string_view::npos) {
    const size_t close = text.find_first_of("{}", at + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inside = text.substr(at + 1, close - at - 1);
    // A '{' before the '}' means no group starts at `at`; a group may start
    // at that inner brace instead.
    if (text[close] == '{' || inside.find('|') == std::string_view::npos) {
      ++at;
      continue;
    }
    AlternativeGroup group;
    group.span = {at, close + 1};
    size_t start = 0;
    for (size_t bar; (bar = inside.find('|', start)) != std::string_view::npos; start = bar + 1) {
      group.options.emplace_back(inside.substr(start, bar - start));
    }
    group.options.emplace_back(inside.substr(start));
    groups.push_back(std::move(group));
    at = close + 1;
  }
  return groups;
}

ResolvedText ResolveAlternatives(std::string_view text, const std::vector<AlternativeGroup>& groups,
                                 const std::vector<size_t>& choice) {
  ResolvedText resolved;
  size_t copied = 0;
  for (size_t i = 0; i < groups.size(); ++i) {
    const AlternativeGroup& group = groups[i];
    const size_t option = i < choice.size() && choice[i] < group.options.size() ? choice[i] : 0;
    resolved.text.append(text.substr(copied, group.span.begin - copied));
    const size_t begin = resolved.text.size();
    resolved.text.append(group.options[option]);
    resolved.spans.push_back({begin, resolved.text.size()});
    copied = group.span.end;
  }
  resolved.text.append(text.substr(copied));
  return resolved;
}

}  // namespace unspin
