#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace burgernet {

// Where each cell's run of locations starts, for a grid of a million fine cells over a country
// of which most are empty: per block of cells a 32-bit base, and 16-bit offsets only for the
// blocks that hold locations (half a byte a cell where none live, two where some do). A block
// whose locations do not fit in 16 bits makes the whole table plain 32-bit (a register piled
// onto a few square kilometres).
class CellOffsets
{
public:
    CellOffsets() = default;
    // `starts`: cells + 1 non-decreasing offsets.
    explicit CellOffsets(const std::vector<quint32>& starts)
    {
        const size_t n = starts.size();
        const size_t blocks = (n + kBlock - 1) / kBlock;
        auto last = [&](size_t b) { return std::min(n, (b + 1) * kBlock) - 1; };
        for (size_t b = 0; b < blocks; ++b)
            if (starts[last(b)] - starts[b * kBlock] > 0xffff) {
                m_wide = starts;
                return;
            }
        m_base.resize(blocks);
        m_first.resize(blocks);
        for (size_t b = 0; b < blocks; ++b) {
            m_base[b] = starts[b * kBlock];
            if (starts[last(b)] == m_base[b]) {
                m_first[b] = kEmpty;
                continue;
            }
            m_first[b] = static_cast<quint32>(m_offset.size());
            for (size_t i = b * kBlock; i < (b + 1) * kBlock; ++i)
                m_offset.push_back(static_cast<quint16>(starts[std::min(i, n - 1)] - m_base[b]));
        }
        m_offset.shrink_to_fit();
    }

    quint32 operator[](size_t cell) const
    {
        if (!m_wide.empty())
            return m_wide[cell];
        const size_t b = cell / kBlock;
        const quint32 first = m_first[b];
        return first == kEmpty ? m_base[b] : m_base[b] + m_offset[first + cell % kBlock];
    }
    size_t memoryBytes() const
    {
        return (m_base.capacity() + m_first.capacity() + m_wide.capacity()) * sizeof(quint32) +
               m_offset.capacity() * sizeof(quint16);
    }

private:
    static constexpr size_t kBlock = 16;
    static constexpr quint32 kEmpty = 0xffffffff;
    std::vector<quint32> m_base;
    std::vector<quint32> m_first; // into m_offset, or kEmpty
    std::vector<quint16> m_offset;
    std::vector<quint32> m_wide;
};

} // namespace burgernet
