#include "cli/jsonl_record.h"

#include "base/strings.h"
#include "cli/document.h"
#include "cli/json_layout.h"
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
      RestoreDocument(restorer, input, options.html, options.html_attributes);
  if (!restored.ok()) {
    return {WithReport(line, layout, options.report_key,
                       ErrorReport(field_error + restored.status().message())),
            true};
  }
  const Restoration& restoration = restored->restoration;
  // An unchanged value keeps its bytes (escapes and all).
  std::string value = restoration.text == input
                          ? std::string(line.substr(layout.field_value.begin,
                                                    layout.field_value.size()))
                          : Quoted(restoration.text);
  std::string spliced(line.substr(0, layout.field_value.begin));
  spliced += value;
  spliced += line.substr(layout.field_value.end);
  // The layout's offsets after the value move by the change in its length.
  JsonLayout moved = layout;
  const auto shift = [&](size_t offset) {
    return offset >= layout.field_value.end ? offset + value.size() - layout.field_value.size()
                                            : offset;
  };
  moved.close_brace = shift(layout.close_brace);
  for (ByteSpan& member : moved.complete_members) member.end = shift(member.end);
  return {WithReport(spliced, moved, options.report_key,
                     RestorationJson(restorer.rules(), input, restoration, "")),
          false};
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
