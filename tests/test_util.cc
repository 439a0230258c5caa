#include "test_util.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sayso::testing {

std::optional<std::string> SharedDir() {
  const char* env = std::getenv("SAYSO_SHARED_DIR");
  std::string dir = env && *env ? env : SAYSO_DEFAULT_SHARED_DIR;
  std::error_code ec;
  if (std::filesystem::is_directory(std::filesystem::path(dir) / "gold", ec)) {
    return std::filesystem::canonical(dir, ec).string();
  }
  return std::nullopt;
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return "";
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    out.emplace_back(doc.tokens().text(i));
  }
  return out;
}

std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const TextUnit& s : doc.sentences()) out.emplace_back(doc.text(s.span));
  return out;
}

}  // namespace sayso::testing
