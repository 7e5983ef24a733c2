// A hash map keyed by std::string that is looked up by std::string_view
// without building a string first (C++20 heterogeneous lookup): the spell
// stage asks its caches about every word of the input.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace unspin {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringViewHash, std::equal_to<>>;

}  // namespace unspin
