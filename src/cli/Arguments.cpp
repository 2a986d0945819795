#include "Arguments.h"

#include "UsageError.h"

#include <algorithm>
#include <cctype>

namespace storyloom::cli {
namespace {

bool looksLikeNumber(std::string_view arg) {
    return arg.size() >= 2 && arg[0] == '-' &&
           (std::isdigit(static_cast<unsigned char>(arg[1])) || arg[1] == '.');
}

std::string display(const Option& o) {
    return "--" + o.name;
}

} // namespace

Arguments Arguments::parse(const std::vector<std::string>& args, const std::vector<Option>& options) {
    Arguments out;
    auto store = [&](const Option& o, std::string value) {
        auto& slot = out.m_values[o.name];
        if (!o.repeatable && !slot.empty())
            throw UsageError(display(o) + " is given more than once; give it once.");
        slot.push_back(std::move(value));
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") {
            out.m_positional.insert(out.m_positional.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                    args.end());
            break;
        }
        if (arg.size() < 2 || arg[0] != '-' || looksLikeNumber(arg)) {
            out.m_positional.push_back(arg);
            continue;
        }
        const Option* option = nullptr;
        std::optional<std::string> inlineValue;
        if (arg[1] == '-') {
            const auto eq = arg.find('=');
            const std::string name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            if (eq != std::string::npos)
                inlineValue = arg.substr(eq + 1);
            const auto it =
                std::find_if(options.begin(), options.end(), [&](const Option& o) { return o.name == name; });
            if (it != options.end())
                option = &*it;
        } else if (arg.size() == 2) {
            const auto it = std::find_if(options.begin(), options.end(), [&](const Option& o) {
                return o.shortName != 0 && o.shortName == arg[1];
            });
            if (it != options.end())
                option = &*it;
        }
        if (!option) {
            const std::string name = arg.substr(0, arg.find('='));
            throw UsageError("Unknown option " + name + ".");
        }
        if (!option->takesValue) {
            if (inlineValue)
                throw UsageError(display(*option) + " does not take a value.");
            store(*option, {});
            continue;
        }
        if (inlineValue) {
            store(*option, *inlineValue);
        } else if (i + 1 < args.size()) {
            store(*option, args[++i]);
        } else {
            throw UsageError(display(*option) + " needs a value.");
        }
    }
    return out;
}

bool Arguments::has(std::string_view name) const {
    return m_values.find(name) != m_values.end();
}

std::optional<std::string> Arguments::value(std::string_view name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(std::string_view name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

std::string Arguments::required(std::string_view name) const {
    auto v = value(name);
    if (!v)
        throw UsageError("--" + std::string(name) + " is required.");
    return *v;
}

void Arguments::expectPositional(std::size_t count, std::string_view names) const {
    if (m_positional.size() == count)
        return;
    if (m_positional.size() < count)
        throw UsageError("Expected " + std::string(names) + " but got " +
                         (m_positional.empty() ? std::string("nothing")
                                               : "only " + std::to_string(m_positional.size()) + " of them") +
                         ".");
    if (count == 0)
        throw UsageError("Unexpected argument '" + m_positional[0] + "'.");
    throw UsageError("Unexpected argument '" + m_positional[count] + "'; expected only " +
                     std::string(names) + ".");
}

} // namespace storyloom::cli
