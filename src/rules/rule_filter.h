// Turning rules off and on by id or category: --disable/--enable and the
// config file's disable/enable lists.
#pragma once

#include <string>
#include <vector>

#include "rules/rule.h"

namespace unspin {

// One source of switches (the config file, or the command line). A pattern
// is a shell glob (fnmatch: * ? [...]) matched against a rule's id and its
// category: "said.mentioned", "mined.*", "tortured".
struct RuleSwitches {
  std::string origin;                // for messages: "--disable", ".unspin.toml"
  std::vector<std::string> disable;  // these rules are off ...
  std::vector<std::string> enable;   // ... unless one of these matches too
};

// Keeps the rules that are on. Later sources win over earlier ones: the
// last source with a pattern that matches a rule decides, and within one
// source an enable pattern wins over a disable pattern (so that "mined.*"
// off and "mined.good" on keeps mined.good). A rule no pattern matches is
// on. Appends to `warnings` one line per pattern that matches no rule id or
// category (usually a typo), with the closest id or category if one is
// near. The rules keep their order.
std::vector<Rule> FilterRules(std::vector<Rule> rules, const std::vector<RuleSwitches>& sources,
                              std::vector<std::string>& warnings);

}  // namespace unspin
