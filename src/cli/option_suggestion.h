// "did you mean '--diff'?" for a misspelled option.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace unspin {

// For the first argument of `argv` that looks like a long option (--name or
// --name=value) and is no option of `app` or of any of its subcommands:
// " (did you mean '--closest'?)" naming the closest option, or "" when no
// option is close or every option is known.
std::string SuggestOption(const CLI::App& app, int argc, const char* const* argv);

}  // namespace unspin
