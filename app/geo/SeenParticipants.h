#pragma once

#include <QtGlobal>

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

namespace burgernet {

// Which participants with several addresses a query has counted already: one bit each, kept
// per thread across queries. Only the bits a query set are cleared after it, so a query that
// meets a handful of such participants does not pay for a register-sized memset.
class SeenParticipants
{
public:
    explicit SeenParticipants(size_t participants)
    {
        thread_local std::vector<quint64> bits;
        // Its size is its capacity: only the first m_count entries are this query's.
        thread_local std::vector<std::pair<quint32, quint8>> marked;
        const size_t words = (participants + 63) / 64;
        if (bits.size() < words)
            bits.resize(words, 0);
        m_bits = bits.data();
        m_marked = &marked;
    }
    ~SeenParticipants() { clear(); }
    SeenParticipants(const SeenParticipants&) = delete;
    SeenParticipants& operator=(const SeenParticipants&) = delete;

    // 1 the first time, else 0. Without a branch on it: whether a participant comes for the
    // first or the second time follows no pattern, and mispredicting it cost more than the
    // entry written each time. `tag` is kept with the participant for marked().
    quint64 firstTime(quint32 p, quint8 tag)
    {
        quint64& word = m_bits[p / 64];
        const quint64 fresh = (~word >> (p % 64)) & 1;
        word |= quint64(1) << (p % 64);
        if (m_count == m_marked->size()) [[unlikely]]
            m_marked->resize(std::max<size_t>(1024, 2 * m_count));
        (*m_marked)[m_count] = {p, tag};
        m_count += fresh;
        return fresh;
    }
    bool has(quint32 p) const { return m_bits[p / 64] >> (p % 64) & 1; }
    std::span<const std::pair<quint32, quint8>> marked() const
    {
        return {m_marked->data(), m_count};
    }
    void clear()
    {
        for (size_t i = 0; i < m_count; ++i)
            m_bits[(*m_marked)[i].first / 64] = 0;
        m_count = 0;
    }

private:
    quint64* m_bits;
    std::vector<std::pair<quint32, quint8>>* m_marked;
    size_t m_count = 0;
};

} // namespace burgernet
