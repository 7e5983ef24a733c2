#include "pipeline/mapped_restoration.h"

#include "base/apply_edits.h"
#include "decode/utf8.h"

namespace unspin {

Restoration MapRestoration(const Restoration& of_text, std::string_view document,
                           const TextToDocument& to_document) {
  Restoration out;
  out.spin_score = of_text.spin_score;
  out.spin_probability = of_text.spin_probability;
  out.evidence = of_text.evidence;
  out.pool_contribution = of_text.pool_contribution;
  out.decisions = of_text.decisions;
  out.proposed_variants = of_text.proposed_variants;
  out.first_invalid_byte = FindInvalidUtf8(document);
  for (const Edit& edit : of_text.edits) {
    const std::optional<ByteSpan> span = to_document(edit.span);
    if (!span) continue;
    Edit moved = edit;
    moved.span = *span;
    out.edits.push_back(std::move(moved));
  }
  for (const SpellFinding& finding : of_text.spelling) {
    const std::optional<ByteSpan> span = to_document(finding.span);
    if (!span) continue;
    SpellFinding moved = finding;
    moved.span = *span;
    out.spelling.push_back(std::move(moved));
  }
  out.text = ApplyEdits(document, out.edits);
  return out;
}

}  // namespace unspin
