#include "markdown/markdown_restorer.h"

#include "pipeline/mapped_restoration.h"

namespace unspin {

StatusOr<MarkdownRestoration> RestoreMarkdown(const Restorer& restorer,
                                              std::string_view document,
                                              const CollectionEvidence* pool) {
  StatusOr<MarkdownText> text = ExtractMarkdownText(document);
  if (!text.ok()) return text.status();
  MarkdownRestoration result;
  result.text = std::move(text.value());
  result.of_text = restorer.Restore(result.text.text, pool);
  result.document = MapRestoration(result.of_text, document, [&](ByteSpan span) {
    return result.text.ToDocument(span);
  });
  return result;
}

}  // namespace unspin
