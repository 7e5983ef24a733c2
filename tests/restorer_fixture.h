// Building a Restorer from rule text in a test, without files.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "pipeline/restorer.h"
#include "rules/rule_parser.h"
#include "test_paths.h"

namespace unspin::testing {

inline const Inflector& ShippedInflector() {
  static const Inflector inflector = [] {
    StatusOr<Inflector> loaded =
        Inflector::FromFile(SourcePath("dictionaries/english-inflections.tsv"));
    if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
    return loaded.value();
  }();
  return inflector;
}

// Fails the test (and returns nullptr) when the rules do not compile.
inline std::unique_ptr<Restorer> RestorerFor(const std::string& rules_text,
                                             double min_confidence = 0.5) {
  ParsedRuleFile parsed = ParseRuleFile(rules_text, "test.rules");
  if (!parsed.errors.empty()) {
    ADD_FAILURE() << parsed.errors.front();
    return nullptr;
  }
  StatusOr<RuleSet> rules = RuleSet::Compile(std::move(parsed.rules), ShippedInflector());
  if (!rules.ok()) {
    ADD_FAILURE() << rules.status().message();
    return nullptr;
  }
  return std::make_unique<Restorer>(std::move(rules.value()), min_confidence);
}

}  // namespace unspin::testing
