// `unspin lexicon build` and `unspin lexicon lookup`: compiling the open
// thesauri into a candidate lexicon, and showing a rule writer what it
// proposes for a word.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>

#include "cli/commands.h"
#include "api/data_paths.h"
#include "cli/defaults.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_builder.h"
#include "lexicon/source_text.h"
#include "tokenize/tokenizer.h"

namespace unspin {
namespace {

bool Exists(const std::string& path) {
  std::error_code error;
  return std::filesystem::exists(path, error);
}

void WarnLeftOut(const char* source, const std::string& path, const char* package) {
  std::fprintf(stderr,
               "unspin: warning: %s not found (%s; Debian package %s): the lexicon leaves it "
               "out\n",
               source, path.c_str(), package);
}

// The thesauri that `sources` asks for and that are installed, read.
struct Thesauri {
  std::optional<WordNet> wordnet;
  std::optional<std::vector<MythesEntry>> mythes;
  std::optional<MobyThesaurus> moby;
};

Status ReadThesauri(const LexiconBuildOptions& options, SourceMask sources, Thesauri& out) {
  if ((sources & kSourceWordNet) && !Exists(options.wordnet + "/data.noun")) {
    WarnLeftOut("WordNet", options.wordnet, "wordnet-base");
  } else if (sources & kSourceWordNet) {
    StatusOr<WordNet> wordnet = ReadWordNet(options.wordnet);
    if (!wordnet.ok()) return wordnet.status();
    out.wordnet = std::move(wordnet.value());
  }
  if ((sources & kSourceMythes) && !Exists(options.mythes)) {
    WarnLeftOut("mythes", options.mythes, "mythes-en-us");
  } else if (sources & kSourceMythes) {
    StatusOr<std::string> text = ReadLexiconFile(options.mythes);
    if (!text.ok()) return text.status();
    StatusOr<std::vector<MythesEntry>> mythes = ParseMythes(text.value(), options.mythes);
    if (!mythes.ok()) return mythes.status();
    out.mythes = std::move(mythes.value());
  }
  const std::string words = options.moby + "/words.dat";
  const std::string meanings = options.moby + "/meanings.dat";
  if ((sources & kSourceMoby) && !(Exists(words) && Exists(meanings))) {
    WarnLeftOut("Moby", options.moby, "libaiksaurus-1.2-data");
  } else if (sources & kSourceMoby) {
    StatusOr<std::string> words_dat = ReadLexiconFile(words);
    if (!words_dat.ok()) return words_dat.status();
    StatusOr<std::string> meanings_dat = ReadLexiconFile(meanings);
    if (!meanings_dat.ok()) return meanings_dat.status();
    StatusOr<MobyThesaurus> moby =
        ParseMoby(words_dat.value(), meanings_dat.value(), words, meanings);
    if (!moby.ok()) return moby.status();
    out.moby = std::move(moby.value());
  }
  return Status::Ok();
}

// Writes `bytes` to PATH.tmp, then renames it to `path`: a reader of
// `path` never sees half a lexicon.
Status WriteLexicon(const std::string& path, const std::string& bytes) {
  const std::string temporary = path + ".tmp";
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (file == nullptr) {
    return Status::Error("cannot write lexicon '" + temporary + "': " + std::strerror(errno));
  }
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  const int error = errno;
  if (std::fclose(file) != 0 || !written) {
    std::remove(temporary.c_str());
    return Status::Error("cannot write lexicon '" + temporary + "': " + std::strerror(error));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const int rename_error = errno;
    std::remove(temporary.c_str());
    return Status::Error("cannot write lexicon '" + path + "': " + std::strerror(rename_error));
  }
  return Status::Ok();
}

// The lookup key of what the user typed: token keys joined by spaces.
std::string KeyOf(Tokenizer& tokenizer, const std::string& text) {
  std::string key;
  for (const Token& token : tokenizer.Tokenize(text)) {
    if (token.key.empty()) continue;
    if (!key.empty()) key += ' ';
    key += token.key;
  }
  return key;
}

std::string Ranks(const LexiconCandidate& candidate) {
  std::string ranks;
  if (candidate.wordnet_rank != 0) ranks += "wordnet#" + std::to_string(candidate.wordnet_rank);
  if (candidate.mythes_rank != 0) {
    if (!ranks.empty()) ranks += ' ';
    ranks += "mythes#" + std::to_string(candidate.mythes_rank);
  }
  return ranks.empty() ? "-" : ranks;
}

}  // namespace

int RunLexiconBuild(const LexiconBuildOptions& options) {
  StatusOr<SourceMask> sources = ParseSourceList(options.sources);
  if (!sources.ok()) return ReportError("--sources: " + sources.status().message());
  const std::string inflections =
      options.inflections.empty() ? DefaultInflectionTable() : options.inflections;
  Inflector inflector;
  if (!inflections.empty()) {
    StatusOr<Inflector> loaded = Inflector::FromFile(inflections);
    if (!loaded.ok()) return ReportError(loaded.status().message());
    inflector = std::move(loaded.value());
  }
  const std::string vocabulary_path =
      options.vocabulary.empty() ? DefaultVocabulary() : options.vocabulary;
  std::shared_ptr<const Vocabulary> vocabulary;
  if (!vocabulary_path.empty()) {
    StatusOr<std::shared_ptr<const Vocabulary>> opened = Vocabulary::Open(vocabulary_path);
    if (!opened.ok()) return ReportError(opened.status().message());
    vocabulary = opened.value();
  }
  Thesauri thesauri;
  if (Status read = ReadThesauri(options, sources.value(), thesauri); !read.ok()) {
    return ReportError(read.message());
  }
  const WordForms forms(std::move(inflector), thesauri.wordnet ? thesauri.wordnet->exceptions
                                                               : std::vector<WordNetException>{});
  LexiconBuildInputs inputs;
  inputs.wordnet = thesauri.wordnet ? &*thesauri.wordnet : nullptr;
  inputs.mythes = thesauri.mythes ? &*thesauri.mythes : nullptr;
  inputs.moby = thesauri.moby ? &*thesauri.moby : nullptr;
  inputs.vocabulary = vocabulary.get();
  inputs.max_candidates = options.max_candidates;
  LexiconBuildStats stats;
  const std::string bytes = BuildLexicon(inputs, forms, &stats);
  if (Status written = WriteLexicon(options.output, bytes); !written.ok()) {
    return ReportError(written.message());
  }
  StatusOr<std::shared_ptr<const Lexicon>> check = Lexicon::Open(options.output);
  if (!check.ok()) return ReportError(check.status().message());
  std::fprintf(stderr,
               "unspin: wrote %s: sources %s; %zu keys, %zu entries, %zu candidates (%zu cut by "
               "--max-candidates %u); %zu bytes\n",
               options.output.c_str(), SourceList(check.value()->sources()).c_str(), stats.keys,
               stats.entries, stats.candidates, stats.candidates_cut, options.max_candidates,
               stats.bytes);
  return 0;
}

int RunLexiconLookup(const LexiconLookupOptions& options) {
  StatusOr<SourceMask> exclude = ParseSourceList(options.exclude);
  if (!exclude.ok()) return ReportError("--exclude: " + exclude.status().message());
  const std::string path = options.lexicon.empty() ? FindLexicon() : options.lexicon;
  if (path.empty()) {
    return ReportError(
        "no lexicon found: build one with 'unspin lexicon build -o FILE' (it reads Debian's "
        "wordnet-base, mythes-en-us and libaiksaurus-1.2-data) and pass --lexicon FILE");
  }
  StatusOr<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Open(path);
  if (!lexicon.ok()) return ReportError(lexicon.status().message());
  Tokenizer tokenizer;
  for (const std::string& phrase : options.phrases) {
    const std::string key = KeyOf(tokenizer, phrase);
    const std::vector<LexiconCandidate> candidates = lexicon.value()->Lookup(key, exclude.value());
    std::printf("%s: %zu candidates\n", key.c_str(), candidates.size());
    size_t shown = 0;
    for (const LexiconCandidate& c : candidates) {
      if (options.limit != 0 && shown++ >= options.limit) break;
      const std::string text(c.text);
      std::printf("  %-24s %-4s %-11s %-20s %-7s %-22s via %.*s\n", text.c_str(),
                  std::string(PartOfSpeechName(c.pos)).c_str(),
                  std::string(InflectionName(c.pos, c.slot)).c_str(), SourceList(c.sources).c_str(),
                  c.direct() ? "direct" : "reverse", Ranks(c).c_str(),
                  static_cast<int>(c.via.size()), c.via.data());
    }
  }
  return 0;
}

}  // namespace unspin
