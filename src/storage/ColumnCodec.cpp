#include "ColumnCodec.h"

namespace storyloom::codec {

StorageError damaged(const std::string& path, const std::string& where, const std::string& what) {
    return StorageError(StorageError::Kind::Corrupt, path,
                        "The workspace " + path + " is damaged: " + where + " has " + what +
                            ". Restore it from a backup, or run a check to list every problem.");
}

std::optional<Date> decodeDate(const Statement& st, int column, const std::string& path,
                               std::string_view where) {
    if (st.isNull(column))
        return std::nullopt;
    const std::string_view text = st.view(column);
    auto date = Date::parse(text);
    if (!date)
        throw damaged(path, std::string(where), "an invalid date '" + std::string(text) + "'");
    return date;
}

} // namespace storyloom::codec
