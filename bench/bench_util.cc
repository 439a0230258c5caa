#include "bench_util.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace sayso::bench {

const std::string& Corpus(const std::string& name) {
  static std::mutex mu;
  static std::map<std::string, std::string> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  const char* env = std::getenv("SAYSO_SHARED_DIR");
  std::string dir = env && *env ? env : SAYSO_BENCH_SHARED_DIR;
  std::ifstream in(dir + "/corpus/" + name + ".txt", std::ios::binary);
  std::ostringstream ss;
  if (in) ss << in.rdbuf();
  return cache[name] = ss.str();
}

std::string Repeated(const std::string& text, size_t min_bytes) {
  std::string out;
  if (text.empty()) return out;
  while (out.size() < min_bytes) out += text;
  return out;
}

}  // namespace sayso::bench
