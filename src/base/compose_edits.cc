#include "base/compose_edits.h"

#include <algorithm>
#include <string>

namespace unspin {

std::vector<Edit> ComposeEdits(std::string_view original, const std::vector<Edit>& first,
                               std::string_view middle, const std::vector<Edit>& second) {
  // Where each first edit's replacement lies in `middle`.
  std::vector<ByteSpan> placed;
  placed.reserve(first.size());
  long long shift = 0;  // middle offset - original offset, after the edits so far
  for (const Edit& edit : first) {
    const size_t begin = static_cast<size_t>(static_cast<long long>(edit.span.begin) + shift);
    placed.push_back({begin, begin + edit.replacement.size()});
    shift += static_cast<long long>(edit.replacement.size()) -
             static_cast<long long>(edit.span.size());
  }
  auto growth = [&](size_t i) {  // what first edit i added to the length
    return static_cast<long long>(placed[i].size()) - static_cast<long long>(first[i].span.size());
  };
  std::vector<Edit> composed;
  size_t f = 0;  // next first edit
  shift = 0;     // what the first edits before f added
  for (size_t s = 0; s < second.size();) {
    // First edits wholly before the next second edit stay as they are.
    while (f < first.size() && placed[f].end <= second[s].span.begin) {
      composed.push_back(first[f]);
      shift += growth(f++);
    }
    // A group: second edits and the first edits they overlap, grown until
    // nothing else overlaps it; [begin, end) in `middle`. Both lists are in
    // order, so what overlaps the group is always next in its list.
    size_t begin = second[s].span.begin, end = second[s].span.end;
    const size_t group_first = f, group_second = s++;
    while (true) {
      if (f < first.size() && placed[f].begin < end) {
        begin = std::min(begin, placed[f].begin);
        end = std::max(end, placed[f].end);
        ++f;
      } else if (s < second.size() && second[s].span.begin < end) {
        end = std::max(end, second[s].span.end);
        ++s;
      } else {
        break;
      }
    }
    const size_t first_in_group = f - group_first;
    long long group_shift = 0;  // what the group's first edits added
    for (size_t i = group_first; i < f; ++i) group_shift += growth(i);
    const Edit& describing = second[s - 1];
    Edit edit = describing;
    edit.span.begin = static_cast<size_t>(static_cast<long long>(begin) - shift);
    edit.span.end = static_cast<size_t>(static_cast<long long>(end) - shift - group_shift);
    edit.original = std::string(original.substr(edit.span.begin, edit.span.size()));
    edit.replacement.clear();
    size_t at = begin;
    for (size_t i = group_second; i < s; ++i) {
      edit.replacement.append(middle.substr(at, second[i].span.begin - at));
      edit.replacement += second[i].replacement;
      at = second[i].span.end;
    }
    edit.replacement.append(middle.substr(at, end - at));
    // Alternatives were offered for the second edit's span alone.
    if (first_in_group > 0 && (describing.span.begin != begin || describing.span.end != end)) {
      edit.alternatives.clear();
    }
    composed.push_back(std::move(edit));
    shift += group_shift;
  }
  for (; f < first.size(); ++f) composed.push_back(first[f]);
  return composed;
}

}  // namespace unspin
