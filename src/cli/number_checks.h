// Checks for numeric options: CLI11's own let "nan" through (every
// comparison with NaN is false) and read "-1" as a huge unsigned number.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>

namespace unspin {

// A finite number in [min, max]. CLI11 puts the option's name before the
// complaint: "--threshold: nan is not a finite number ...".
CLI::Validator FiniteIn(double min, double max);

// A whole number in [min, max], written as decimal digits (no sign).
CLI::Validator WholeIn(uint64_t min, uint64_t max);

}  // namespace unspin
