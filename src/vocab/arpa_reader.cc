#include "vocab/arpa_reader.h"

#include <charconv>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/mapped_file.h"
#include "base/strings.h"
#include "vocab/ngram_hash.h"

namespace unspin {
namespace {

// The whitespace-separated fields of `line`.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > begin) fields.push_back(line.substr(begin, i - begin));
  }
  return fields;
}

bool ParseFloat(std::string_view text, float& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

class ArpaParser {
 public:
  explicit ArpaParser(const std::string& name) : name_(name) {}

  StatusOr<BackoffModelSource> Parse(std::string_view text) {
    size_t pos = 0;
    while (pos <= text.size() && status_.ok()) {
      size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      ++line_number_;
      Line(Trim(text.substr(pos, end - pos)));
      pos = end + 1;
    }
    if (!status_.ok()) return status_;
    if (state_ != State::kEnd) return Error("no \\end\\ line: the file is truncated");
    return std::move(source_);
  }

 private:
  enum class State { kPreamble, kData, kSection, kEnd };

  Status Error(const std::string& message) const {
    return Status::Error(name_ + ":" + std::to_string(line_number_) + ": " + message);
  }
  void Fail(const std::string& message) {
    if (status_.ok()) status_ = Error(message);
  }

  void Line(std::string_view line) {
    if (state_ == State::kEnd) return;  // whatever follows \end\ is not the model's
    if (line == "\\data\\") {
      if (state_ != State::kPreamble) return Fail("a second \\data\\ section");
      state_ = State::kData;
      return;
    }
    if (state_ == State::kPreamble || line.empty()) return;
    if (line == "\\end\\") return FinishSection(State::kEnd);
    if (line.starts_with('\\')) return SectionHeader(line);
    if (state_ == State::kData) return CountLine(line);
    NgramLine(line);
  }

  void CountLine(std::string_view line) {
    // "ngram N=COUNT"
    const size_t equals = line.find('=');
    int order = 0;
    uint64_t count = 0;
    if (!line.starts_with("ngram ") || equals == std::string_view::npos ||
        std::from_chars(line.data() + 6, line.data() + equals, order).ec != std::errc() ||
        std::from_chars(line.data() + equals + 1, line.data() + line.size(), count).ec !=
            std::errc()) {
      return Fail("expected 'ngram N=COUNT' in \\data\\, found '" + std::string(line) + "'");
    }
    if (order < 1) return Fail("n-gram order " + std::to_string(order) + " is not valid");
    if (order > kMaxBackoffOrder) {
      return Fail("this model has " + std::to_string(order) +
                  "-grams; unspin reads models up to trigrams");
    }
    if (order != static_cast<int>(declared_.size()) + 1) {
      return Fail("'ngram " + std::to_string(order) + "=' out of order");
    }
    declared_.push_back(count);
  }

  void SectionHeader(std::string_view line) {
    // "\N-grams:"
    int order = 0;
    const auto [end, error] = std::from_chars(line.data() + 1, line.data() + line.size(), order);
    if (error != std::errc() || std::string_view(end, line.data() + line.size()) != "-grams:") {
      return Fail("unknown section '" + std::string(line) + "'");
    }
    if (order != order_ + 1 || order > static_cast<int>(declared_.size())) {
      return Fail("section '" + std::string(line) + "' is out of order or not declared in \\data\\");
    }
    FinishSection(State::kSection);
    order_ = order;
  }

  void FinishSection(State next) {
    if (order_ > 0 && source_.ngrams[order_ - 1].size() != declared_[order_ - 1]) {
      Fail("\\data\\ declares " + std::to_string(declared_[order_ - 1]) + " " +
           std::to_string(order_) + "-grams, the section has " +
           std::to_string(source_.ngrams[order_ - 1].size()));
    }
    if (next == State::kEnd && status_.ok() && order_ < static_cast<int>(declared_.size())) {
      Fail("\\end\\ before the " + std::to_string(order_ + 1) + "-grams section");
    }
    state_ = next;
  }

  void NgramLine(std::string_view line) {
    const std::vector<std::string_view> fields = Fields(line);
    const size_t order = static_cast<size_t>(order_);
    if (fields.size() != order + 1 && fields.size() != order + 2) {
      return Fail("expected a log10 probability, " + std::to_string(order) +
                  " words and an optional backoff weight");
    }
    BackoffNgram ngram;
    if (!ParseFloat(fields[0], ngram.log_prob)) {
      return Fail("'" + std::string(fields[0]) + "' is not a log10 probability");
    }
    if (fields.size() == order + 2 && !ParseFloat(fields.back(), ngram.log_backoff)) {
      return Fail("'" + std::string(fields.back()) + "' is not a log10 backoff weight");
    }
    for (size_t i = 0; i < order; ++i) {
      const std::string_view word = fields[i + 1];
      if (order == 1) {
        if (!ids_.emplace(std::string(word), source_.words.size()).second) {
          return Fail("the word '" + std::string(word) + "' is listed twice");
        }
        ngram.words[0] = static_cast<uint32_t>(source_.words.size());
        source_.words.emplace_back(word);
        continue;
      }
      const auto found = ids_.find(std::string(word));
      if (found == ids_.end()) {
        return Fail("'" + std::string(word) + "' is not among the 1-grams");
      }
      ngram.words[i] = found->second;
    }
    if (order > 1 && !seen_[order - 1].insert(HashNgram({fields.data() + 1, order})).second) {
      return Fail("this " + std::to_string(order) + "-gram is listed twice");
    }
    source_.ngrams[order - 1].push_back(ngram);
  }

  const std::string& name_;
  Status status_;
  State state_ = State::kPreamble;
  size_t line_number_ = 0;
  int order_ = 0;  // of the section being read
  std::vector<uint64_t> declared_;
  BackoffModelSource source_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::array<std::unordered_set<uint64_t>, kMaxBackoffOrder> seen_;
};

}  // namespace

StatusOr<BackoffModelSource> ParseArpa(std::string_view text, const std::string& name) {
  return ArpaParser(name).Parse(text);
}

StatusOr<BackoffModelSource> ReadArpaFile(const std::string& path) {
  StatusOr<MappedFile> file = MappedFile::Open(path, "ARPA language model");
  if (!file.ok()) return file.status();
  return ParseArpa(file->view(), path);
}

}  // namespace unspin
