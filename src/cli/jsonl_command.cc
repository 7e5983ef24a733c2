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
#include "api/jsonl_record.h"
#include "cli/defaults.h"
#include "cli/input.h"
#include "cli/line_reader.h"
#include "cli/output.h"
#include "cli/output_file.h"
#include "cli/progress.h"

namespace unspin {
namespace {

// Lines are processed in batches (at most two read at a time); with --pool
// in batches of --pool-batch lines.
constexpr size_t kBatchLines = 512;
constexpr size_t kBatchBytes = 32u << 20;

struct Record {
  std::string line;      // a line over --max-doc-bytes: its first bytes only
  bool too_long = false;
  size_t number = 0;  // 1-based line number in its input
};

JsonlOutput Process(const Restorer& restorer, const Record& record,
                    const JsonlRecordOptions& options, size_t max_doc_bytes) {
  if (record.too_long) {
    return TooLongJsonlRecord(record.line, record.number,
                              "document exceeds --max-doc-bytes (" +
                                  std::to_string(max_doc_bytes) + " bytes)",
                              options.report_key);
  }
  return ProcessJsonlRecord(restorer, record.line, record.number, options);
}

class JsonlFilter {
 public:
  JsonlFilter(const Restorer& restorer, const JsonlOptions& options)
      : restorer_(restorer),
        options_(options),
        record_options_{options.field, options.report_key, options.common.html,
                        options.common.html_attributes, options.explain},
        threads_(options.threads ? options.threads
                                 : std::max(1u, std::thread::hardware_concurrency())),
        batch_lines_(options.pool ? options.pool_batch : kBatchLines),
        progress_(options.progress, "record", "records") {
    if (options.pool) record_options_.pool = &pool_;
  }

  // Filters one input; returns false (with `error`) on a read or write error.
  bool Run(std::FILE* in, const std::string& name, std::string& error) {
    LineReader reader(in, options_.common.max_doc_bytes, kTooLongPrefixBytes);
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
      // --pool: no worker runs now, so the pool can grow; the next batch
      // reads it as it stands after every earlier record, in input order.
      if (options_.pool) MergeContributions(*running);
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
    if (!options_.inputs.quiet) {
      std::fprintf(stderr, "unspin: %zu records, %zu with errors\n", records_, errors_);
    }
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
    while (batch.size() < batch_lines_ && bytes < kBatchBytes &&
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
        batch.outputs[i] = Process(restorer_, batch.records[i], record_options_,
                                    options_.common.max_doc_bytes);
      }
    };
    if (threads_ <= 1) {
      work();
      return;
    }
    const size_t count = std::min<size_t>(threads_, batch.records.size());
    for (size_t t = 0; t < count; ++t) batch.workers.emplace_back(work);
  }

  void MergeContributions(Batch& batch) {
    for (JsonlOutput& output : batch.outputs) {
      pool_.Merge(output.pool_contribution);
      output.pool_contribution = CollectionEvidence();
    }
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
  JsonlRecordOptions record_options_;
  unsigned threads_;
  size_t batch_lines_;
  // --pool: the evidence of every record in the batches written so far;
  // read by the workers, merged only between batches.
  CollectionEvidence pool_;
  Progress progress_;
  size_t records_ = 0;
  size_t errors_ = 0;
};

}  // namespace

int RunJsonl(const JsonlOptions& options) {
  // The report would replace the field: refuse before any work.
  if (SplitAndTrim(options.field, ".").front() == options.report_key) {
    return ReportError("--field '" + options.field + "' is under the report's key '" +
                       options.report_key + "': name another with --report-key");
  }
  StatusOr<std::unique_ptr<Restorer>> restorer = CreateRestorer(options.common);
  if (!restorer.ok()) return ReportError(restorer.status().message());
  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  std::unique_ptr<StdoutToFile> output;
  if (!options.inputs.output.empty()) {
    StatusOr<std::unique_ptr<StdoutToFile>> redirected =
        StdoutToFile::Redirect(options.inputs.output, files);
    if (!redirected.ok()) return ReportError(redirected.status().message());
    output = std::move(redirected.value());
  }
  JsonlFilter filter(*restorer.value(), options);
  for (const std::string& file : files) {
    StatusOr<InputFile> input = OpenInput(file);
    if (!input.ok()) return ReportError(input.status().message());
    if (file == "-" && !options.inputs.stdin_filename.empty()) {
      input->name = options.inputs.stdin_filename;
    }
    std::string error;
    if (!filter.Run(input->stream, input->name, error)) return ReportError(error);
  }
  if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  if (output) {
    if (Status committed = output->Commit(); !committed.ok()) {
      return ReportError(committed.message());
    }
  }
  filter.Finish();
  return 0;
}

}  // namespace unspin
