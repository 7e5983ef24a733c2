#include "cli/defaults.h"

#include <cstdio>

namespace unspin {

StatusOr<std::unique_ptr<Restorer>> CreateRestorer(const CommonOptions& common) {
  StatusOr<RestorerOptions> options = MakeRestorerOptions(common, {common.config_switches});
  if (!options.ok()) return options.status();
  StatusOr<std::unique_ptr<Restorer>> restorer = Restorer::Create(options.value());
  if (!restorer.ok()) return restorer.status();
  for (const std::string& warning : restorer.value()->rule_filter_warnings()) {
    std::fprintf(stderr, "unspin: warning: %s\n", warning.c_str());
  }
  if (const size_t problems = restorer.value()->rule_problems().size(); problems > 0) {
    std::fprintf(stderr,
                 "unspin: warning: %zu rule restorations are not in the spelling dictionary "
                 "and are never applied (list them with 'unspin rules test')\n",
                 problems);
  }
  return restorer;
}

}  // namespace unspin
