// What the tests of structured and binary inputs share: two rules to
// restore (a certain phrase, and a word that needs its context) and random
// bytes that are not text.
#pragma once

#include <random>
#include <string>

namespace unspin::testing {

// "referred to as for" -> "called for" anywhere; "celebration" -> "party"
// after "ruling".
inline constexpr const char* kCalledForAndPartyRules = R"(
rule called-for.referred-to-as-for
  spun: referred to as for
  restore: called for
  certain: yes
  example: It referred to as for calm. => It called for calm.
rule party.celebration
  spun: celebration
  restore: party
  inflect: noun
  before: ruling
)";

// `size` bytes from a generator seeded with `seed`: the same for a seed.
inline std::string RandomBytes(unsigned seed, size_t size) {
  std::mt19937 generator(seed);
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(generator() & 0xFF);
  return bytes;
}

}  // namespace unspin::testing
