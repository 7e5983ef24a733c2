// `unspin --jsonl`: the pipeline filter. One JSON object per input line, one
// output line per input line, in order; errors travel inside the records.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/jsonl_record.h"
#include "cli/defaults.h"
#include "cli/document.h"
#include "cli/input.h"
#include "cli/line_reader.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "render/json_report.h"

namespace unspin {
namespace {

using json = nlohmann::ordered_json;

// Lines are processed in batches (at most two read at a time).
constexpr size_t kBatchLines = 512;
constexpr size_t kBatchBytes = 32u << 20;
// Deepest JSON nesting accepted in a record.
constexpr int kMaxJsonDepth = 1000;

struct Record {
  std::string line;
  bool too_long = false;
  size_t number = 0;  // 1-based line number in its input
};

json ErrorObject(const std::string& message) { return {{"error", message}}; }

JsonlOutput ErrorLine(const Record& record, const std::string& message) {
  json out = {{"unspin", ErrorObject("line " + std::to_string(record.number) + ": " + message)}};
  if (!record.too_long) out["unspin"]["input"] = record.line;
  return {DumpJson(out), true};
}

// The string at `path` in `object`, or an error message.
json* FindField(json& object, const std::vector<std::string>& path, std::string& error) {
  json* node = &object;
  for (const std::string& key : path) {
    if (!node->is_object() || !node->contains(key)) {
      error = "no field '" + key + "'";
      return nullptr;
    }
    node = &(*node)[key];
  }
  if (!node->is_string()) {
    error = "field is not a string (it is " + std::string(node->type_name()) + ")";
    return nullptr;
  }
  return node;
}

JsonlOutput Process(const Restorer& restorer, const Record& record,
                    const std::vector<std::string>& path, const JsonlOptions& options) {
  const std::string& field = options.field;
  const size_t max_doc_bytes = options.common.max_doc_bytes;
  if (record.too_long) {
    return ErrorLine(record, "document exceeds --max-doc-bytes (" + std::to_string(max_doc_bytes) +
                                 " bytes)");
  }
  std::string_view text = record.line;
  if (text.ends_with('\r')) text.remove_suffix(1);
  // The parser is iterative, but writing JSON back out recurses once per
  // level: refuse absurd nesting instead of overflowing the stack.
  int depth = 0;
  const json::parser_callback_t track_depth = [&depth](int level, json::parse_event_t,
                                                       json&) {
    depth = std::max(depth, level);
    return true;
  };
  json object = json::parse(text, track_depth, /*allow_exceptions=*/false);
  if (object.is_discarded()) return ErrorLine(record, "malformed JSON (or invalid UTF-8)");
  if (depth > kMaxJsonDepth) {
    return ErrorLine(record, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                 " levels");
  }
  if (!object.is_object()) return ErrorLine(record, "not a JSON object");
  std::string error;
  json* target = FindField(object, path, error);
  if (target == nullptr) {
    object["unspin"] = ErrorObject("line " + std::to_string(record.number) + ": '" + field +
                                   "': " + error);
    return {DumpJson(object), true};
  }
  const std::string input = target->get<std::string>();
  // With --html the field holds a page; file-name detection does not apply.
  const Restoration restoration =
      RestoreDocument(restorer, input, options.common.html,
                      options.common.html_attributes)
          .restoration;
  *target = restoration.text;
  // The report is written as text, not as a tree (see RestorationJson), and
  // goes last, as "unspin".
  object.erase("unspin");
  std::string line = DumpJson(object);
  line.pop_back();  // the object's closing brace
  if (line.size() > 1) line += ',';
  line += "\"unspin\":" + RestorationJson(restorer.rules(), input, restoration, "") + "}";
  return {std::move(line), false};
}

class JsonlFilter {
 public:
  JsonlFilter(const Restorer& restorer, const JsonlOptions& options)
      : restorer_(restorer),
        options_(options),
        path_(SplitAndTrim(options.field, ".")),
        threads_(options.threads ? options.threads
                                 : std::max(1u, std::thread::hardware_concurrency())),
        progress_(options.progress) {}

  // Filters one input; returns false (with `error`) on a read or write error.
  bool Run(std::FILE* in, const std::string& name, std::string& error) {
    LineReader reader(in, options_.common.max_doc_bytes);
    size_t number = 0;
    std::unique_ptr<Batch> running = std::make_unique<Batch>();
    if (!Read(reader, name, number, running->records, error)) return false;
    Start(*running);
    while (!running->records.empty()) {
      // With worker threads, this thread reads the next batch while they
      // restore this one, and writes this one's output while they restore
      // the next: reading and writing are then off the critical path, as
      // they must be for the threads to scale.
      std::unique_ptr<Batch> following = std::make_unique<Batch>();
      if (!Read(reader, name, number, following->records, error)) {
        Join(*running);
        return false;
      }
      Join(*running);
      Start(*following);
      if (!Write(*running, error)) {
        Join(*following);
        return false;
      }
      running = std::move(following);
    }
    return true;
  }

  void Finish() {
    progress_.Finish();
    std::fprintf(stderr, "unspin: %zu records, %zu with errors\n", records_, errors_);
  }

 private:
  // Records restored together: bounded memory, parallel work, output in
  // input order.
  struct Batch {
    std::vector<Record> records;
    std::vector<JsonlOutput> outputs;
    std::atomic<size_t> next{0};
    std::vector<std::thread> workers;
  };

  bool Read(LineReader& reader, const std::string& name, size_t& number,
            std::vector<Record>& batch, std::string& error) {
    size_t bytes = 0;
    Record record;
    while (batch.size() < kBatchLines && bytes < kBatchBytes &&
           reader.Next(record.line, record.too_long)) {
      record.number = ++number;
      bytes += record.line.size();
      batch.push_back(std::move(record));
      record = Record();
    }
    if (reader.read_error()) {
      error = "cannot read '" + name + "': " + std::strerror(errno);
      return false;
    }
    return true;
  }

  // Restores the batch on threads_ worker threads, or right here with one
  // thread (then reading, restoring and writing take turns, as a single
  // thread must).
  void Start(Batch& batch) {
    batch.outputs.resize(batch.records.size());
    auto work = [this, &batch] {
      for (size_t i = batch.next++; i < batch.records.size(); i = batch.next++) {
        batch.outputs[i] = Process(restorer_, batch.records[i], path_, options_);
      }
    };
    if (threads_ <= 1) {
      work();
      return;
    }
    const size_t count = std::min<size_t>(threads_, batch.records.size());
    for (size_t t = 0; t < count; ++t) batch.workers.emplace_back(work);
  }

  void Join(Batch& batch) {
    for (std::thread& worker : batch.workers) worker.join();
    batch.workers.clear();
  }

  bool Write(const Batch& batch, std::string& error) {
    for (size_t i = 0; i < batch.outputs.size(); ++i) {
      errors_ += batch.outputs[i].error;
      Status written = WriteAll(stdout, batch.outputs[i].line);
      if (written.ok()) written = WriteAll(stdout, "\n");
      if (!written.ok()) {
        error = written.message();
        return false;
      }
      progress_.Add(batch.records[i].line.size());
    }
    records_ += batch.records.size();
    return true;
  }

  const Restorer& restorer_;
  const JsonlOptions& options_;
  std::vector<std::string> path_;
  unsigned threads_;
  Progress progress_;
  size_t records_ = 0;
  size_t errors_ = 0;
};

}  // namespace

JsonlOutput ProcessJsonlRecord(const Restorer& restorer, std::string_view line,
                               size_t line_number, const std::string& field) {
  Record record;
  record.line = std::string(line);
  record.number = line_number;
  JsonlOptions options;
  options.field = field;
  options.common.max_doc_bytes = SIZE_MAX;
  return Process(restorer, record, SplitAndTrim(field, "."), options);
}

int RunJsonl(const JsonlOptions& options) {
  StatusOr<std::unique_ptr<Restorer>> restorer = CreateRestorer(options.common);
  if (!restorer.ok()) return ReportError(restorer.status().message());
  JsonlFilter filter(*restorer.value(), options);
  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  for (const std::string& file : files) {
    StatusOr<InputFile> input = OpenInput(file);
    if (!input.ok()) return ReportError(input.status().message());
    std::string error;
    if (!filter.Run(input->stream, input->name, error)) return ReportError(error);
  }
  if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  filter.Finish();
  return 0;
}

}  // namespace unspin
