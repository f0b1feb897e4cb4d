#include "app/storage/CopyText.h"

#include <charconv>
#include <cstring>

namespace burgernet {

void CopyText::separate()
{
    if (!m_first)
        m_out.append('\t');
    m_first = false;
}

bool CopyText::text(const char* data, qsizetype size)
{
    if (!data) {
        null();
        return true;
    }
    if (std::memchr(data, '\0', static_cast<size_t>(size)))
        return false;
    separate();
    // Runs of ordinary bytes are appended at once: escapes are rare in names and addresses.
    qsizetype from = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        const char* escaped = c == '\\'   ? "\\\\"
                              : c == '\t' ? "\\t"
                              : c == '\n' ? "\\n"
                              : c == '\r' ? "\\r"
                                          : nullptr;
        if (!escaped)
            continue;
        m_out.append(data + from, i - from);
        m_out.append(escaped, 2);
        from = i + 1;
    }
    m_out.append(data + from, size - from);
    return true;
}

void CopyText::null()
{
    separate();
    m_out.append("\\N", 2);
}

void CopyText::integer(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_out.append(digits, end - digits);
}

void CopyText::real(double value)
{
    separate();
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_out.append(digits, end - digits);
}

void CopyText::endRow()
{
    m_out.append('\n');
    m_first = true;
}

} // namespace burgernet
