#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom::cli {

/// One option a verb accepts: `--name`, optionally `-s` as a short form.
struct Option {
    std::string name;   ///< long name without the leading "--"
    char shortName = 0; ///< 'w' for "-w", 0 for none
    bool takesValue = false;
    bool repeatable = false;

    /// A switch without a value, such as --json.
    static Option flag(std::string name, char shortName = 0) {
        return {std::move(name), shortName, false, false};
    }
    /// An option with one value, such as --epic KEY.
    static Option value(std::string name, char shortName = 0) {
        return {std::move(name), shortName, true, false};
    }
    /// An option that may be given several times, such as --label L.
    static Option list(std::string name, char shortName = 0) {
        return {std::move(name), shortName, true, true};
    }
};

/// A verb's command line, parsed against the options it accepts.
///
/// Accepts `--flag value`, `--flag=value`, `-s value`, positional arguments anywhere, and `--` to end
/// options (everything after it is positional). A lone "-" and negative numbers such as "-1" are
/// positional. Unknown options, a missing value, a value given to a switch and a repeated
/// single-value option throw UsageError.
class Arguments {
public:
    static Arguments parse(const std::vector<std::string>& args, const std::vector<Option>& options);

    bool has(std::string_view name) const;
    /// The value of a single-value option, nullopt when absent.
    std::optional<std::string> value(std::string_view name) const;
    /// Every value of a repeatable option, in command-line order.
    std::vector<std::string> values(std::string_view name) const;
    /// The value of a single-value option; throws UsageError naming the option when it is absent.
    std::string required(std::string_view name) const;

    const std::vector<std::string>& positional() const { return m_positional; }
    /// Throws UsageError unless there are exactly `count` positional arguments, naming them with
    /// `names` (for example "KEY FIELD VALUE").
    void expectPositional(std::size_t count, std::string_view names) const;

private:
    std::map<std::string, std::vector<std::string>, std::less<>> m_values;
    std::vector<std::string> m_positional;
};

} // namespace storyloom::cli
