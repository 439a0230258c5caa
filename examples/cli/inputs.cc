#include "inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "simdjson.h"

namespace sayso::cli {
namespace fs = std::filesystem;

namespace {

bool ReadWholeFile(const std::string& path, std::string* out,
                   std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  *out = std::move(ss).str();
  return true;
}

// Streams JSON Lines documents from `in`, one object per line with "id"
// (string or number; optional) and "text" (string). A bad line is reported as
// an input error naming the line, and the other lines still go through.
bool EmitJsonl(const std::string& source, std::istream& in,
               const std::function<bool(InputDocument)>& emit) {
  simdjson::dom::parser parser;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    InputDocument doc;
    doc.name = source + ":" + std::to_string(line_no);
    simdjson::dom::element json;
    simdjson::dom::object obj;
    std::string_view text;
    if (parser.parse(line).get(json) || json.get_object().get(obj)) {
      doc.error = "not a JSON object";
    } else if (obj["text"].get_string().get(text)) {
      doc.error = "missing string field \"text\"";
    } else {
      doc.text = std::string(text);
      std::string_view id;
      int64_t numeric_id;
      if (!obj["id"].get_string().get(id)) {
        doc.name = std::string(id);
      } else if (!obj["id"].get_int64().get(numeric_id)) {
        doc.name = std::to_string(numeric_id);
      }
    }
    if (!emit(std::move(doc))) return false;
  }
  if (in.bad()) {
    return emit({source, "", "read error after line " + std::to_string(line_no)});
  }
  return true;
}

bool EmitFile(const std::string& path, const InputOptions& options,
              const std::function<bool(InputDocument)>& emit) {
  InputDocument doc;
  doc.name = path;
  if (options.format == InputFormat::kJsonl) {
    if (path == "-") return EmitJsonl(path, std::cin, emit);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      doc.error = std::string("cannot open: ") + std::strerror(errno);
      return emit(std::move(doc));
    }
    return EmitJsonl(path, in, emit);
  }
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    doc.text = std::move(ss).str();
  } else {
    ReadWholeFile(path, &doc.text, &doc.error);
  }
  return emit(std::move(doc));
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view name) {
  size_t p = 0, n = 0, star_p = std::string_view::npos, star_n = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = p++;
      star_n = n;
      continue;
    }
    if (p < pattern.size() && pattern[p] == '[') {
      size_t close = pattern.find(']', p + 2);
      if (close != std::string_view::npos) {
        bool negate = pattern[p + 1] == '!';
        bool hit = false;
        for (size_t i = p + 1 + negate; i < close; ++i) {
          if (i + 2 < close && pattern[i + 1] == '-') {
            hit |= name[n] >= pattern[i] && name[n] <= pattern[i + 2];
            i += 2;
          } else {
            hit |= name[n] == pattern[i];
          }
        }
        if (hit != negate) {
          p = close + 1;
          ++n;
          continue;
        }
      }
    } else if (p < pattern.size() &&
               (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
      continue;
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p + 1;
    n = ++star_n;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool ForEachInput(const std::vector<std::string>& paths,
                  const InputOptions& options,
                  const std::function<bool(InputDocument)>& emit) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      fs::recursive_directory_iterator it(
          path, fs::directory_options::skip_permission_denied, ec);
      if (ec) {
        if (!emit({path, "", "cannot read directory: " + ec.message()}))
          return false;
        continue;
      }
      for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec) &&
            GlobMatch(options.glob, it->path().filename().string())) {
          files.push_back(it->path().string());
        }
      }
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) {
        if (!EmitFile(f, options, emit)) return false;
      }
      continue;
    }
    if (!EmitFile(path, options, emit)) return false;
  }
  return true;
}

}  // namespace sayso::cli
