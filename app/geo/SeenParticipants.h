#pragma once

#include <QtGlobal>

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
        thread_local std::vector<std::pair<quint32, quint8>> marked;
        const size_t words = (participants + 63) / 64;
        if (bits.size() < words)
            bits.resize(words, 0);
        m_bits = bits.data();
        m_marked = &marked;
        m_marked->clear();
    }
    ~SeenParticipants() { clear(); }
    SeenParticipants(const SeenParticipants&) = delete;
    SeenParticipants& operator=(const SeenParticipants&) = delete;

    // True the first time; `tag` is kept with the participant for marked().
    bool firstTime(quint32 p, quint8 tag)
    {
        quint64& word = m_bits[p / 64];
        const quint64 bit = quint64(1) << (p % 64);
        if (word & bit)
            return false;
        word |= bit;
        m_marked->emplace_back(p, tag);
        return true;
    }
    bool has(quint32 p) const { return m_bits[p / 64] >> (p % 64) & 1; }
    const std::vector<std::pair<quint32, quint8>>& marked() const { return *m_marked; }
    void clear()
    {
        for (const auto& entry : *m_marked)
            m_bits[entry.first / 64] = 0;
        m_marked->clear();
    }

private:
    quint64* m_bits;
    std::vector<std::pair<quint32, quint8>>* m_marked;
};

} // namespace burgernet
