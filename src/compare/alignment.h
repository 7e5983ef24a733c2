// Aligning two sequences of words: the change hunks between them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace unspin {

// One stretch of an alignment: a[a_begin, a_end) becomes b[b_begin, b_end).
struct Opcode {
  enum class Kind { kEqual, kReplace, kDelete, kInsert };
  Kind kind = Kind::kEqual;
  size_t a_begin = 0, a_end = 0;
  size_t b_begin = 0, b_end = 0;
};

// The alignment of `a` with `b` as consecutive opcodes covering both
// sequences (the shape of Python difflib's get_opcodes()): kEqual stretches
// alternate with single change hunks, and no two change hunks are adjacent.
// A change with both sides non-empty is kReplace, with only `a` kDelete,
// with only `b` kInsert. The alignment is a shortest edit script (a longest
// common subsequence), computed by DTL's O(NP) algorithm. Two empty
// sequences give no opcodes.
std::vector<Opcode> AlignWords(const std::vector<std::string_view>& a,
                               const std::vector<std::string_view>& b);

// Where boundary `position` of `a` (0 to a.size()) lands in `b`, given
// their opcodes: inside an equal stretch, the matching boundary; at the
// start of a change, its start in `b`; anywhere else in a change, its end.
// Where `position` is the end of one opcode and the start of the next, the
// first one decides.
size_t MapBoundary(const std::vector<Opcode>& opcodes, size_t position, size_t b_size);

}  // namespace unspin
