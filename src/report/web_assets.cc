#include "report/web_assets.h"

#include <array>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "report/html.h"

namespace umbrella::report {

std::filesystem::path default_web_dir() {
  return UMBRELLA_WEB_DIR;
}

std::vector<Script> load_web_scripts(const std::filesystem::path& web_dir) {
  static const std::array<const char*, 4> kFiles = {
      "node_modules/vega/build/vega.min.js",
      "node_modules/vega-lite/build/vega-lite.min.js",
      "node_modules/vega-embed/build/vega-embed.min.js",
      "report.js",
  };
  std::vector<Script> scripts;
  for (const char* file : kFiles) {
    const std::filesystem::path path = web_dir / file;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      throw std::runtime_error("cannot read " + path.string() +
                               " (scripts/bootstrap installs the chart libraries with npm ci)");
    }
    std::ostringstream code;
    code << in.rdbuf();
    if (!inlinable_script(code.str())) {
      throw std::runtime_error(path.string() + " holds \"</script\" or \"<!--\": cannot inline it");
    }
    scripts.push_back({file, code.str()});
  }
  return scripts;
}

}  // namespace umbrella::report
