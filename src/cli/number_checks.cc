#include "cli/number_checks.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

namespace unspin {
namespace {

std::string Shown(double value) {
  std::string text = std::to_string(value);
  // "0.500000" -> "0.5", "2.000000" -> "2"
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

CLI::Validator FiniteIn(double min, double max) {
  const std::string range = "from " + Shown(min) + " to " + Shown(max);
  return CLI::Validator(
      [=](std::string& value) -> std::string {
        char* end = nullptr;
        errno = 0;
        const double number = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(number)) {
          return "'" + value + "' is not a finite number (" + range + ")";
        }
        if (number < min || number > max) return "'" + value + "' is out of range (" + range + ")";
        return "";
      },
      "NUMBER in [" + Shown(min) + ", " + Shown(max) + "]");
}

CLI::Validator WholeIn(uint64_t min, uint64_t max) {
  const std::string range = "from " + std::to_string(min) + " to " + std::to_string(max);
  return CLI::Validator(
      [=](std::string& value) -> std::string {
        if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos) {
          return "'" + value + "' is not a whole number (" + range + ")";
        }
        errno = 0;
        const unsigned long long number = std::strtoull(value.c_str(), nullptr, 10);
        if (errno == ERANGE || number < min || number > max) {
          return "'" + value + "' is out of range (" + range + ")";
        }
        return "";
      },
      "INTEGER in [" + std::to_string(min) + ", " + std::to_string(max) + "]");
}

}  // namespace unspin
