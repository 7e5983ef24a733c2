#include "cli/option_suggestion.h"

#include <set>
#include <vector>

#include "base/strings.h"

namespace unspin {
namespace {

void CollectLongNames(const CLI::App& app, std::set<std::string>& names) {
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) names.insert("--" + name);
  }
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    CollectLongNames(*command, names);
  }
}

}  // namespace

std::string SuggestOption(const CLI::App& app, int argc, const char* const* argv) {
  std::set<std::string> known;
  CollectLongNames(app, known);
  const std::vector<std::string> candidates(known.begin(), known.end());
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "--") break;
    if (argument.size() < 3 || argument.compare(0, 2, "--") != 0) continue;
    const std::string name = argument.substr(0, argument.find('='));
    if (known.count(name) > 0) continue;
    const std::string guess = ClosestMatch(name, candidates);
    return guess.empty() ? "" : " (did you mean '" + guess + "'?)";
  }
  return "";
}

}  // namespace unspin
