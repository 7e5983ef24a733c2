// unspin::api::Restorer and Result (include/unspin/unspin.h): the pipeline's
// Restorer, created through the shared defaults, and its restorations turned
// into the public plain values.
#include <algorithm>

#include "api/defaults.h"
#include "api/document.h"
#include "api/edit_views.h"
#include "api/jsonl_record.h"
#include "base/strings.h"
#include "render/json_report.h"
#include "unspin/unspin.h"

namespace unspin::api {

struct Restorer::Impl {
  Options options;
  std::shared_ptr<const unspin::Restorer> pipeline;
};

// What Result::ToJson needs beyond the public values: the input, the
// pipeline's restoration of it, and the rules its edits point into.
struct Result::Report {
  std::shared_ptr<const unspin::Restorer> pipeline;
  std::string input;
  Restoration restoration;
};

std::string Result::ToJson(std::string_view file) const {
  if (report_ == nullptr) return "";
  return RestorationJson(report_->pipeline->rules(), report_->input, report_->restoration,
                         std::string(file));
}

std::string_view Result::original() const {
  return report_ == nullptr ? std::string_view() : std::string_view(report_->input);
}

Expected<Restorer> Restorer::Create(const Options& options) {
  StatusOr<RestorerOptions> pipeline_options = MakeRestorerOptions(options);
  if (!pipeline_options.ok()) {
    return Expected<Restorer>::Error(pipeline_options.status().message());
  }
  StatusOr<std::unique_ptr<unspin::Restorer>> pipeline =
      unspin::Restorer::Create(pipeline_options.value());
  if (!pipeline.ok()) return Expected<Restorer>::Error(pipeline.status().message());
  auto impl = std::make_shared<Impl>();
  impl->options = options;
  impl->pipeline = std::move(pipeline.value());
  return Restorer(std::move(impl));
}

Expected<Result> Restorer::Restore(std::string_view text, Format format) const {
  if (text.size() > impl_->options.max_doc_bytes) {
    return Expected<Result>::Error(
        "the document is " + std::to_string(text.size()) + " bytes, larger than max_doc_bytes (" +
        std::to_string(impl_->options.max_doc_bytes) + " bytes)");
  }
  const DocumentFormat document_format = format == Format::kHtml       ? DocumentFormat::kHtml
                                         : format == Format::kMarkdown ? DocumentFormat::kMarkdown
                                                                       : DocumentFormat::kText;
  StatusOr<DocumentRestoration> document = RestoreDocument(
      *impl_->pipeline, text, document_format, impl_->options.html_attributes);
  if (!document.ok()) return Expected<Result>::Error(document.status().message());
  Restoration& restoration = document->restoration;
  const RuleSet& rules = impl_->pipeline->rules();
  Result result;
  result.edits = EditViews(rules, text, restoration.edits);
  result.spelling = SpellingViews(text, restoration.spelling);
  result.spin_probability = restoration.spin_probability;
  result.spin_score = restoration.spin_score;
  result.warnings = RestorationWarnings(restoration);
  result.text = std::move(restoration.text);
  // Only the report's "explain" reads the decisions; they can outweigh the
  // edits.
  restoration.decisions.clear();
  restoration.decisions.shrink_to_fit();
  auto report = std::make_shared<Result::Report>();
  report->pipeline = impl_->pipeline;
  report->input = std::string(text);
  report->restoration = std::move(restoration);
  result.report_ = std::move(report);
  return result;
}

Expected<JsonlLine> Restorer::RestoreJsonl(std::string_view line, size_t line_number,
                                           const JsonlOptions& options) const {
  if (SplitAndTrim(options.field, ".").front() == options.report_key) {
    return Expected<JsonlLine>::Error("field '" + options.field + "' is under the report's key '" +
                                      options.report_key +
                                      "': name another field or report key");
  }
  if (line.ends_with('\n')) line.remove_suffix(1);  // as a line reader hands it over
  const size_t max_doc_bytes = impl_->options.max_doc_bytes;
  if (line.size() > max_doc_bytes) {
    // As `unspin --jsonl` reports a line over --max-doc-bytes, from the
    // prefix its line reader keeps of such a line.
    const size_t kept = std::min(kTooLongPrefixBytes, max_doc_bytes);
    const JsonlOutput output = TooLongJsonlRecord(
        line.substr(0, kept), line_number,
        "document exceeds max_doc_bytes (" + std::to_string(max_doc_bytes) + " bytes)",
        options.report_key);
    return JsonlLine{output.line, output.error};
  }
  JsonlRecordOptions record;
  record.field = options.field;
  record.report_key = options.report_key;
  record.html = options.html;
  record.html_attributes = impl_->options.html_attributes;
  record.explain = options.explain;
  JsonlOutput output = ProcessJsonlRecord(*impl_->pipeline, line, line_number, record);
  return JsonlLine{std::move(output.line), output.error};
}

const Options& Restorer::options() const { return impl_->options; }

size_t Restorer::rule_count() const {
  // Rules as written: a rule's reading outside its context (outside-context:)
  // is part of it, and the engine's own rules (inside-word, thesaurus) are
  // none of the files'.
  const std::vector<Rule>& rules = impl_->pipeline->rules().rules();
  return static_cast<size_t>(std::count_if(rules.begin(), rules.end(), [](const Rule& rule) {
    return !rule.is_outside_context_reading() && !rule.built_in;
  }));
}

const std::vector<std::string>& Restorer::rule_problems() const {
  return impl_->pipeline->rule_problems();
}

const std::vector<std::string>& Restorer::warnings() const {
  return impl_->pipeline->rule_filter_warnings();
}

}  // namespace unspin::api
