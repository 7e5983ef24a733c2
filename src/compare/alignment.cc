#include "compare/alignment.h"

#include <dtl/dtl.hpp>

namespace unspin {
namespace {

// Appends a[a_begin, a_end) -> b[b_begin, b_end) as one opcode, merged with
// the previous one when both are changes (DTL lists a change as separate
// deletions and additions).
void Append(std::vector<Opcode>& opcodes, bool equal, size_t a_begin, size_t a_end, size_t b_begin,
            size_t b_end) {
  if (!opcodes.empty()) {
    Opcode& last = opcodes.back();
    const bool last_equal = last.kind == Opcode::Kind::kEqual;
    if (last_equal == equal && last.a_end == a_begin && last.b_end == b_begin) {
      last.a_end = a_end;
      last.b_end = b_end;
      return;
    }
  }
  opcodes.push_back(
      {equal ? Opcode::Kind::kEqual : Opcode::Kind::kReplace, a_begin, a_end, b_begin, b_end});
}

// A change's kind from its sides.
void Classify(Opcode& op) {
  if (op.kind == Opcode::Kind::kEqual) return;
  op.kind = op.a_begin == op.a_end   ? Opcode::Kind::kInsert
            : op.b_begin == op.b_end ? Opcode::Kind::kDelete
                                     : Opcode::Kind::kReplace;
}

bool IsPure(const Opcode& op) {
  return op.kind == Opcode::Kind::kDelete || op.kind == Opcode::Kind::kInsert;
}

bool IsChange(const Opcode& op) { return op.kind != Opcode::Kind::kEqual; }

// The side of a pure change that holds its words, as [begin, end) and the
// sequence.
struct Side {
  const std::vector<std::string_view>* words;
  size_t Opcode::*begin;
  size_t Opcode::*end;
};

Side SideOf(const Opcode& op, const std::vector<std::string_view>& a,
            const std::vector<std::string_view>& b) {
  if (op.kind == Opcode::Kind::kDelete) return {&a, &Opcode::a_begin, &Opcode::a_end};
  return {&b, &Opcode::b_begin, &Opcode::b_end};
}

// ops[i] is a pure change, ops[i-1] equal and ops[i-2] a change: slides
// the change left across the equal words into ops[i-2] when the words
// repeat so that the script stays as short. "x [of] a lot [-of]" becomes
// "x [of a lot] of".
bool JoinLeft(std::vector<Opcode>& ops, size_t i, const std::vector<std::string_view>& a,
              const std::vector<std::string_view>& b) {
  const Side side = SideOf(ops[i], a, b);
  const std::vector<std::string_view>& words = *side.words;
  const size_t begin = ops[i].*side.begin, end = ops[i].*side.end;
  const size_t shift = ops[i - 1].a_end - ops[i - 1].a_begin;
  if (shift > begin) return false;
  for (size_t t = 0; t < shift; ++t) {
    if (words[begin - 1 - t] != words[end - 1 - t]) return false;
  }
  Opcode& before = ops[i - 2];
  before.*side.end += end - begin;
  Opcode& equal = ops[i - 1];
  equal.*side.begin = end - shift;
  equal.*side.end = end;
  ops.erase(ops.begin() + static_cast<std::ptrdiff_t>(i));
  if (i < ops.size() && !IsChange(ops[i])) {
    equal.a_end = ops[i].a_end;
    equal.b_end = ops[i].b_end;
    ops.erase(ops.begin() + static_cast<std::ptrdiff_t>(i));
  }
  Classify(before);
  return true;
}

// The mirror image: slides ops[i] right into the change ops[i+2].
bool JoinRight(std::vector<Opcode>& ops, size_t i, const std::vector<std::string_view>& a,
               const std::vector<std::string_view>& b) {
  const Side side = SideOf(ops[i], a, b);
  const std::vector<std::string_view>& words = *side.words;
  const size_t begin = ops[i].*side.begin, end = ops[i].*side.end;
  const size_t shift = ops[i + 1].a_end - ops[i + 1].a_begin;
  if (end + shift > words.size()) return false;
  for (size_t t = 0; t < shift; ++t) {
    if (words[begin + t] != words[end + t]) return false;
  }
  Opcode& after = ops[i + 2];
  after.*side.begin -= end - begin;
  Classify(after);
  Opcode& equal = ops[i + 1];
  equal.*side.begin = begin;
  equal.*side.end = begin + shift;
  ops.erase(ops.begin() + static_cast<std::ptrdiff_t>(i));
  if (i > 0 && !IsChange(ops[i - 1])) {
    ops[i - 1].a_end = ops[i].a_end;
    ops[i - 1].b_end = ops[i].b_end;
    ops.erase(ops.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return true;
}

// A shortest edit script can often place a pure insertion or deletion in
// several places when words repeat. Where one of those places joins it to
// a neighbouring change, take it: one hunk instead of two, as a reader (and
// difflib's longest-block matching) would see it.
void JoinChanges(std::vector<Opcode>& ops, const std::vector<std::string_view>& a,
                 const std::vector<std::string_view>& b) {
  size_t i = 0;
  while (i < ops.size()) {
    const bool joined =
        IsPure(ops[i]) && ((i >= 2 && IsChange(ops[i - 2]) && JoinLeft(ops, i, a, b)) ||
                           (i + 2 < ops.size() && IsChange(ops[i + 2]) && JoinRight(ops, i, a, b)));
    // Each join removes an opcode, so this ends; a grown change may join
    // again.
    i = joined ? (i >= 3 ? i - 3 : 0) : i + 1;
  }
}

}  // namespace

std::vector<Opcode> AlignWords(const std::vector<std::string_view>& a,
                               const std::vector<std::string_view>& b) {
  dtl::Diff<std::string_view, std::vector<std::string_view>> diff(a, b);
  diff.compose();
  std::vector<Opcode> opcodes;
  // DTL's positions are 1-based; a deletion carries only its position in
  // `a`, an addition only its position in `b`, so the other side is tracked
  // here.
  size_t i = 0, j = 0;
  for (const auto& [element, info] : diff.getSes().getSequence()) {
    switch (info.type) {
      case dtl::SES_COMMON:
        Append(opcodes, true, i, i + 1, j, j + 1);
        ++i, ++j;
        break;
      case dtl::SES_DELETE:
        Append(opcodes, false, i, i + 1, j, j);
        ++i;
        break;
      case dtl::SES_ADD:
        Append(opcodes, false, i, i, j, j + 1);
        ++j;
        break;
    }
  }
  for (Opcode& opcode : opcodes) Classify(opcode);
  JoinChanges(opcodes, a, b);
  return opcodes;
}

size_t MapBoundary(const std::vector<Opcode>& opcodes, size_t position, size_t b_size) {
  for (const Opcode& opcode : opcodes) {
    if (position < opcode.a_begin || position > opcode.a_end) continue;
    if (opcode.kind == Opcode::Kind::kEqual) return opcode.b_begin + (position - opcode.a_begin);
    return position == opcode.a_begin ? opcode.b_begin : opcode.b_end;
  }
  return b_size;
}

}  // namespace unspin
