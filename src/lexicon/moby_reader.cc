#include "lexicon/moby_reader.h"

#include <algorithm>

namespace unspin {
namespace {

constexpr uint32_t kEnd = 0xFFFF;

// Reads big-endian u16s from `bytes` starting at `at`.
class Reader {
 public:
  Reader(std::string_view bytes, const std::string& name) : bytes_(bytes), name_(name) {}
  bool done() const { return at_ >= bytes_.size(); }
  size_t at() const { return at_; }
  StatusOr<uint32_t> U16() {
    if (at_ + 2 > bytes_.size()) return Error("record ends before its 0xFFFF terminator");
    const uint32_t value =
        (static_cast<uint8_t>(bytes_[at_]) << 8) | static_cast<uint8_t>(bytes_[at_ + 1]);
    at_ += 2;
    return value;
  }
  // A NUL-terminated string.
  StatusOr<std::string> Word() {
    const size_t nul = bytes_.find('\0', at_);
    if (nul == std::string_view::npos) return Error("word without its NUL terminator");
    std::string word(bytes_.substr(at_, nul - at_));
    std::replace(word.begin(), word.end(), ':', ' ');
    at_ = nul + 1;
    return word;
  }
  // The u16s up to the 0xFFFF terminator.
  StatusOr<std::vector<uint32_t>> List() {
    std::vector<uint32_t> values;
    while (true) {
      StatusOr<uint32_t> value = U16();
      if (!value.ok()) return value.status();
      if (value.value() == kEnd) return values;
      values.push_back(value.value());
    }
  }
  Status Error(const std::string& what) const {
    return Status::Error(name_ + ": byte " + std::to_string(at_) + ": " + what);
  }

 private:
  std::string_view bytes_;
  const std::string& name_;
  size_t at_ = 0;
};

}  // namespace

StatusOr<MobyThesaurus> ParseMoby(std::string_view words_dat, std::string_view meanings_dat,
                                  const std::string& words_name, const std::string& meanings_name) {
  MobyThesaurus moby;
  std::vector<std::vector<uint32_t>> meanings_of_word;
  Reader words(words_dat, words_name);
  while (!words.done()) {
    StatusOr<std::string> word = words.Word();
    if (!word.ok()) return word.status();
    StatusOr<std::vector<uint32_t>> meanings = words.List();
    if (!meanings.ok()) return meanings.status();
    moby.words.push_back(std::move(word.value()));
    meanings_of_word.push_back(std::move(meanings.value()));
  }
  Reader meanings(meanings_dat, meanings_name);
  while (!meanings.done()) {
    const size_t start = meanings.at();
    MobyMeaning meaning;
    for (uint32_t& title : meaning.titles) {
      StatusOr<uint32_t> id = meanings.U16();
      if (!id.ok()) return id.status();
      title = id.value();
    }
    StatusOr<std::vector<uint32_t>> members = meanings.List();
    if (!members.ok()) return members.status();
    meaning.members = std::move(members.value());
    std::sort(meaning.members.begin(), meaning.members.end());
    for (uint32_t id : meaning.members) {
      if (id >= moby.words.size()) {
        return Status::Error(meanings_name + ": byte " + std::to_string(start) + ": meaning " +
                             std::to_string(moby.meanings.size()) + " lists word " +
                             std::to_string(id) + " but " + words_name + " has " +
                             std::to_string(moby.words.size()) + " words");
      }
    }
    moby.meanings.push_back(std::move(meaning));
  }
  for (uint32_t word = 0; word < meanings_of_word.size(); ++word) {
    for (uint32_t id : meanings_of_word[word]) {
      if (id >= moby.meanings.size()) {
        return Status::Error(words_name + ": word '" + moby.words[word] + "' is in meaning " +
                             std::to_string(id) + " but " + meanings_name + " has " +
                             std::to_string(moby.meanings.size()) + " meanings");
      }
      std::vector<uint32_t>& members = moby.meanings[id].members;
      const auto at = std::lower_bound(members.begin(), members.end(), word);
      if (at == members.end() || *at != word) members.insert(at, word);
    }
  }
  return moby;
}

}  // namespace unspin
