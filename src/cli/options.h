// The command line, parsed into plain structs.
#pragma once

#include <string>
#include <vector>

namespace unspin {

struct CommonOptions {
  std::vector<std::string> rule_paths;  // empty: the default pack
  double min_confidence = 0.5;
};

struct RestoreOptions {
  CommonOptions common;
  std::vector<std::string> files;  // empty or "-": stdin
};

struct RulesTestOptions {
  std::vector<std::string> paths;  // empty: the default pack
};

}  // namespace unspin
