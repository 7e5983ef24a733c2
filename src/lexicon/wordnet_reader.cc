#include "lexicon/wordnet_reader.h"

#include <charconv>

#include "lexicon/source_text.h"

namespace unspin {
namespace {

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && line[at] == ' ') ++at;
    const size_t end = std::min(line.find(' ', at), line.size());
    if (end > at) fields.push_back(line.substr(at, end - at));
    at = end;
  }
  return fields;
}

bool ParseNumber(std::string_view text, uint32_t& value, int base = 10) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  return error == std::errc() && end == text.data() + text.size();
}

// WordNet's spelling of a word: '_' for spaces, and for adjectives a
// syntactic marker "(a)", "(p)" or "(ip)" glued to the end.
std::string WordOf(std::string_view field) {
  if (field.ends_with(')')) {
    if (const size_t open = field.rfind('('); open != std::string_view::npos && open > 0) {
      field = field.substr(0, open);
    }
  }
  std::string word(field);
  for (char& c : word) {
    if (c == '_') c = ' ';
  }
  return word;
}

Status LineError(const std::string& name, size_t line_number, const std::string& what) {
  return Status::Error(name + ":" + std::to_string(line_number) + ": " + what);
}

}  // namespace

Status AddWordNetData(std::string_view text, PartOfSpeech pos, const std::string& name,
                      WordNet& wordnet) {
  return ForEachLine(text, [&](std::string_view line, size_t number) -> Status {
    if (line.empty() || line.front() == ' ') return Status::Ok();  // the licence
    const std::vector<std::string_view> fields = Fields(line.substr(0, line.find(" | ")));
    WordNetSynset synset;
    synset.pos = pos;
    uint32_t word_count = 0;
    if (fields.size() < 4 || !ParseNumber(fields[0], synset.offset) ||
        !ParseNumber(fields[3], word_count, 16)) {
      return LineError(name, number, "expected 'OFFSET LEXFILE TYPE W_CNT WORD LEX_ID...'");
    }
    if (fields.size() < 4 + 2 * word_count) {
      return LineError(name, number,
                       "synset " + std::string(fields[0]) + " lists " + std::to_string(word_count) +
                           " words but has fewer fields");
    }
    for (uint32_t i = 0; i < word_count; ++i) synset.words.push_back(WordOf(fields[4 + 2 * i]));
    wordnet.synsets.push_back(std::move(synset));
    return Status::Ok();
  });
}

Status AddWordNetIndex(std::string_view text, PartOfSpeech pos, const std::string& name,
                       WordNet& wordnet) {
  return ForEachLine(text, [&](std::string_view line, size_t number) -> Status {
    if (line.empty() || line.front() == ' ') return Status::Ok();
    const std::vector<std::string_view> fields = Fields(line);
    uint32_t synset_count = 0, pointer_count = 0;
    if (fields.size() < 4 || !ParseNumber(fields[2], synset_count) ||
        !ParseNumber(fields[3], pointer_count) ||
        fields.size() != 4 + pointer_count + 2 + synset_count) {
      return LineError(name, number,
                       "expected 'LEMMA POS SYNSET_CNT P_CNT SYMBOLS... SENSE_CNT TAGSENSE_CNT "
                       "OFFSETS...' with SYNSET_CNT offsets");
    }
    std::vector<uint32_t>& offsets = wordnet.senses[{WordOf(fields[0]), pos}];
    for (size_t i = fields.size() - synset_count; i < fields.size(); ++i) {
      uint32_t offset = 0;
      if (!ParseNumber(fields[i], offset)) {
        return LineError(name, number, "bad synset offset '" + std::string(fields[i]) + "'");
      }
      offsets.push_back(offset);
    }
    return Status::Ok();
  });
}

Status AddWordNetExceptions(std::string_view text, PartOfSpeech pos, const std::string& name,
                            WordNet& wordnet) {
  return ForEachLine(text, [&](std::string_view line, size_t number) -> Status {
    const std::vector<std::string_view> fields = Fields(line);
    if (fields.empty()) return Status::Ok();
    if (fields.size() < 2) return LineError(name, number, "expected 'INFLECTED BASE [BASE...]'");
    for (size_t i = 1; i < fields.size(); ++i) {
      wordnet.exceptions.push_back({WordOf(fields[0]), WordOf(fields[i]), pos});
    }
    return Status::Ok();
  });
}

StatusOr<WordNet> ReadWordNet(const std::string& dir) {
  struct Part {
    PartOfSpeech pos;
    const char* suffix;
  };
  static constexpr Part kParts[] = {{PartOfSpeech::kNoun, "noun"},
                                    {PartOfSpeech::kVerb, "verb"},
                                    {PartOfSpeech::kAdjective, "adj"},
                                    {PartOfSpeech::kAdverb, "adv"}};
  WordNet wordnet;
  for (const Part& part : kParts) {
    using Adder = Status (*)(std::string_view, PartOfSpeech, const std::string&, WordNet&);
    const std::pair<std::string, Adder> files[] = {
        {dir + "/data." + part.suffix, &AddWordNetData},
        {dir + "/index." + part.suffix, &AddWordNetIndex},
        {dir + "/" + part.suffix + ".exc", &AddWordNetExceptions}};
    for (const auto& [path, add] : files) {
      StatusOr<std::string> text = ReadLexiconFile(path);
      if (!text.ok()) return text.status();
      if (Status status = add(text.value(), part.pos, path, wordnet); !status.ok()) return status;
    }
  }
  return wordnet;
}

}  // namespace unspin
