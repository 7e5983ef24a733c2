// Two certain rules in two categories, for CLI tests of what selects and
// reports rules (--disable, --format=lint/sarif): "referred to as for" ->
// "called for" (artefact) and "mentioned" -> "said" (reporting-verb).
#pragma once

namespace unspin {

inline constexpr const char* kTwoRules = R"(
rule called-for.referred-to-as-for
  spun: referred to as for
  restore: called for
  certain: yes
  category: artefact
  example: It referred to as for calm. => It called for calm.

rule said.mentioned
  spun: mentioned
  restore: said
  certain: yes
  category: reporting-verb
  example: He mentioned so. => He said so.
)";

}  // namespace unspin
