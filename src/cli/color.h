// --color=auto|always|never, shared by the modes that colour their output.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace unspin {

// Whether to colour output written to `fd`: "always" and "never" say so;
// "auto" colours a terminal unless NO_COLOR is set to anything but "".
bool UseColor(const std::string& when, int fd);

// Declares --color[=WHEN] on `app`, bound to `when`. A bare --color means
// always; a value attaches only with '=' (as ls and git take it), so a
// bare --color never takes the next argument for its value.
CLI::Option* AddColorOption(CLI::App& app, std::string& when, const std::string& description);

}  // namespace unspin
