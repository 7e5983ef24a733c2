#include "api/jsonl_record.h"

#include <optional>

#include "base/strings.h"
#include "api/document.h"
#include "api/json_layout.h"
#include "render/json_report.h"

namespace unspin {
namespace {

using json = nlohmann::ordered_json;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string Quoted(const std::string& text) { return DumpJson(json(text)); }

// The whole line, quoted, under the report key: nothing of it is lost.
JsonlOutput ErrorLine(std::string_view line, const std::string& message,
                      const std::string& report_key) {
  json report = {{"error", message}, {"input", std::string(line)}};
  return {"{" + Quoted(report_key) + ":" + DumpJson(report) + "}", true};
}

// `line` with `report` added as its last member, under the report key.
std::string WithReport(std::string_view line, const JsonLayout& layout,
                       const std::string& report_key, const std::string& report) {
  // After the last member, so that spacing before the brace stays after it.
  const size_t at =
      layout.complete_members.empty() ? layout.close_brace : layout.complete_members.back().end;
  std::string out(line.substr(0, at));
  if (layout.members > 0) out += ',';
  out += Quoted(report_key) + ":" + report;
  out += line.substr(at);
  return out;
}

std::string ErrorReport(const std::string& message) { return DumpJson(json{{"error", message}}); }

}  // namespace

JsonlOutput ProcessJsonlRecord(const Restorer& restorer, std::string_view line,
                               size_t line_number, const JsonlRecordOptions& options) {
  // One output line per input line: a blank one stays blank.
  if (IsBlank(line)) return {std::string(line), false};
  const std::string where = "line " + std::to_string(line_number);
  JsonLayoutOptions scan;
  scan.field = SplitAndTrim(options.field, ".");
  scan.report_key = options.report_key;
  const JsonLayout layout = ScanJsonObject(line, scan);
  if (!layout.error.empty()) {
    const std::string column =
        layout.error_column > 0 ? ", column " + std::to_string(layout.error_column) : "";
    return ErrorLine(line, where + column + ": " + layout.error, options.report_key);
  }
  if (!layout.is_object) return ErrorLine(line, where + ": not a JSON object", options.report_key);
  if (layout.has_report_key) {
    return ErrorLine(line,
                     where + ": the record already has a key '" + options.report_key +
                         "' (name the report's key with --report-key)",
                     options.report_key);
  }
  const std::string field_error = where + ": '" + options.field + "': ";
  if (!layout.field_found) {
    return {WithReport(line, layout, options.report_key,
                       ErrorReport(field_error + "no field '" + layout.missing_key + "'")),
            true};
  }
  if (layout.field_type != "string") {
    return {WithReport(line, layout, options.report_key,
                       ErrorReport(field_error + "field is not a string (it is " +
                                   layout.field_type + ")")),
            true};
  }
  const std::string& input = layout.field_text;
  // With --html the field holds a page; file-name detection does not apply.
  StatusOr<DocumentRestoration> restored =
      RestoreDocument(restorer, input, options.html, options.html_attributes, options.pool);
  if (!restored.ok()) {
    return {WithReport(line, layout, options.report_key,
                       ErrorReport(field_error + restored.status().message())),
            true};
  }
  Restoration& restoration = restored->restoration;
  // The line is built in place, the report written straight into it with
  // room reserved for it: a densely spun record's report (some 550 bytes an
  // edit) is then neither copied nor grown by doubling, which held it two
  // or three times over at the peak.
  std::optional<std::string> value;  // unset: the value keeps its bytes (escapes and all)
  if (restoration.text != input) value = Quoted(restoration.text);
  CollectionEvidence pool_contribution = std::move(restoration.pool_contribution);
  // What the report does not read goes now (the restored text is in
  // `value`; decisions only explain reads).
  std::string().swap(restoration.text);
  if (!options.explain) std::vector<Decision>().swap(restoration.decisions);
  // The report goes after the last member, which holds the field (or is after it).
  const ByteSpan field = layout.field_value;
  const size_t at = layout.complete_members.back().end;
  const std::string key = Quoted(options.report_key);
  std::string out;
  out.reserve(line.size() + (value ? value->size() : 0) + key.size() + 2 +
              (options.explain ? 0 : EstimatedRestorationJsonBytes(restorer.rules(), restoration)));
  out += line.substr(0, field.begin);
  out += value ? std::string_view(*value) : line.substr(field.begin, field.size());
  value.reset();
  out += line.substr(field.end, at - field.end);
  out += ',';
  out += key;
  out += ':';
  AppendRestorationJson(restorer.rules(), input, restoration, "",
                        options.explain ? &restorer : nullptr, out);
  out += line.substr(at);
  return {std::move(out), false, std::move(pool_contribution)};
}

JsonlOutput TooLongJsonlRecord(std::string_view prefix, size_t line_number,
                               const std::string& message, const std::string& report_key) {
  JsonLayoutOptions scan;
  scan.report_key = report_key;
  const JsonLayout layout = ScanJsonObject(prefix, scan);
  std::string out = "{";
  if (layout.is_object && !layout.has_report_key) {
    for (const ByteSpan& member : layout.complete_members) {
      out += prefix.substr(member.begin, member.size());
      out += ',';
    }
  }
  out += Quoted(report_key) + ":" +
         ErrorReport("line " + std::to_string(line_number) + ": " + message) + "}";
  return {std::move(out), true};
}

}  // namespace unspin
