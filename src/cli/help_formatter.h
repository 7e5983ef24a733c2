// --help without the parser's internals: CLI11 writes "--no-progress{false}"
// for a negated flag and "FLOAT:NUMBER in [0, 1]" (its type, then each
// check's description) for a checked value; a user needs neither the
// default flag value nor the C++ type.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace unspin {

class HelpFormatter : public CLI::Formatter {
 public:
  // Flag names without their "{value}" suffixes.
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
  // The value's name, or what its check accepts ("NUMBER in [0, 1]",
  // "{report,fix,off}") in place of "TYPE:CHECK"; then the default, "...",
  // and the options it needs or excludes, as CLI11 writes them.
  std::string make_option_opts(const CLI::Option* option) const override;
};

// The name shown for a value whose type is `type_name` as CLI11 reports it
// ("FLOAT:NUMBER in [0, 1]" -> "NUMBER in [0, 1]"; "FILE" stays "FILE").
std::string ShownTypeName(const std::string& type_name);

}  // namespace unspin
