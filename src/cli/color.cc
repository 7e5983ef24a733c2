#include "cli/color.h"

#include <unistd.h>

#include <cstdlib>

namespace unspin {

bool UseColor(const std::string& when, int fd) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return (no_color == nullptr || *no_color == '\0') && ::isatty(fd) != 0;
}

CLI::Option* AddColorOption(CLI::App& app, std::string& when, const std::string& description) {
  // expected(0, 0): as --in-place, an option that takes its value only
  // after '='; bare, it gets default_str.
  return app.add_option("--color", when, description + ": auto (default), always or never")
      ->expected(0, 0)
      ->default_str("always")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->option_text("[=WHEN]");  // not "=always": that is the bare flag's value
}

}  // namespace unspin
