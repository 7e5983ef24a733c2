#include "spell/hunspell_checker.h"

#include <hunspell/hunspell.hxx>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/strings.h"

namespace unspin {
namespace {

namespace fs = std::filesystem;

// Hunspell refuses words of 100 bytes or more (MAXWORDLEN), and nothing that
// long is a word worth checking.
constexpr size_t kMaxWordBytes = 90;

// The SET line of an .aff file; Hunspell's default is ISO8859-1.
std::string DeclaredEncoding(const std::string& aff_path) {
  std::ifstream aff(aff_path, std::ios::binary);
  std::string line;
  while (std::getline(aff, line)) {
    if (line.rfind("SET", 0) == 0) {
      std::string_view value = Trim(std::string_view(line).substr(3));
      return std::string(value);
    }
  }
  return "ISO8859-1";
}

bool IsUtf8(const std::string& encoding) {
  return encoding == "UTF-8" || encoding == "utf-8" || encoding == "UTF8";
}

}  // namespace

HunspellChecker::~HunspellChecker() = default;

StatusOr<std::unique_ptr<HunspellChecker>> HunspellChecker::Open(const DictionaryFiles& files) {
  for (const std::string& path : {files.aff, files.dic}) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      return Status::Error("cannot read spelling dictionary '" + path + "'");
    }
  }
  std::unique_ptr<HunspellChecker> checker(new HunspellChecker());
  checker->encoding_ = DeclaredEncoding(files.aff);
  if (!IsUtf8(checker->encoding_)) {
    UErrorCode status = U_ZERO_ERROR;
    checker->converter_.reset(ucnv_open(checker->encoding_.c_str(), &status));
    if (U_FAILURE(status)) {
      return Status::Error("spelling dictionary '" + files.aff + "': unknown encoding '" +
                           checker->encoding_ + "'");
    }
  }
  checker->hunspell_ = std::make_unique<Hunspell>(files.aff.c_str(), files.dic.c_str());
  for (const std::string& list : files.word_lists) {
    if (Status added = checker->AddWordList(list); !added.ok()) return added;
  }
  return checker;
}

Status HunspellChecker::AddWordList(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::Error("cannot read word list '" + path + "'");
  std::string line;
  while (std::getline(file, line)) {
    const std::string_view word = Trim(line);
    if (word.empty() || word.front() == '#') continue;
    std::string encoded;
    if (ToDictionary(word, encoded)) hunspell_->add(encoded);
  }
  return Status::Ok();
}

bool HunspellChecker::ToDictionary(std::string_view utf8, std::string& out) const {
  if (!converter_) {
    out.assign(utf8);
    return true;
  }
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  // Stop at an unmappable character instead of substituting '?', which could
  // turn a foreign word into a dictionary word.
  ucnv_setFromUCallBack(converter_.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  out.resize(static_cast<size_t>(unicode.length()) * 4 + 4);
  const int32_t length = ucnv_fromUChars(converter_.get(), out.data(),
                                         static_cast<int32_t>(out.size()), unicode.getBuffer(),
                                         unicode.length(), &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<size_t>(length));
  return true;
}

std::string HunspellChecker::FromDictionary(const std::string& bytes) const {
  if (!converter_) return bytes;
  UErrorCode status = U_ZERO_ERROR;
  std::vector<UChar> buffer(bytes.size() * 2 + 2);
  const int32_t length =
      ucnv_toUChars(converter_.get(), buffer.data(), static_cast<int32_t>(buffer.size()),
                    bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return bytes;
  std::string utf8;
  icu::UnicodeString(buffer.data(), length).toUTF8String(utf8);
  return utf8;
}

bool HunspellChecker::Check(std::string_view word) {
  if (word.size() > kMaxWordBytes) return true;
  if (const uint32_t id = checked_words_.Find(word); id != WordIdTable::kAbsent) {
    return checked_[id];
  }
  std::string encoded;
  const bool correct = ToDictionary(word, encoded) && hunspell_->spell(encoded);
  checked_words_.Insert(word);
  checked_.push_back(correct);
  return correct;
}

std::vector<std::string> HunspellChecker::Suggest(std::string_view word) {
  if (word.size() > kMaxWordBytes) return {};
  if (auto it = suggested_.find(word); it != suggested_.end()) return it->second;
  std::vector<std::string> suggestions;
  std::string encoded;
  if (ToDictionary(word, encoded)) {
    for (const std::string& suggestion : hunspell_->suggest(encoded)) {
      suggestions.push_back(FromDictionary(suggestion));
    }
  }
  suggested_.emplace(std::string(word), suggestions);
  return suggestions;
}

StatusOr<DictionaryFiles> FindHunspellDictionary(const std::string& language) {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("DICPATH"); env != nullptr) {
    for (std::string& dir : SplitAndTrim(env, ":")) dirs.push_back(dir);
  }
  dirs.push_back("/usr/share/hunspell");
  dirs.push_back("/usr/share/myspell/dicts");
  for (const std::string& dir : dirs) {
    const fs::path aff = fs::path(dir) / (language + ".aff");
    const fs::path dic = fs::path(dir) / (language + ".dic");
    std::error_code error;
    if (fs::is_regular_file(aff, error) && fs::is_regular_file(dic, error)) {
      return DictionaryFiles{aff.string(), dic.string(), {}};
    }
  }
  return Status::Error("no Hunspell dictionary for '" + language +
                       "' (looked in $DICPATH, /usr/share/hunspell, /usr/share/myspell/dicts; "
                       "install one, e.g. apt-get install hunspell-" +
                       (language.size() >= 2 ? language.substr(0, 2) : language) + ")");
}

}  // namespace unspin
